package io.github.wxlogistics.testkit.junit5;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeWeChatServer}, injects it and closes it afterwards.
 *
 * <p>{@code @ExtendWith(FakeWeChatServerExtension.class)} gives one server per test class with
 * the demo data ({@link FakeWeChatServer.Builder#demoData()}). For another lifecycle or
 * configuration register it in a static field:
 * <pre>{@code
 * @RegisterExtension
 * static final FakeWeChatServerExtension FAKE =
 *         FakeWeChatServerExtension.perTest(b -> b.demoData().clock(clock));
 * }</pre>
 * The server is injected into parameters of type {@code FakeWeChatServer} (constructors,
 * lifecycle and test methods) and into fields annotated {@link InjectFakeWeChatServer}. A
 * parameter of type {@link LogisticsClient} gets a client already pointed at the server (its
 * base URI, AppID and AppSecret, the transport found on the test class path), one per test,
 * closed after {@code @AfterEach}.
 * Per class, the server lives from before {@code @BeforeAll} to after {@code @AfterAll}, and
 * {@code @Nested} classes share their enclosing class's server; when the extension is registered
 * in an instance field (so JUnit never calls its class-level callbacks) it falls back to one
 * server per test. Per test, each test gets a fresh server, closed after {@code @AfterEach}.
 */
public final class FakeWeChatServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeWeChatServerExtension.class);
    private static final String SERVER = "server";
    private static final String OWNER = "owner";
    private static final String CLIENT = "client";

    /** What the extension can inject, keyed by type. */
    private static final List<Injectable> INJECTABLES = List.of(
            new Injectable(FakeWeChatServer.class, (server, context) -> server),
            new Injectable(LogisticsClient.class, FakeWeChatServerExtension::clientFor));

    private record Injectable(Class<?> type, BiFunction<FakeWeChatServer, ExtensionContext, Object> factory) {
    }

    private final boolean perClass;
    private final Consumer<FakeWeChatServer.Builder> configuration;

    /** One server per test class with the demo data; the form {@code @ExtendWith} uses. */
    public FakeWeChatServerExtension() {
        this(true, FakeWeChatServer.Builder::demoData);
    }

    private FakeWeChatServerExtension(boolean perClass, Consumer<FakeWeChatServer.Builder> configuration) {
        this.perClass = perClass;
        this.configuration = configuration;
    }

    /**
     * One server per test class, configured by {@code configuration} (which starts from
     * {@link FakeWeChatServer#builder()}: call {@code demoData()} there if you want it).
     *
     * @param configuration configures the server's builder before it starts
     * @return an extension to register with {@code @RegisterExtension}
     */
    public static FakeWeChatServerExtension perClass(Consumer<FakeWeChatServer.Builder> configuration) {
        return new FakeWeChatServerExtension(true, Objects.requireNonNull(configuration, "configuration"));
    }

    /**
     * A fresh server for every test, configured by {@code configuration}.
     *
     * @param configuration configures each server's builder before it starts
     * @return a fresh server for every test, configured by {@code configuration}
     */
    public static FakeWeChatServerExtension perTest(Consumer<FakeWeChatServer.Builder> configuration) {
        return new FakeWeChatServerExtension(false, Objects.requireNonNull(configuration, "configuration"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perClass) {
            return;
        }
        if (server(context) == null) {
            startIn(context);
        }
        injectFields(context.getRequiredTestClass(), null, server(context), true);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server(context) == null) {
            startIn(context);
        }
        FakeWeChatServer server = server(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(instance.getClass(), instance, server, false);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeClient(context);
        closeIfOwned(context);
    }

    private static void closeClient(ExtensionContext context) {
        LogisticsClient client = context.getStore(NAMESPACE).remove(CLIENT, LogisticsClient.class);
        if (client != null) {
            client.close();
        }
    }

    private static LogisticsClient clientFor(FakeWeChatServer server, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        LogisticsClient existing = store.get(CLIENT, LogisticsClient.class);
        if (existing != null) {
            return existing;
        }
        try {
            LogisticsClient client = LogisticsClient.builder()
                    .credentials(server.appId(), server.appSecret())
                    .baseUri(server.baseUri())
                    .build();
            store.put(CLIENT, client);
            return client;
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException("cannot build a LogisticsClient for the fake server: " + e.getMessage()
                    + " (add logistics-transport-jdk, logistics-transport-vertx or logistics-transport-apache at test scope)", e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeClient(context);
        closeIfOwned(context);
    }

    /** Constructor parameters are resolved in the test method's context, so per-test servers stay per test. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return INJECTABLES.stream().anyMatch(i -> i.type().equals(type));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        FakeWeChatServer server = server(context);
        if (server == null) {
            // A constructor parameter: instances are made before the beforeEach callback runs.
            server = startIn(context);
        }
        Class<?> type = parameter.getParameter().getType();
        FakeWeChatServer s = server;
        return INJECTABLES.stream().filter(i -> i.type().equals(type)).findFirst()
                .map(i -> i.factory().apply(s, context))
                .orElseThrow(() -> new ParameterResolutionException("cannot inject " + type.getName()));
    }

    private FakeWeChatServer startIn(ExtensionContext context) {
        FakeWeChatServer.Builder builder = FakeWeChatServer.builder();
        configuration.accept(builder);
        FakeWeChatServer server = builder.start();
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.put(SERVER, server);
        store.put(OWNER, context.getUniqueId());
        return server;
    }

    private static FakeWeChatServer server(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(SERVER, FakeWeChatServer.class);
    }

    private static void closeIfOwned(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        // Store lookups see enclosing contexts; close only what this context started.
        if (context.getUniqueId().equals(store.get(OWNER, String.class))) {
            FakeWeChatServer server = store.remove(SERVER, FakeWeChatServer.class);
            store.remove(OWNER);
            if (server != null) {
                server.close();
            }
        }
    }

    private static void injectFields(Class<?> type, Object instance, FakeWeChatServer server, boolean statics) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!field.isAnnotationPresent(InjectFakeWeChatServer.class)
                        || Modifier.isStatic(field.getModifiers()) != statics) {
                    continue;
                }
                if (!field.getType().isAssignableFrom(FakeWeChatServer.class)) {
                    throw new ExtensionConfigurationException("@InjectFakeWeChatServer field " + field.getName()
                            + " must be of type FakeWeChatServer");
                }
                try {
                    field.setAccessible(true);
                    field.set(instance, server);
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new ExtensionConfigurationException("cannot set field " + field.getName(), e);
                }
            }
        }
    }
}
