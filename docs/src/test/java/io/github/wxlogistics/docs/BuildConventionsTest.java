package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the POMs must keep for a company to adopt the library, read from the POM files of the
 * reactor: every published module pinned in logistics-bom, the parentless POMs (the BOM and it/)
 * in step with the parent, and the versions the logging guide names.
 */
class BuildConventionsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyPublishedModuleIsPinnedInTheBomAndDescribed() throws Exception {
        Map<String, Boolean> modules = new TreeMap<>();   // artifactId -> published
        Map<String, String> descriptions = new TreeMap<>();
        collectModules(ROOT, false, modules, descriptions);
        List<String> published = modules.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        assertThat(published).as("the published jars (a module opts out with maven.deploy.skip)")
                .contains("logistics-core", "logistics-transport-jdk", "logistics-transport-vertx", "logistics-testkit",
                        "logistics-testkit-junit5", "logistics-testkit-contract")
                .contains("logistics-transport-vertx4")
                .doesNotContain("logistics-docs", "logistics-compat-spring-boot4-tests", "logistics-it-junit5-user",
                        "logistics-it-fake-server-user", "logistics-testkit-console-tests");

        Document bom = parse(ROOT.resolve("logistics-bom/pom.xml"));
        Map<String, String> pinned = new LinkedHashMap<>();
        for (Element dependency : children(child(child(bom.getDocumentElement(), "dependencyManagement"), "dependencies"),
                "dependency")) {
            assertThat(text(dependency, "groupId")).isEqualTo("io.github.wxlogistics");
            pinned.put(text(dependency, "artifactId"), text(dependency, "version"));
        }
        assertThat(pinned.keySet()).as("logistics-bom pins every published module").containsAll(published)
                .contains("logistics-transport-apache");
        assertThat(pinned.values()).as("one version for all").containsOnly("${project.version}");
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parse(ROOT.resolve("pom.xml"))
                .getDocumentElement(), "version"));
        assertThat(descriptions).as("a description per module").allSatisfy((module, text) -> assertThat(text)
                .as(module).isNotBlank());
    }

    @Test
    void theBomCarriesTheParentsProjectMetadata() throws Exception {
        Element parent = parse(ROOT.resolve("pom.xml")).getDocumentElement();
        Element bom = parse(ROOT.resolve("logistics-bom/pom.xml")).getDocumentElement();
        assertThat(bom.getElementsByTagName("parent").getLength()).as("no parent: its dependencyManagement would come along")
                .isZero();
        for (String element : List.of("url", "inceptionYear", "licenses", "developers", "scm", "issueManagement")) {
            assertThat(child(parent, element)).as("parent <%s>", element).isNotNull();
            assertThat(normalized(child(bom, element))).as("logistics-bom <%s>", element)
                    .isEqualTo(normalized(child(parent, element)));
        }
        assertThat(text(child(child(parent, "licenses"), "license"), "name")).isEqualTo("Apache-2.0");
    }

    @Test
    void parentlessPomsPinThePluginVersionsOfTheParent() throws Exception {
        Map<String, String> parentPins = pluginPins(parse(ROOT.resolve("pom.xml")).getDocumentElement());
        for (Path pom : List.of(ROOT.resolve("it/pom.xml"), ROOT.resolve("logistics-bom/pom.xml"))) {
            Element project = parse(pom).getDocumentElement();
            assertThat(child(project, "parent")).as("%s has no parent", pom).isNull();
            Map<String, String> pins = pluginPins(project);
            assertThat(pins).as("%s pins plugins", pom).isNotEmpty();
            pins.forEach((plugin, version) -> assertThat(version).as("%s in %s", plugin, pom)
                    .isEqualTo(parentPins.get(plugin)));
        }
    }

    @Test
    void everyModuleOnTheParentRunsItsTestsUnderTheSecretScanner() throws Exception {
        Map<String, Element> projects = new TreeMap<>();
        collectProjects(ROOT, projects);
        Map<String, Element> onParent = new TreeMap<>(projects);
        onParent.values().removeIf(project -> child(project, "parent") == null
                || !"logistics-parent".equals(text(child(project, "parent"), "artifactId"))
                || "pom".equals(text(project, "packaging")));
        assertThat(onParent).as("modules built on logistics-parent").containsKeys("logistics-core",
                "logistics-transport-vertx4", "logistics-spring-boot-starter");
        onParent.forEach((artifactId, project) -> assertThat(
                children(child(project, "dependencies"), "dependency").stream().map(d -> text(d, "artifactId")))
                .as("%s declares logistics-secret-scanner in <dependencies> (in <dependencyManagement> it does nothing)",
                        artifactId)
                .contains("logistics-secret-scanner"));
    }

    @Test
    void theLoggingGuideNamesTheVersionsTheTestsRunWith() throws Exception {
        Element properties = child(parse(ROOT.resolve("pom.xml")).getDocumentElement(), "properties");
        String guide = Files.readString(Path.of("guide.md"));
        Matcher block = Pattern.compile("<!-- dependencies: logging -->\\s*```xml\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(block.find()).isTrue();
        assertThat(block.group(1))
                .contains("<artifactId>slf4j-jdk-platform-logging</artifactId>\n  <version>" + text(properties, "slf4j.version"))
                .contains("<artifactId>logback-classic</artifactId>\n  <version>" + text(properties, "logback.version"));
        assertThat(guide).contains("slf4j-jdk-platform-logging:" + text(properties, "slf4j.version"))
                .contains("logback-classic:" + text(properties, "logback.version"));
    }

    /** Walks the reactor from {@code dir}; a module is published unless it or an enclosing POM sets maven.deploy.skip. */
    private static void collectModules(Path dir, boolean skipped, Map<String, Boolean> modules,
            Map<String, String> descriptions) throws Exception {
        Element project = parse(dir.resolve("pom.xml")).getDocumentElement();
        Element properties = child(project, "properties");
        String skip = properties == null ? null : text(properties, "maven.deploy.skip");
        boolean deploySkipped = skip != null ? skip.equals("true") : skipped;
        String packaging = text(project, "packaging");
        String artifactId = text(project, "artifactId");
        descriptions.put(artifactId, text(project, "description"));
        if (packaging == null || packaging.equals("jar")) {
            modules.put(artifactId, !deploySkipped);
        }
        Element list = child(project, "modules");
        if (list != null) {
            for (Element module : children(list, "module")) {
                collectModules(dir.resolve(module.getTextContent().trim()), deploySkipped, modules, descriptions);
            }
        }
    }

    /** Every POM of the reactor from {@code dir}, by artifactId. */
    private static void collectProjects(Path dir, Map<String, Element> projects) throws Exception {
        Element project = parse(dir.resolve("pom.xml")).getDocumentElement();
        projects.put(text(project, "artifactId"), project);
        for (Element module : children(child(project, "modules"), "module")) {
            collectProjects(dir.resolve(module.getTextContent().trim()), projects);
        }
    }

    private static Map<String, String> pluginPins(Element project) {
        Map<String, String> pins = new TreeMap<>();
        for (Element plugin : children(child(child(child(project, "build"), "pluginManagement"), "plugins"), "plugin")) {
            String group = text(plugin, "groupId");
            pins.put((group == null ? "org.apache.maven.plugins" : group) + ":" + text(plugin, "artifactId"),
                    text(plugin, "version"));
        }
        return pins;
    }

    private static Document parse(Path pom) throws Exception {
        assertThat(pom).isRegularFile();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The direct child element of that name, or null. */
    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    private static String normalized(Element element) {
        return element == null ? null : element.getTextContent().replaceAll("\\s+", " ").trim();
    }
}
