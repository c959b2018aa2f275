package io.github.wxlogistics.transport.vertx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.wxlogistics.testkit.arch.ArchitectureRules;
import io.github.wxlogistics.transport.vertx.archfixture.UsesVertxImpl;
import org.junit.jupiter.api.Test;

/**
 * The Vert.x adapter applies the testkit's adapter rules to itself, uses Vert.x's public API only,
 * and never uses java.net.http.
 */
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
    void usesOnlyPublicVertxApi() {
        ArchitectureRules.usesOnlyPublicVertxApi(ADAPTER_PACKAGE).check(ADAPTER);
    }

    @Test
    void thePublicApiRuleCatchesAClassThatReachesIntoVertxImpl() {
        JavaClasses fixture = new ClassFileImporter().importClasses(UsesVertxImpl.class);

        assertThatThrownBy(() -> ArchitectureRules.usesOnlyPublicVertxApi(ADAPTER_PACKAGE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(UsesVertxImpl.class.getName())
                .hasMessageContaining("io.vertx.core.impl.NoStackTraceTimeoutException");
    }

    @Test
    void neverDependsOnTheJdkHttpClient() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.net.http..").check(ADAPTER);
    }
}
