package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a new user meets first in the guides and the README: every guide reachable from the README,
 * the library's modules declared without versions (the BOM pins them), each quoted class's imports
 * shown beside its code, and the transport the client picked named by its {@code toString()}.
 */
class GuideConventionsTest {

    private static final Path README = Path.of("../README.md");

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(README));
        try (Stream<Path> files = Files.list(Path.of("."))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    @Test
    void everyGuideIsLinkedFromTheReadme() throws IOException {
        String readme = Files.readString(README);
        List<String> unlinked = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("."))) {
            files.filter(p -> p.toString().endsWith(".md")).map(p -> "docs/" + p.getFileName())
                    .filter(link -> !readme.contains("(" + link + ")")).forEach(unlinked::add);
        }
        assertThat(unlinked).as("guides the README does not link").isEmpty();
        assertThat(readme).contains("(docs/migrating-from-wxjava.md)", "(docs/courier.md)");
    }

    @Test
    void theLibrarysModulesAreDeclaredWithoutVersionsExceptTheBom() throws IOException {
        Pattern dependency = Pattern.compile(
                "<groupId>io\\.github\\.wxlogistics</groupId>\\s*<artifactId>([\\w-]+)</artifactId>\\s*<version>");
        List<String> versioned = new ArrayList<>();
        for (Path document : documents()) {
            Matcher m = dependency.matcher(Files.readString(document));
            while (m.find()) {
                if (!m.group(1).equals("logistics-bom")) {
                    versioned.add(document.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(versioned).as("module declarations with a version (the BOM pins them)").isEmpty();
    }

    @Test
    void everyClassAGuideQuotesHasItsImportsShownThere() throws IOException {
        Pattern snippet = Pattern.compile("<!-- snippet: (\\w+)#([\\w-]+) -->");
        List<String> missing = new ArrayList<>();
        for (Path guide : documents()) {
            String text = Files.readString(guide);
            Set<String> quoted = new LinkedHashSet<>();
            Matcher m = snippet.matcher(text);
            while (m.find()) {
                quoted.add(m.group(1));
            }
            quoted.stream().filter(cls -> !text.contains("<!-- snippet: " + cls + "#imports -->"))
                    .forEach(cls -> missing.add(guide.getFileName() + ": " + cls));
        }
        assertThat(missing).as("quoted classes whose imports the guide does not show").isEmpty();
    }

    @Test
    void theClientNamesTheTransportDiscoveryPicked() {
        // The docs module has all three transports on its class path: Vert.x has the highest priority.
        try (LogisticsClient client = LogisticsClient.builder().accessToken("T").build()) {
            assertThat(client).hasToString("LogisticsClient[transport=VertxHttpTransport (discovered)]");
        }
    }

    @Test
    void theSecretScannerIsInstalledSoOneModuleBuildsWithoutAlsoMake() throws IOException {
        // Every module's tests use it: were it not installed, ./mvnw -pl <module> verify (without -am)
        // would fail to resolve it even after ./mvnw install.
        assertThat(Files.readString(Path.of("../build-support/secret-scanner/pom.xml")))
                .doesNotContain("<maven.install.skip>true</maven.install.skip>");
    }
}
