package io.github.wxlogistics.transport.vertx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.wxlogistics.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The Vert.x adapter applies the testkit's adapter rules to itself, and never uses java.net.http. */
class VertxAdapterArchitectureTest {

    private static final String ADAPTER_PACKAGE = "io.github.wxlogistics.transport.vertx";
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ADAPTER_PACKAGE);

    @Test
    void followsTheAdapterRules() {
        ArchitectureRules.adapterRules(ADAPTER_PACKAGE).check(ADAPTER);
    }

    @Test
    void neverDependsOnTheJdkHttpClient() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.net.http..").check(ADAPTER);
    }
}
