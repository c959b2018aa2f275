package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bytecode-level rules (the testkit's ArchitectureRules, applied to the core in the testkit's
 * CoreArchitectureTest) cannot see an import that is never used, because javac drops it. This
 * checks the core's sources for forbidden imports, used or not.
 */
class SourceImportsTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> FORBIDDEN_IN_CORE =
            List.of("java.net.http.", "io.vertx.", "com.sun.net.httpserver.", "io.github.wxlogistics.transport.",
                    "io.github.wxlogistics.testkit.");

    @Test
    void coreSourcesImportNoAdapterTechnology() throws IOException {
        assertThat(violations(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void theCheckSeesAnUnusedImport() {
        Matcher m = IMPORT.matcher("package x;\nimport java.net.http.HttpClient;\nclass A {}\n");
        assertThat(m.find()).isTrue();
        assertThat(forbidden("io/github/wxlogistics/A.java", m.group(1))).isTrue();
    }

    private static List<String> violations(Path root) throws IOException {
        assertThat(root.resolve("io/github/wxlogistics")).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(file -> {
                try {
                    String source = Files.readString(file);
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    Matcher m = IMPORT.matcher(source);
                    Stream.Builder<String> found = Stream.builder();
                    while (m.find()) {
                        if (forbidden(relative, m.group(1))) {
                            found.add(relative + " imports " + m.group(1));
                        }
                    }
                    return found.build();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static boolean forbidden(String file, String imported) {
        if (FORBIDDEN_IN_CORE.stream().anyMatch(imported::startsWith)) {
            return true;
        }
        if (imported.startsWith("jakarta.json.bind") && !file.startsWith("io/github/wxlogistics/internal/json/")) {
            return true;
        }
        return file.startsWith("io/github/wxlogistics/model/") && !imported.startsWith("java.")
                && !imported.startsWith("io.github.wxlogistics.model.");
    }
}
