/**
 * Fleet state on Redis through Lettuce: {@code RedisDuplicateStore}, the push receivers' shared
 * duplicate store, {@code RedisTokenProvider}, an access token shared by the fleet with one
 * fetch at a time, and {@code RedisPlatformStore}, a third-party platform's tickets, tokens and
 * durable refresh tokens. Lettuce ({@code lettuce.core}) is an automatic module; its types
 * ({@code RedisClient}, {@code RedisURI}) appear in this module's API, hence {@code requires transitive}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.wxlogistics.store.redis {
    requires transitive io.github.wxlogistics.core;
    requires transitive lettuce.core;
    // Lettuce 7.7 uses SLF4J at run time without declaring it: required so that the module path resolves it.
    requires org.slf4j;

    exports io.github.wxlogistics.store.redis;
}
