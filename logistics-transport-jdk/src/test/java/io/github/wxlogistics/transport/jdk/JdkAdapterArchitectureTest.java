package io.github.wxlogistics.transport.jdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.wxlogistics.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The JDK adapter applies the testkit's adapter rules to itself, and uses no other HTTP stack. */
class JdkAdapterArchitectureTest {

    private static final String ADAPTER_PACKAGE = "io.github.wxlogistics.transport.jdk";
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ADAPTER_PACKAGE);

    @Test
    void followsTheAdapterRules() {
        ArchitectureRules.adapterRules(ADAPTER_PACKAGE).check(ADAPTER);
    }

    @Test
    void neverDependsOnVertx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.vertx..").check(ADAPTER);
    }
}
