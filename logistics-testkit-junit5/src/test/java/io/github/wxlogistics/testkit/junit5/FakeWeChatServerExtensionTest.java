package io.github.wxlogistics.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs small sample test classes through the JUnit launcher and checks what the extension did.
 * The samples are static nested classes, which neither Surefire nor a run of this class picks up.
 */
class FakeWeChatServerExtensionTest {

    /** What the samples saw, by sample name; cleared before each run. */
    static final Map<String, List<FakeWeChatServer>> SEEN = new ConcurrentHashMap<>();

    static void saw(String key, FakeWeChatServer server) {
        SEEN.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(server);
    }

    private static TestExecutionSummary run(Class<?> sample) {
        SEEN.clear();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(sample))
                .build(), listener);
        return listener.getSummary();
    }

    @Test
    void extendWithGivesOneServerPerClassWithDemoDataAndClosesIt() {
        TestExecutionSummary summary = run(PerClassSample.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(summary.getTotalFailureCount()).isZero();
        List<FakeWeChatServer> seen = SEEN.get("perClass");
        assertThat(seen).hasSize(7).allSatisfy(s -> assertThat(s).isSameAs(seen.get(0)));
        assertThat(seen.get(0).isClosed()).isTrue();
        assertThat(SEEN.get("demo").get(0)).isSameAs(seen.get(0));
    }

    @Test
    void perTestGivesEachTestAFreshConfiguredServer() {
        TestExecutionSummary summary = run(PerTestSample.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        List<FakeWeChatServer> seen = SEEN.get("perTest");
        assertThat(seen).hasSize(4);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertThat(seen.get(2)).isSameAs(seen.get(3)).isNotSameAs(seen.get(0));
        assertThat(seen).allSatisfy(s -> {
            assertThat(s.isClosed()).isTrue();
            assertThat(s.appId()).isEqualTo("wxper");
        });
    }

    @Test
    void nestedClassesShareTheEnclosingServer() {
        TestExecutionSummary summary = run(NestingSample.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        List<FakeWeChatServer> seen = SEEN.get("nesting");
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isSameAs(seen.get(0));
        assertThat(seen.get(0).isClosed()).isTrue();
    }

    @Test
    void anInstanceFieldRegistrationFallsBackToOneServerPerTest() {
        TestExecutionSummary summary = run(InstanceFieldSample.class);

        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        List<FakeWeChatServer> seen = SEEN.get("instance");
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isNotSameAs(seen.get(0));
        assertThat(seen).allSatisfy(s -> assertThat(s.isClosed()).isTrue());
    }

    @Test
    void constructorInjectionFollowsTheLifecycle() {
        assertThat(run(PerClassInstanceSample.class).getTestsSucceededCount()).isEqualTo(2);
        List<FakeWeChatServer> perClass = SEEN.get("ctor");
        assertThat(perClass).hasSize(2);
        assertThat(perClass.get(1)).isSameAs(perClass.get(0));
        assertThat(perClass.get(0).isClosed()).isTrue();

        assertThat(run(PerTestConstructorSample.class).getTestsSucceededCount()).isEqualTo(2);
        List<FakeWeChatServer> perTest = SEEN.get("ctor");
        assertThat(perTest).hasSize(4);
        assertThat(perTest.get(1)).isSameAs(perTest.get(0));
        assertThat(perTest.get(3)).isSameAs(perTest.get(2)).isNotSameAs(perTest.get(0));
        assertThat(perTest).allSatisfy(s -> assertThat(s.isClosed()).isTrue());
    }

    @Test
    void aFieldOfAnotherTypeIsAConfigurationError() {
        TestExecutionSummary summary = run(BadFieldSample.class);

        assertThat(summary.getTestsSucceededCount()).isZero();
        List<Throwable> failures = new ArrayList<>();
        summary.getFailures().forEach(f -> failures.add(f.getException()));
        assertThat(failures).isNotEmpty().allSatisfy(e -> assertThat(e).hasMessageContaining("must be of type"));
    }

    @ExtendWith(FakeWeChatServerExtension.class)
    static class PerClassSample {
        @InjectFakeWeChatServer
        static FakeWeChatServer staticField;
        @InjectFakeWeChatServer
        FakeWeChatServer field;

        @BeforeAll
        static void beforeAll(FakeWeChatServer server) {
            saw("perClass", server);
            saw("perClass", staticField);
        }

        @Test
        void first(FakeWeChatServer server) {
            saw("perClass", server);
            saw("perClass", field);
            saw("demo", server.courierToken("12345678901234567890").isPresent() ? server : null);
        }

        @Test
        void second(FakeWeChatServer server) {
            saw("perClass", server);
            saw("perClass", field);
        }

        @AfterAll
        static void afterAll(FakeWeChatServer server) {
            assertThat(server.isClosed()).isFalse();
            saw("perClass", server);
        }
    }

    static class PerTestSample {
        @RegisterExtension
        static final FakeWeChatServerExtension FAKE = FakeWeChatServerExtension.perTest(b -> b.appId("wxper"));

        @InjectFakeWeChatServer
        FakeWeChatServer field;

        @BeforeEach
        void before(FakeWeChatServer server) {
            saw("perTest", server);
        }

        @Test
        void first() {
            saw("perTest", field);
            assertThat(field.courierToken("12345678901234567890")).isEmpty();
        }

        @Test
        void second() {
            saw("perTest", field);
        }
    }

    @ExtendWith(FakeWeChatServerExtension.class)
    static class NestingSample {
        @Test
        void outer(FakeWeChatServer server) {
            saw("nesting", server);
        }

        @Nested
        class Inner {
            @Test
            void inner(FakeWeChatServer server) {
                saw("nesting", server);
            }
        }
    }

    static class InstanceFieldSample {
        @RegisterExtension
        final FakeWeChatServerExtension fake = FakeWeChatServerExtension.perClass(b -> { });

        @Test
        void first(FakeWeChatServer server) {
            saw("instance", server);
        }

        @Test
        void second(FakeWeChatServer server) {
            saw("instance", server);
        }
    }

    @ExtendWith(FakeWeChatServerExtension.class)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassInstanceSample {
        private final FakeWeChatServer server;

        PerClassInstanceSample(FakeWeChatServer server) {
            this.server = server;
        }

        @Test
        void first() {
            saw("ctor", server);
        }

        @Test
        void second() {
            saw("ctor", server);
        }
    }

    static class PerTestConstructorSample {
        @RegisterExtension
        static final FakeWeChatServerExtension FAKE = FakeWeChatServerExtension.perTest(b -> { });

        private final FakeWeChatServer server;

        PerTestConstructorSample(FakeWeChatServer server) {
            this.server = server;
        }

        @Test
        void first(FakeWeChatServer parameter) {
            saw("ctor", server);
            saw("ctor", parameter);
        }

        @Test
        void second(FakeWeChatServer parameter) {
            saw("ctor", server);
            saw("ctor", parameter);
        }
    }

    @ExtendWith(FakeWeChatServerExtension.class)
    static class BadFieldSample {
        @InjectFakeWeChatServer
        String notAServer;

        @Test
        void test() {
        }
    }
}
