package io.github.wxlogistics.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The driven port that supplies access tokens.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #token()} MUST return a usable token, from a cache where it has one; concurrent
 *       callers that find the cache empty or expired MUST share one fetch.</li>
 *   <li>{@link #refresh(AccessToken)} is compare-and-refresh: if the cached token is no longer
 *       {@code rejected}, it MUST return the cached one without fetching; otherwise it fetches a
 *       new token, again shared by concurrent callers. A burst of rejections therefore causes one
 *       fetch, not one per call.</li>
 *   <li>A fetch that WeChat refuses completes exceptionally with
 *       {@link io.github.wxlogistics.error.ApiException} carrying the token endpoint's errcode.</li>
 *   <li>Implementations MUST be thread-safe and MUST NOT block the calling thread.</li>
 * </ul>
 */
public interface AccessTokenProvider {

    /**
     * The current token.
     *
     * @return the current token
     */
    CompletableFuture<AccessToken> token();

    /**
     * A token other than {@code rejected}, after WeChat refused {@code rejected} with 40001, 40014
     * or 42001.
     *
     * @param rejected the token WeChat refused
     * @return a token other than {@code rejected}, after WeChat refused {@code rejected} with 40001, 40014 or
     *     42001
     */
    CompletableFuture<AccessToken> refresh(AccessToken rejected);
}
