package io.github.wxlogistics.transport.vertx;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Vert.x adapter touches only the core's public packages and no other HTTP stack. */
class VertxAdapterArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.wxlogistics.transport.vertx");

    @Test
    void neverTouchesTheCoreInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.wxlogistics.internal..")
                .check(ADAPTER);
    }

    @Test
    void neverDependsOnTheJdkHttpClient() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.net.http..")
                .check(ADAPTER);
    }

    @Test
    void neverDependsOnOtherAdapters() {
        noClasses().should().dependOnClassesThat(resideInAPackage("io.github.wxlogistics.transport..")
                        .and(resideOutsideOfPackage("io.github.wxlogistics.transport.vertx..")))
                .check(ADAPTER);
    }
}
