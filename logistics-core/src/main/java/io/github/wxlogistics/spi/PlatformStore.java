package io.github.wxlogistics.spi;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The driven port a third-party platform ({@code io.github.wxlogistics.platform.ComponentPlatform})
 * keeps its state in: the latest {@code component_verify_ticket}, the
 * {@code component_access_token}, every merchant's {@code authorizer_access_token} and, durably,
 * every merchant's {@code authorizer_refresh_token}. The default,
 * {@code io.github.wxlogistics.platform.InMemoryPlatformStore}, serves one process; a fleet shares
 * one store (Redis, {@code logistics-store-redis}) so that a ticket pushed to one instance serves
 * all, each token is fetched by one instance at a time, and an instance that restarts continues
 * without asking merchants to authorize again.
 *
 * <p>Contract every implementation MUST honour:
 * <ul>
 *   <li>{@link #saveTicket} keeps the ticket with the latest {@code createdAt}: a ticket older
 *       than the one kept is ignored (WeChat re-sends a push it got no answer to). The ticket MAY
 *       expire 12 hours after its {@code createdAt}, WeChat's validity.</li>
 *   <li>{@link #tokens} returns an {@link AccessTokenProvider} honouring that port's contract
 *       (single flight, compare-and-refresh) across everyone sharing the store: while a token kept
 *       for the slot is usable, {@code token()} returns it without fetching; when none is, or
 *       {@code refresh(rejected)} finds the kept one is still {@code rejected}, exactly one caller
 *       among all instances runs {@code fetch} at a time (a lease that frees itself if its holder
 *       dies), stores what it returns for the slot until its {@code expiresAt}, and the others
 *       use that token (waiting a bounded time). Calling {@code tokens} again for the same slot
 *       MAY return a new provider; the platform calls it once per slot and keeps the provider.</li>
 *   <li>{@code fetch} runs under that lease; the platform's fetch of an authorizer token reads
 *       {@link #refreshToken} and, when WeChat returns a new one, {@link #replaceRefreshToken}
 *       before its stage completes, so one instance at a time rotates a merchant's refresh token.</li>
 *   <li>Refresh tokens MUST be durable (no expiry; on Redis, persisted like any data that must
 *       survive a restart). {@link #replaceRefreshToken} MUST be atomic: it replaces only if the
 *       kept value is still {@code expected}.</li>
 *   <li>{@link #forget} removes a merchant's refresh token and kept authorizer token, so the next
 *       fetch finds no refresh token (the merchant revoked the authorization).</li>
 *   <li>Methods MUST NOT block the calling thread on I/O: they return stages, which MAY complete
 *       on any thread but MUST NOT complete on an I/O event loop a caller could block. A store
 *       failure completes the stage exceptionally with a
 *       {@link io.github.wxlogistics.error.TransportException}. Implementations MUST be safe for
 *       concurrent use.</li>
 *   <li>Tickets, tokens and refresh tokens are secrets: implementations MUST NOT put them in log
 *       lines, exception messages or {@code toString()}.</li>
 * </ul>
 *
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/api_authorizer_token.html">api_authorizer_token</a>
 */
public interface PlatformStore {

    /** Fetches a token for a slot; run by one caller at a time across everyone sharing the store. */
    @FunctionalInterface
    interface TokenFetch {
        /**
         * Starts one fetch.
         *
         * @param rejected the token WeChat refused when this fetch serves a
         *                 {@link AccessTokenProvider#refresh}, which the result MUST NOT be;
         *                 {@code null} when no usable token was kept
         * @return a stage with the new token; a failure is handed to every caller sharing this fetch
         *     and nothing is stored
         */
        CompletableFuture<AccessToken> fetch(AccessToken rejected);
    }

    /**
     * Keeps {@code ticket} as the component's latest, unless a later one is kept already.
     *
     * @param componentAppId the platform's AppID
     * @param ticket         the ticket WeChat pushed
     * @return a stage completing once stored (or ignored as older)
     */
    CompletableFuture<Void> saveTicket(String componentAppId, ComponentTicket ticket);

    /**
     * The component's latest ticket.
     *
     * @param componentAppId the platform's AppID
     * @return a stage with the ticket, or empty if none was pushed (or it expired)
     */
    CompletableFuture<Optional<ComponentTicket>> ticket(String componentAppId);

    /**
     * The shared provider of a slot's token.
     *
     * @param slot  which token
     * @param fetch how to get a new one; run under the slot's lease
     * @return a provider honouring the contract above; never {@code null}
     */
    AccessTokenProvider tokens(TokenSlot slot, TokenFetch fetch);

    /**
     * A merchant's refresh token.
     *
     * @param componentAppId  the platform's AppID
     * @param authorizerAppId the merchant's AppID
     * @return a stage with the refresh token, or empty if the merchant never authorized (or was forgotten)
     */
    CompletableFuture<Optional<RefreshToken>> refreshToken(String componentAppId, String authorizerAppId);

    /**
     * Keeps a merchant's refresh token, replacing any: a new authorization ({@code api_query_auth}).
     *
     * @param componentAppId  the platform's AppID
     * @param authorizerAppId the merchant's AppID
     * @param token           the refresh token
     * @return a stage completing once stored durably
     */
    CompletableFuture<Void> saveRefreshToken(String componentAppId, String authorizerAppId, RefreshToken token);

    /**
     * Replaces a merchant's refresh token only if the kept one is still {@code expected}: a rotation
     * ({@code api_authorizer_token} returned a new one).
     *
     * @param componentAppId  the platform's AppID
     * @param authorizerAppId the merchant's AppID
     * @param expected        the refresh token the fetch used
     * @param next            the refresh token WeChat returned
     * @return a stage with whether it was replaced (false: it changed or was removed meanwhile)
     */
    CompletableFuture<Boolean> replaceRefreshToken(String componentAppId, String authorizerAppId, RefreshToken expected,
            RefreshToken next);

    /**
     * Removes a merchant's refresh token and kept authorizer token: the authorization was revoked.
     *
     * @param componentAppId  the platform's AppID
     * @param authorizerAppId the merchant's AppID
     * @return a stage completing once removed (also when there was nothing)
     */
    CompletableFuture<Void> forget(String componentAppId, String authorizerAppId);
}
