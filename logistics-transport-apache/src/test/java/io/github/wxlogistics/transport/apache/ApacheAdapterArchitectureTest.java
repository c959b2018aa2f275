package io.github.wxlogistics.transport.apache;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.wxlogistics.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The Apache adapter applies the testkit's adapter rules to itself, and uses no other HTTP stack. */
class ApacheAdapterArchitectureTest {

    private static final String ADAPTER_PACKAGE = "io.github.wxlogistics.transport.apache";
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ADAPTER_PACKAGE);

    @Test
    void followsTheAdapterRules() {
        ArchitectureRules.adapterRules(ADAPTER_PACKAGE).check(ADAPTER);
    }

    @Test
    void neverDependsOnVertxOrTheJdkClient() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "java.net.http..").check(ADAPTER);
    }

    @Test
    void usesNoClassicBlockingClientOrInternalPackageOfHttpClient() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.hc.client5.http.impl.classic..", "org.apache.hc.client5.http.classic..",
                        "org.apache.hc.client5.http.impl.async.internal..")
                .check(ADAPTER);
    }
}
