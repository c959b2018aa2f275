package io.github.wxlogistics.store.redis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.wxlogistics.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The Redis module applies the testkit's adapter rules to itself. Those rules count every package
 * under {@code io.github.wxlogistics} outside {@code .transport} and {@code .testkit} as core, so
 * their "no internal access outside the core" rule does not reach {@code .store.redis}: the same
 * rule is stated here for this package, with the other adapters and the HTTP stacks it must not use.
 */
class RedisStoreArchitectureTest {

    private static final String PACKAGE = "io.github.wxlogistics.store.redis";
    private static final JavaClasses STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    @Test
    void followsTheAdapterRules() {
        ArchitectureRules.adapterRules(PACKAGE).check(STORE);
    }

    @Test
    void usesNoCoreInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage(ArchitectureRules.INTERNAL)
                .because("internal packages are not API; the store uses the core's public ports and token providers")
                .check(STORE);
    }

    @Test
    void dependsOnNoTransportNorHttpStackNorTestkit() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(ArchitectureRules.ADAPTERS,
                        ArchitectureRules.TESTKIT, "java.net.http..", "io.vertx..", "com.sun.net.httpserver..")
                .because("token fetches go through the HttpTransport the settings carry").check(STORE);
    }

    @Test
    void usesLettuceThroughItsPublicApiOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.lettuce.core.protocol..",
                        "io.lettuce.core.internal..", "io.lettuce.core.output..", "io.netty..")
                .because("Lettuce's protocol, output and internal packages, and Netty, are not its API").check(STORE);
    }

    @Test
    void publicClassesAreFinal() {
        ArchitectureRules.PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT.check(STORE);
    }
}
