package io.github.wxlogistics.store.redis;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The Redis the tests share: {@code $WX_TEST_REDIS_URI} when set (.ci/run starts one and sets it),
 * which MUST answer; otherwise a redis-server the run starts from the PATH and stops at its end.
 * No test is skipped for want of Redis: they fail, saying what to do.
 *
 * <p>Tests take it as a parameter through {@link Extension}; each test uses its own key prefix.
 */
final class SharedRedis implements AutoCloseable {

    static final String ENV = "WX_TEST_REDIS_URI";

    private final RedisURI uri;
    private final RedisProcess own;

    private SharedRedis(RedisURI uri, RedisProcess own) {
        this.uri = uri;
        this.own = own;
    }

    RedisURI uri() {
        return uri;
    }

    /** Where the Redis came from, for the figures the tests print. */
    String origin() {
        return own != null ? "redis-server started by the tests on port " + own.port() : ENV;
    }

    static SharedRedis open() {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            RedisURI uri;
            try {
                uri = RedisURI.create(configured.trim());
            } catch (RuntimeException e) {
                throw new AssertionError(ENV + " is not a Redis URI such as redis://127.0.0.1:6390: " + e.getMessage(), e);
            }
            try (TestClient client = TestClient.create()) {
                client.sync(uri).ping();
            } catch (RuntimeException e) {
                throw new AssertionError(ENV + " is set, but the Redis at " + uri.getHost() + ":" + uri.getPort()
                        + " does not answer (" + e + "); start it, or unset " + ENV
                        + " to let the tests start redis-server from the PATH", e);
            }
            return new SharedRedis(uri, null);
        }
        RedisProcess process = RedisProcess.start();
        return new SharedRedis(RedisURI.builder().withHost("127.0.0.1").withPort(process.port())
                .withTimeout(Duration.ofSeconds(5)).build(), process);
    }

    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }

    /** Injects the run's {@link SharedRedis}, started once and stopped when the run ends. */
    static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedRedis.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return Objects.requireNonNull(context.getRoot().getStore(ExtensionContext.Namespace.create(SharedRedis.class))
                    .computeIfAbsent(SharedRedis.class, type -> open(), SharedRedis.class));
        }
    }
}
