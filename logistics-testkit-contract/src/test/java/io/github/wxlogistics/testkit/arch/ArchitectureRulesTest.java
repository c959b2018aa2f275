package io.github.wxlogistics.testkit.arch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.thirdparty.ThirdPartyAdapter;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.github.wxlogistics.archfixture.ClosedPublicClasses;
import io.github.wxlogistics.archfixture.CoreUsesAdapter;
import io.github.wxlogistics.archfixture.CoreUsesHttpServer;
import io.github.wxlogistics.archfixture.CoreUsesJdkHttp;
import io.github.wxlogistics.archfixture.CoreUsesJsonb;
import io.github.wxlogistics.archfixture.OpenPublicClass;
import io.github.wxlogistics.archfixture.cycle.a.Ping;
import io.github.wxlogistics.archfixture.cycle.b.Pong;
import io.github.wxlogistics.internal.json.archfixture.AllowedJsonbUser;
import io.github.wxlogistics.model.archfixture.GoodModel;
import io.github.wxlogistics.model.archfixture.ModelUsesSpi;
import io.github.wxlogistics.transport.alpha.AlphaAdapter;
import io.github.wxlogistics.transport.beta.BetaAdapter;
import io.github.wxlogistics.transport.gamma.CleanAdapter;
import org.junit.jupiter.api.Test;

/** Each rule passes on a conforming fixture class and catches a deliberately bad one. */
class ArchitectureRulesTest {

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }

    private static void passes(ArchRule rule, Class<?>... types) {
        assertThatCode(() -> rule.check(classes(types))).doesNotThrowAnyException();
    }

    private static void fails(ArchRule rule, Class<?> offender, Class<?>... others) {
        Class<?>[] all = new Class<?>[others.length + 1];
        all[0] = offender;
        System.arraycopy(others, 0, all, 1, others.length);
        assertThatThrownBy(() -> rule.check(classes(all))).isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender.getName());
    }

    @Test
    void coreMustNotDependOnAdaptersOrHttpStacks() {
        ArchRule rule = ArchitectureRules.CORE_DEPENDS_ON_NO_ADAPTER;
        passes(rule, GoodModel.class, AllowedJsonbUser.class, CleanAdapter.class, BetaAdapter.class);
        fails(rule, CoreUsesJdkHttp.class);
        fails(rule, CoreUsesHttpServer.class);
        fails(rule, CoreUsesAdapter.class, CleanAdapter.class);
    }

    @Test
    void packageCyclesFailTheBuild() {
        ArchRule rule = ArchitectureRules.noPackageCycles("io.github.wxlogistics.archfixture.cycle");
        assertThatThrownBy(() -> rule.check(classes(Ping.class, Pong.class))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle").hasMessageContaining("archfixture.cycle.a")
                .hasMessageContaining("archfixture.cycle.b");
        passes(rule, Ping.class);
        passes(ArchitectureRules.noPackageCycles("io.github.wxlogistics.archfixture.cycle.a"), Ping.class, Pong.class);
    }

    @Test
    void modelMustDependOnJavaAndModelOnly() {
        passes(ArchitectureRules.MODEL_DEPENDS_ON_JAVA_ONLY, GoodModel.class);
        fails(ArchitectureRules.MODEL_DEPENDS_ON_JAVA_ONLY, ModelUsesSpi.class);
    }

    @Test
    void jsonBindingOnlyInTheInternalJsonPackage() {
        passes(ArchitectureRules.JSON_BINDING_ONLY_IN_INTERNAL_JSON, AllowedJsonbUser.class, CleanAdapter.class);
        fails(ArchitectureRules.JSON_BINDING_ONLY_IN_INTERNAL_JSON, CoreUsesJsonb.class);
    }

    @Test
    void nothingOutsideTheCoreTouchesItsInternals() {
        passes(ArchitectureRules.NO_INTERNAL_ACCESS_OUTSIDE_CORE, CleanAdapter.class, BetaAdapter.class);
        fails(ArchitectureRules.NO_INTERNAL_ACCESS_OUTSIDE_CORE, AlphaAdapter.class);
        fails(ArchitectureRules.NO_INTERNAL_ACCESS_OUTSIDE_CORE, ThirdPartyAdapter.class);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        passes(ArchitectureRules.ADAPTERS_ARE_INDEPENDENT, AlphaAdapter.class, CleanAdapter.class);
        fails(ArchitectureRules.ADAPTERS_ARE_INDEPENDENT, BetaAdapter.class, CleanAdapter.class);
        passes(ArchitectureRules.dependsOnNoOtherAdapter("io.github.wxlogistics.transport.gamma"), CleanAdapter.class);
        fails(ArchitectureRules.dependsOnNoOtherAdapter("io.github.wxlogistics.transport.beta"), BetaAdapter.class);
        fails(ArchitectureRules.dependsOnNoOtherAdapter("com.example.thirdparty"), ThirdPartyAdapter.class);
    }

    @Test
    void theCompositeRulesIncludeTheirParts() {
        passes(ArchitectureRules.coreRules(), GoodModel.class, AllowedJsonbUser.class);
        fails(ArchitectureRules.coreRules(), CoreUsesJdkHttp.class);
        fails(ArchitectureRules.coreRules(), ModelUsesSpi.class);
        fails(ArchitectureRules.coreRules(), CoreUsesJsonb.class);
        passes(ArchitectureRules.adapterRules("io.github.wxlogistics.transport.gamma"), CleanAdapter.class);
        fails(ArchitectureRules.adapterRules("io.github.wxlogistics.transport.alpha"), AlphaAdapter.class);
        fails(ArchitectureRules.adapterRules("io.github.wxlogistics.transport.beta"), BetaAdapter.class);
    }

    @Test
    void publicClassesAreFinalOrAbstract() {
        passes(ArchitectureRules.PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT, ClosedPublicClasses.class,
                ClosedPublicClasses.Base.class, ClosedPublicClasses.Port.class, ClosedPublicClasses.Mode.class,
                ClosedPublicClasses.Value.class);
        fails(ArchitectureRules.PUBLIC_CLASSES_ARE_FINAL_OR_ABSTRACT, OpenPublicClass.class);
    }
}
