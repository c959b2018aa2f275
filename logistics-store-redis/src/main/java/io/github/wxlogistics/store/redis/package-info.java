/**
 * Fleet state on Redis (Lettuce): {@link io.github.wxlogistics.store.redis.RedisDuplicateStore},
 * a {@link io.github.wxlogistics.spi.DuplicateStore} every push receiver of a fleet shares, so a
 * push WeChat re-sends to another instance is handled once and answered with the first reply; and
 * {@link io.github.wxlogistics.store.redis.RedisTokenProvider}, an
 * {@link io.github.wxlogistics.spi.AccessTokenProvider} whose token the fleet shares, fetched by one
 * instance at a time; and {@link io.github.wxlogistics.store.redis.RedisPlatformStore}, the
 * {@link io.github.wxlogistics.spi.PlatformStore} of a third-party platform's fleet (ticket, shared
 * component and authorizer tokens, durable refresh tokens). docs/fleet.md says when a fleet needs them.
 */
package io.github.wxlogistics.store.redis;
