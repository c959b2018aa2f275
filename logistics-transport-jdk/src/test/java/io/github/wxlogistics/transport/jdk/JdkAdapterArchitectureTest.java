package io.github.wxlogistics.transport.jdk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The JDK adapter touches only the core's public packages and no other HTTP stack. */
class JdkAdapterArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.wxlogistics.transport.jdk");

    @Test
    void neverTouchesTheCoreInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.wxlogistics.internal..")
                .check(ADAPTER);
    }

    @Test
    void neverDependsOnVertx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.vertx..")
                .check(ADAPTER);
    }

    @Test
    void neverDependsOnOtherAdapters() {
        noClasses().should().dependOnClassesThat(resideInAPackage("io.github.wxlogistics.transport..")
                        .and(resideOutsideOfPackage("io.github.wxlogistics.transport.jdk..")))
                .check(ADAPTER);
    }
}
