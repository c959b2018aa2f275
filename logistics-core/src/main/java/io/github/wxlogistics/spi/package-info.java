/**
 * The driven ports of the core and their value types: {@link io.github.wxlogistics.spi.HttpTransport},
 * {@link io.github.wxlogistics.spi.AccessTokenProvider}, {@link io.github.wxlogistics.spi.JsonCodec} and, for
 * third-party platforms, {@link io.github.wxlogistics.spi.PlatformStore}.
 * Adapters implement these and nothing else of the core.
 */
package io.github.wxlogistics.spi;
