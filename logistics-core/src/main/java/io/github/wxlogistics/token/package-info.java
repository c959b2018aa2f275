/**
 * Access-token providers: {@link io.github.wxlogistics.token.StableTokenProvider} (the default),
 * {@link io.github.wxlogistics.token.ClassicTokenProvider} and
 * {@link io.github.wxlogistics.token.FixedTokenProvider}.
 */
package io.github.wxlogistics.token;
