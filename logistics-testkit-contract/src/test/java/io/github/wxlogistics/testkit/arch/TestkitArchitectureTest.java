package io.github.wxlogistics.testkit.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Applies the rules for modules outside the core to the testkit's own classes. */
class TestkitArchitectureTest {

    private static final String TESTKIT = "io.github.wxlogistics.testkit";

    private static JavaClasses testkitClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(TESTKIT);
    }

    @Test
    void theTestkitFollowsTheAdapterRules() {
        JavaClasses testkit = testkitClasses();

        assertThat(testkit).anyMatch(c -> c.getSimpleName().equals("FakeWeChatServer"));
        ArchitectureRules.adapterRules(TESTKIT).check(testkit);
    }

    @Test
    void theTestkitsPublicClassesAreFinalOrAbstract() {
        ArchitectureRules.PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT.check(testkitClasses());
    }
}
