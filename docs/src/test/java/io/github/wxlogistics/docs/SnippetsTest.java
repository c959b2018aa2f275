package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code block a guide marks with {@code <!-- snippet: Class#tag -->} must equal the region
 * between {@code // tag::tag[]} and {@code // end::tag[]} in that class's source, so the guides
 * show only code that compiles and that the tests run.
 */
class SnippetsTest {

    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet: (\\w+)#([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void guideBlocksMatchTheirSources() throws IOException {
        List<Path> guides;
        try (Stream<Path> files = Files.list(Path.of("."))) {
            guides = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(guides).isNotEmpty();
        int checked = 0;
        List<String> drifted = new ArrayList<>();
        for (Path guide : guides) {
            Matcher m = SNIPPET.matcher(Files.readString(guide));
            while (m.find()) {
                checked++;
                String expected = region(m.group(1), m.group(2));
                if (!expected.equals(m.group(3).stripTrailing())) {
                    drifted.add(guide.getFileName() + ": " + m.group(1) + "#" + m.group(2));
                }
            }
        }
        assertThat(drifted).as("guide blocks that differ from their source region").isEmpty();
        assertThat(checked).as("snippets checked").isGreaterThanOrEqualTo(8);
    }

    /**
     * A block marked {@code <!-- file: path -->} (a configuration file the guide shows, in any
     * language) must equal that file of the docs module, where a test uses it.
     */
    @Test
    void guideFileBlocksMatchTheFilesTheTestsUse() throws IOException {
        Pattern file = Pattern.compile("<!-- file: ([\\w./-]+) -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);
        int checked = 0;
        List<String> drifted = new ArrayList<>();
        for (Path guide : guides()) {
            Matcher m = file.matcher(Files.readString(guide));
            while (m.find()) {
                checked++;
                Path source = Path.of(m.group(1));
                assertThat(source).as("file named in %s", guide).isRegularFile();
                if (!Files.readString(source).stripTrailing().equals(m.group(2).stripTrailing())) {
                    drifted.add(guide.getFileName() + ": " + source);
                }
            }
        }
        assertThat(drifted).as("guide blocks that differ from their file").isEmpty();
        assertThat(checked).as("file blocks checked (logging.properties, logback.xml)").isGreaterThanOrEqualTo(2);
    }

    private static List<Path> guides() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("."))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void regionsAreDedented() {
        assertThat(dedent(List.of("        a();", "            b();"))).isEqualTo("a();\n    b();");
    }

    private static String region(String className, String tag) {
        Path source = findSource(className);
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (line.equals("// end::" + tag + "[]")) {
                end = i;
            }
        }
        assertThat(start).as("tag %s in %s", tag, source).isPositive();
        assertThat(end).as("end of tag %s in %s", tag, source).isGreaterThan(start);
        return dedent(lines.subList(start, end));
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
                .collect(Collectors.joining("\n")).stripTrailing();
    }

    private static Path findSource(String className) {
        // The Spring Boot example lives in the starter's tests, where Spring Boot's BOM applies.
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src")),
                Files.walk(Path.of("../logistics-spring-boot-starter/src/test/java")))) {
            return files.filter(p -> p.getFileName().toString().equals(className + ".java")).findFirst()
                    .orElseThrow(() -> new AssertionError("no source for " + className));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
