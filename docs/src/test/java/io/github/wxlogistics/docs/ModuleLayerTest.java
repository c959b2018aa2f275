package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.contract.HttpTransportContract;
import io.github.wxlogistics.testkit.junit5.FakeWeChatServerExtension;
import io.github.wxlogistics.transport.apache.ApacheHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.vertx.VertxHttpTransport;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published jars as named modules: the tests of every module run on the class path, so this
 * loads the core, the three adapters and the three testkit artifacts, with their runtime dependencies, into a module layer of their
 * own (parented to the platform class loader, so nothing leaks in from the class path) and checks
 * what a user on the module path gets: named modules, only the public packages exported, the
 * transports found by the layer's {@link ServiceLoader}, and a real call through each, which
 * needs JSON-B (Yasson) to reach the core's internal wire records.
 */
class ModuleLayerTest {

    private static final String CORE = "io.github.wxlogistics.core";
    private static final String JDK = "io.github.wxlogistics.transport.jdk";
    private static final String VERTX = "io.github.wxlogistics.transport.vertx";
    private static final String APACHE = "io.github.wxlogistics.transport.apache";
    private static final String TESTKIT = "io.github.wxlogistics.testkit";
    private static final String TESTKIT_JUNIT5 = "io.github.wxlogistics.testkit.junit5";
    private static final String TESTKIT_CONTRACT = "io.github.wxlogistics.testkit.contract";

    private static final Map<String, Set<String>> EXPORTS = Map.of(
            CORE, Set.of("io.github.wxlogistics", "io.github.wxlogistics.error", "io.github.wxlogistics.event",
                    "io.github.wxlogistics.intracity", "io.github.wxlogistics.model", "io.github.wxlogistics.model.insurance", "io.github.wxlogistics.model.intracity",
                    "io.github.wxlogistics.security",
                    "io.github.wxlogistics.platform", "io.github.wxlogistics.spi", "io.github.wxlogistics.token"),
            JDK, Set.of("io.github.wxlogistics.transport.jdk"),
            VERTX, Set.of("io.github.wxlogistics.transport.vertx"),
            APACHE, Set.of("io.github.wxlogistics.transport.apache"),
            TESTKIT, Set.of("io.github.wxlogistics.testkit"),
            TESTKIT_JUNIT5, Set.of("io.github.wxlogistics.testkit.junit5"),
            TESTKIT_CONTRACT, Set.of("io.github.wxlogistics.testkit.contract", "io.github.wxlogistics.testkit.arch"));

    /** Packages a module holds but does not export, though they are not internal: the standalone main (run with java -jar). */
    private static final Set<String> NOT_API = Set.of("io.github.wxlogistics.testkit.standalone");

    /**
     * Jars of the runtime dependencies, by file name: JSON-B and JSON-P with their implementations,
     * Vert.x (core and the Web Client with what it requires) and Netty; HttpClient 5, HttpCore 5 and SLF4J's API; JUnit's API, AssertJ and ArchUnit for the testkit's extension and suites.
     */
    private static final List<String> DEPENDENCY_JARS = List.of("jakarta.json", "yasson-", "parsson-", "vertx-core",
            "vertx-web-client-", "vertx-web-common-", "vertx-auth-common-", "vertx-uri-template-",
            "netty-", "jackson-core-", "httpclient5-", "httpcore5-", "slf4j-api-", "junit-jupiter-api-",
            "junit-jupiter-params-", "junit-platform-commons-", "opentest4j-", "apiguardian-api-",
            "assertj-core-", "archunit-1.");

    private static FakeWeChatServer server;
    private static int accounts;
    private static ModuleLayer layer;

