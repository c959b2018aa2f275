package io.github.wxlogistics.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The published jar is a named module, {@code io.github.wxlogistics.store.redis}, that resolves on
 * the module path with the core and Lettuce ({@code lettuce.core}, an automatic module) and its
 * Netty and Reactor jars, exports its one package, and works from a module layer: a store loaded
 * there claims a key in a real Redis.
 */
@ExtendWith(SharedRedis.Extension.class)
class StoreModuleTest {

    private static final String MODULE = "io.github.wxlogistics.store.redis";
    private static final List<String> DEPENDENCY_JARS = List.of("lettuce-core-", "netty-", "reactor-core-",
            "reactive-streams-", "redis-authx-core-", "slf4j-api-", "jakarta.json", "yasson-", "parsson-");

    private static Path locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theModuleResolvesOnTheModulePathAndItsStoreClaimsInRedis(SharedRedis redis) throws Exception {
        List<Path> paths = new ArrayList<>(List.of(locationOf(LogisticsClient.class), locationOf(RedisDuplicateStore.class)));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith(".jar") && DEPENDENCY_JARS.stream().anyMatch(name::startsWith)) {
                paths.add(Path.of(entry));
            }
        }
        ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
        // Automatic modules (Lettuce, Reactor) require nothing, so every module found is a root.
        Set<String> roots = finder.findAll().stream().map(ModuleReference::descriptor).map(ModuleDescriptor::name)
                .collect(Collectors.toSet());
        Configuration configuration = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), roots);
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());

        Module store = layer.findModule(MODULE).orElseThrow();
        ModuleDescriptor descriptor = store.getDescriptor();
        assertThat(descriptor.isAutomatic()).isFalse();
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly(MODULE);
        assertThat(descriptor.requires()).filteredOn(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("io.github.wxlogistics.core", "lettuce.core");
        assertThat(layer.findModule("lettuce.core").orElseThrow().getDescriptor().isAutomatic()).isTrue();
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).contains("org.slf4j");

        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> clientType = Class.forName("io.lettuce.core.RedisClient", true, loader);
        Class<?> uriType = Class.forName("io.lettuce.core.RedisURI", true, loader);
        Class<?> storeType = Class.forName("io.github.wxlogistics.store.redis.RedisDuplicateStore", true, loader);
        assertThat(storeType.getModule()).isSameAs(store);
        assertThat(storeType).isNotSameAs(RedisDuplicateStore.class);

        // Lettuce finds some classes (its JFR events) through the context class loader; in an
        // application on the module path that is the one copy. Here the class path holds a second.
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        try {
            claimThroughTheLayer(clientType, uriType, storeType, redis);
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    private static void claimThroughTheLayer(Class<?> clientType, Class<?> uriType, Class<?> storeType, SharedRedis redis)
            throws Exception {
        Object client = clientType.getMethod("create").invoke(null);
        Object uri = uriType.getMethod("create", String.class).invoke(null,
                "redis://" + redis.uri().getHost() + ":" + redis.uri().getPort());
        Object builder = storeType.getMethod("builder", clientType, uriType).invoke(null, client, uri);
        Method keyPrefix = builder.getClass().getMethod("keyPrefix", String.class);
        keyPrefix.invoke(builder, "test:module:" + System.nanoTime() + ":");
        // Netty and Lettuce load afresh in the layer: the first connection may take a while.
        builder.getClass().getMethod("connectTimeout", java.time.Duration.class).invoke(builder,
                java.time.Duration.ofSeconds(10));
        AutoCloseable built = (AutoCloseable) builder.getClass().getMethod("build").invoke(builder);
        try (built) {
            CompletionStage<?> claim = (CompletionStage<?>) storeType.getMethod("claim", String.class).invoke(built, "k");
            assertThat(claim.toCompletableFuture().get(20, TimeUnit.SECONDS).getClass().getSimpleName()).isEqualTo("Owner");
        } finally {
            clientType.getMethod("shutdown").invoke(client);
        }
    }
}
