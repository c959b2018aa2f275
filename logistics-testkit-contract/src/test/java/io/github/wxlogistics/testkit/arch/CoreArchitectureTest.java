package io.github.wxlogistics.testkit.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;

/** Applies the core rules to the core's own (production) classes. */
class CoreArchitectureTest {

    static JavaClasses coreClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ArchitectureRules.BASE_PACKAGE)
                .that(not(resideInAnyPackage(ArchitectureRules.ADAPTERS, ArchitectureRules.TESTKIT)));
    }

    @Test
    void theCoreFollowsTheCoreRules() {
        JavaClasses core = coreClasses();

        assertThat(core).as("core classes on the class path")
                .anyMatch(c -> c.getPackageName().equals("io.github.wxlogistics.spi"));
        ArchitectureRules.coreRules().check(core);
    }

    @Test
    void theCoresPublicClassesAreFinalOrAbstract() {
        ArchitectureRules.PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT.check(coreClasses());
    }
}
