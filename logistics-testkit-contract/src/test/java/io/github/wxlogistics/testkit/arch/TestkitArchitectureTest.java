package io.github.wxlogistics.testkit.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Applies the rules for modules outside the core to the classes of the three testkit artifacts
 * (logistics-testkit, logistics-testkit-junit5 and this one, all on this module's test class
 * path), and checks the layout rules of the split: one artifact per package, no public simple
 * name twice across the core and the testkit.
 */
class TestkitArchitectureTest {

    private static final String TESTKIT = "io.github.wxlogistics.testkit";

    private static JavaClasses classes(String packageName) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageName);
    }

    @Test
    void theTestkitFollowsTheAdapterRules() {
        JavaClasses testkit = classes(TESTKIT);

        assertThat(testkit).extracting(JavaClass::getSimpleName).as("a class of each testkit artifact")
                .contains("FakeWeChatServer", "FakeWeChatServerExtension", "LogisticsClientContract");
        ArchitectureRules.testkitRules(TESTKIT).check(testkit);
    }

    @Test
    void theTestkitsPublicClassesAreFinalOrAbstract() {
        ArchitectureRules.PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT.check(classes(TESTKIT));
    }

    @Test
    void eachTestkitPackageLivesInOneArtifact() {
        Map<String, Set<String>> locations = new TreeMap<>();
        for (JavaClass c : classes(TESTKIT)) {
            locations.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(artifactOf(c));
        }

        assertThat(locations).containsKeys(TESTKIT, TESTKIT + ".internal", TESTKIT + ".standalone",
                TESTKIT + ".junit5", TESTKIT + ".contract", TESTKIT + ".arch");
        assertThat(locations).allSatisfy((pkg, artifacts) -> assertThat(artifacts).as(pkg).hasSize(1));
        assertThat(locations.get(TESTKIT)).isEqualTo(locations.get(TESTKIT + ".internal"))
                .isNotEqualTo(locations.get(TESTKIT + ".junit5")).isNotEqualTo(locations.get(TESTKIT + ".contract"));
        assertThat(locations.get(TESTKIT + ".contract")).isEqualTo(locations.get(TESTKIT + ".arch"));
    }

    /** The jar or class directory a class was loaded from. */
    private static String artifactOf(JavaClass c) {
        String uri = c.getSource().orElseThrow().getUri().toString();
        int inJar = uri.indexOf("!/");
        if (inJar >= 0) {
            return uri.substring(0, inJar);
        }
        return uri.substring(0, uri.indexOf(c.getPackageName().replace('.', '/') + "/"));
    }

    @Test
    void noPublicSimpleNameIsUsedTwiceAcrossTheCoreAndTheTestkit() {
        Map<String, Set<String>> byName = classes(ArchitectureRules.BASE_PACKAGE).stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> !c.getSimpleName().isEmpty() && !c.getSimpleName().equals("Builder"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toCollection(TreeSet::new))));

        assertThat(byName).as("public classes on the class path").containsKeys("LogisticsClient", "FakeWeChatServer",
                "FakeWeChatServerExtension", "HttpTransportContract");
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .as("simple names shared by public classes (nested Builder classes excepted)").isEmpty();
    }
}