    @BeforeAll
    static void loadTheModulesIntoALayer() throws Exception {
        server = FakeWeChatServer.builder().demoData().start();
        try (JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = LogisticsClient.builder().credentials(server.appId(), server.appSecret())
                        .baseUri(server.baseUri()).transport(transport).build()) {
            accounts = client.merchant().getAllAccount().count();   // the answer on the class path
        }
        List<Path> paths = new ArrayList<>();
        paths.add(locationOf(LogisticsClient.class));
        paths.add(locationOf(JdkHttpTransport.class));
        paths.add(locationOf(VertxHttpTransport.class));
        paths.add(locationOf(ApacheHttpTransport.class));
        paths.add(locationOf(FakeWeChatServer.class));
        paths.add(locationOf(FakeWeChatServerExtension.class));
        paths.add(locationOf(HttpTransportContract.class));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (name.endsWith(".jar") && DEPENDENCY_JARS.stream().anyMatch(name::startsWith)) {
                paths.add(path);
            }
        }
        ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), EXPORTS.keySet());
        layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void thePublishedJarsAreNamedModulesExportingTheirPublicPackagesOnly() {
        for (Map.Entry<String, Set<String>> expected : EXPORTS.entrySet()) {
            Module module = layer.findModule(expected.getKey()).orElseThrow();
            ModuleDescriptor descriptor = module.getDescriptor();

            assertThat(descriptor.isAutomatic()).as("%s is automatic", module).isFalse();
            assertThat(descriptor.isOpen()).as("%s is open", module).isFalse();
            // The qualified exports: the core's push protocol and API-security channel, to the testkit
            // modules only (OkHttp's way), so the fake server plays WeChat's side with the same code.
            assertThat(descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                    .map(e -> e.source() + " to " + new java.util.TreeSet<>(e.targets())).sorted().toList())
                    .as("qualified exports of %s", module)
                    .isEqualTo(module.getName().equals("io.github.wxlogistics.core")
                            ? List.of("io.github.wxlogistics.internal.push to [io.github.wxlogistics.testkit,"
                                    + " io.github.wxlogistics.testkit.contract]",
                                    "io.github.wxlogistics.internal.security to [io.github.wxlogistics.testkit]")
                            : List.of());
            assertThat(descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet())).as("exports of %s", module).isEqualTo(expected.getValue());
            assertThat(module.getPackages()).as("packages of %s not exported", module)
                    .filteredOn(pkg -> !expected.getValue().contains(pkg) && !NOT_API.contains(pkg))
                    .allSatisfy(pkg -> assertThat(pkg).contains(".internal"));
            // Opened packages, if any, are internal ones holding wire records, opened to Yasson only
            // (see the core's module-info; the real calls below fail if one is missing), or the
            // contract suites, opened to JUnit, which runs their test methods reflectively.
            assertThat(descriptor.opens()).as("opens of %s", module).allSatisfy(open -> {
                if (open.source().contains(".internal")) {
                    assertThat(open.targets()).containsExactly("org.eclipse.yasson");
                } else {
                    assertThat(open.source()).isEqualTo("io.github.wxlogistics.testkit.contract");
                    assertThat(open.targets()).containsExactly("org.junit.platform.commons");
                }
            });
        }
        Module core = layer.findModule(CORE).orElseThrow();
        assertThat(core.getPackages()).as("the core has internal packages to hide").anyMatch(p -> p.contains(".internal"));
    }

    @Test
    void publicClassesLoadFromTheirModule() throws Exception {
        ClassLoader loader = layer.findLoader(CORE);
        for (String className : List.of("io.github.wxlogistics.LogisticsClient", "io.github.wxlogistics.model.GetPathRequest",
                "io.github.wxlogistics.transport.jdk.JdkHttpTransport", "io.github.wxlogistics.transport.vertx.VertxLogisticsClient",
                "io.github.wxlogistics.transport.apache.ApacheHttpTransport",
                "io.github.wxlogistics.testkit.FakeWeChatServer", "io.github.wxlogistics.testkit.junit5.FakeWeChatServerExtension",
                "io.github.wxlogistics.testkit.contract.LogisticsClientContract",
                "io.github.wxlogistics.testkit.arch.ArchitectureRules")) {
            Class<?> type = Class.forName(className, true, loader);
            assertThat(type.getModule().isNamed()).isTrue();
            assertThat(type.getModule().getLayer()).isSameAs(layer);
            assertThat(type).isNotSameAs(Class.forName(className));   // not the class path's copy
        }
    }

    @Test
    void theLayersServiceLoaderFindsEveryTransportAndEachMakesARealCall() throws Exception {
        ClassLoader loader = layer.findLoader(CORE);
        Class<?> providerType = loader.loadClass("io.github.wxlogistics.spi.HttpTransportProvider");
        Map<String, String> providers = new TreeMap<>();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // JSON-B and JSON-P find their implementations through the context class loader.
        Thread.currentThread().setContextClassLoader(loader);
        try {
            for (ServiceLoader.Provider<?> provider : ServiceLoader.load(layer, providerType).stream().toList()) {
                Object instance = provider.get();
                String name = (String) invoke(instance, "name");
                providers.put(name, provider.type().getModule().getName());
                Object transport = invoke(instance, "create");
                try {
                    assertThat(getAllAccountCount(loader, transport)).as("getAllAccount over %s", name).isEqualTo(accounts);
                } finally {
                    invoke(transport, "close");
                }
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertThat(providers).isEqualTo(Map.of("jdk", JDK, "vertx", VERTX, "apache", APACHE));
    }

    @Test
    void aThirdPartyPlatformsOwnCallsDecodeInTheLayer() throws Exception {
        // The open platform's wire records live in internal.platform, opened to Yasson only: a missing
        // opens line would fail api_component_token and api_create_preauthcode here.
        ClassLoader loader = layer.findLoader(CORE);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try (io.github.wxlogistics.testkit.FakeWeChatServer open = io.github.wxlogistics.testkit.FakeWeChatServer.builder()
                .openPlatform("wxcomponent0000001", "component-secret-4711", "ComponentPushToken42",
                        "ComponentAesKey0123456789abcdefghijklmnopqr").pushAttempts(1).start()) {
            open.platform().eventUrl(URI.create("http://127.0.0.1:9/nobody"));
            String ticket = open.platform().pushTicket().fields().get("ComponentVerifyTicket");
            Object store = invokeOn(loader.loadClass("io.github.wxlogistics.platform.InMemoryPlatformStore"), null, "create");
            Object componentTicket = loader.loadClass("io.github.wxlogistics.spi.ComponentTicket")
                    .getConstructor(String.class, java.time.Instant.class).newInstance(ticket, java.time.Instant.now());
            invoke(invoke(store, "saveTicket", "wxcomponent0000001", componentTicket), "join");
            Object transport = invoke(ServiceLoader.load(layer, loader.loadClass("io.github.wxlogistics.spi.HttpTransportProvider"))
                    .stream().filter(p -> p.type().getName().endsWith("JdkHttpTransportProvider")).findFirst().orElseThrow().get(),
                    "create");
            Object builder = invokeOn(loader.loadClass("io.github.wxlogistics.platform.ComponentPlatform"), null, "builder");
            invoke(builder, "componentAppId", "wxcomponent0000001");
            invoke(builder, "componentSecret", "component-secret-4711");
            invoke(builder, "pushToken", "ComponentPushToken42");
            invoke(builder, "encodingAesKey", "ComponentAesKey0123456789abcdefghijklmnopqr");
            invoke(builder, "store", store);
            invoke(builder, "transport", transport);
            invoke(builder, "baseUri", open.baseUri());
            Object platform = invoke(builder, "build");
            try {
                Object code = invoke(invoke(platform, "createPreAuthCode"), "join");
                assertThat(code.getClass().getModule().getName()).isEqualTo(CORE);
                assertThat((String) invoke(code, "value")).startsWith("preauthcode@@@");
                assertThat(open.platform().componentTokenFetches()).isEqualTo(1);
            } finally {
                invoke(platform, "close");
                invoke(transport, "close");
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Builds a client in the layer on {@code transport}, calls getAllAccount blocking, and closes the client. */
    private static int getAllAccountCount(ClassLoader loader, Object transport) throws Exception {
        Object builder = invokeOn(loader.loadClass("io.github.wxlogistics.LogisticsClient"), null, "builder");
        invoke(builder, "credentials", server.appId(), server.appSecret());
        invoke(builder, "baseUri", server.baseUri());
        invoke(builder, "transport", transport);
        Object client = invoke(builder, "build");
        try {
            Object reply = invoke(invoke(client, "merchant"), "getAllAccount");
            assertThat(reply.getClass().getModule().getName()).isEqualTo(CORE);
            return (Integer) invoke(reply, "count");
        } finally {
            invoke(client, "close");
        }
    }

    private static Object invoke(Object target, String method, Object... args) throws Exception {
        return invokeOn(target.getClass(), target, method, args);
    }

    /** Calls the public method {@code method} of {@code type} with that many arguments, unwrapping its exception. */
    private static Object invokeOn(Class<?> type, Object target, String method, Object... args) throws Exception {
        Method found = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no public " + method + " with " + args.length + " arguments on " + type));
        try {
            return found.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Path locationOf(Class<?> type) throws URISyntaxException {
        URI location = type.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path path = Path.of(location);
        assertThat(Files.exists(path)).as("location of %s", type).isTrue();
        return path;
    }

    @Test
    void theDependencyJarsAreOnTheClassPath() {
        // Guards the file-name selection above: each prefix must match at least one jar.
        List<String> jars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName().toString()).filter(name -> name.endsWith(".jar")).toList();
        for (String prefix : DEPENDENCY_JARS) {
            assertThat(jars).as("jars named %s*", prefix).anyMatch(name -> name.startsWith(prefix));
        }
    }
}
