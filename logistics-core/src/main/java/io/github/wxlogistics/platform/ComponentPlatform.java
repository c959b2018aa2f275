package io.github.wxlogistics.platform;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.event.AuthorizedEvent;
import io.github.wxlogistics.event.ComponentVerifyTicketEvent;
import io.github.wxlogistics.event.UnauthorizedEvent;
import io.github.wxlogistics.event.UpdateAuthorizedEvent;
import io.github.wxlogistics.error.AuthorizationRevokedException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.internal.call.ErrorMapper;
import io.github.wxlogistics.internal.platform.ComponentApi;
import io.github.wxlogistics.internal.platform.PlatformWire;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.internal.transport.Defaults;
import io.github.wxlogistics.internal.transport.LoggingTransport;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.ComponentTicket;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.spi.TokenSlot;
import io.github.wxlogistics.token.TokenSettings;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A third-party platform (第三方平台, a "component") that calls WeChat for the merchants that
 * authorized it: one transport, one scheduler, one codec and one set of listeners shared by every
 * merchant, with the platform's state in a {@link PlatformStore}.
 *
 * <pre>{@code
 * ComponentPlatform platform = ComponentPlatform.builder()
 *         .componentAppId("wxcomponent0000001").componentSecret(secret)
 *         .pushToken(token).encodingAesKey(aesKey)
 *         .build();
 * PushReceiver events = platform.pushReceiver().build();   // serve it on the authorization-event URL
 * LogisticsClient merchant = platform.forAuthorizer("wxmerchant00000001");
 * merchant.merchant().addOrder(order);
 * }</pre>
 *
 * <p>The component side: WeChat pushes {@code component_verify_ticket} every 10 minutes to the
 * authorization-event URL; {@link #pushReceiver()} verifies and decrypts it with the platform's
 * Token and EncodingAESKey and keeps it in the store; {@link #componentTokens()} fetches
 * {@code component_access_token} from the latest ticket. {@link #createPreAuthCode()},
 * {@link #authorizationUrl} and {@link #queryAuth} complete an authorization; the
 * {@code authorized}, {@code updateauthorized} and {@code unauthorized} pushes keep the store up to date.
 *
 * <p>The authorizer side: {@link #forAuthorizer(String)} gives the client for one merchant, whose
 * calls carry that merchant's {@code authorizer_access_token}, refreshed through
 * {@code api_authorizer_token} with the stored refresh token (rotated when WeChat returns a new one).
 * When the authorization is gone the calls fail with
 * {@link io.github.wxlogistics.error.AuthorizationRevokedException} and the
 * {@link PlatformListener} is told.
 *
 * <p>Thread-safe. Tickets, tokens, refresh tokens, the secret, the push Token and the
 * EncodingAESKey never appear in a log line, an exception message or {@link #toString()}.
 *
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/component_verify_ticket.html">component_verify_ticket</a>
 */
public final class ComponentPlatform implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.platform");
    static final String OP_COMPONENT_TOKEN = "api_component_token";
    static final String OP_PRE_AUTH = "api_create_preauthcode";
    static final String OP_QUERY_AUTH = "api_query_auth";
    static final String OP_AUTHORIZER_TOKEN = "api_authorizer_token";
    static final String PATH_COMPONENT_TOKEN = "/cgi-bin/component/api_component_token";
    static final String PATH_PRE_AUTH = "/cgi-bin/component/api_create_preauthcode";
    static final String PATH_QUERY_AUTH = "/cgi-bin/component/api_query_auth";
    static final String PATH_AUTHORIZER_TOKEN = "/cgi-bin/component/api_authorizer_token";
    /** api_authorizer_token's answers that mean the authorization is gone: invalid refresh token, not authorized. */
    private static final Set<Integer> REVOKED = Set.of(61023, 61003);

    private final Builder settings;
    private final HttpTransport transport;
    private final HttpTransport ownedTransport;
    private final ScheduledExecutorService scheduler;
    private final ScheduledExecutorService ownedScheduler;
    private final JsonCodec codec;
    private final PlatformStore store;
    private final ComponentApi api;
    private final AccessTokenProvider componentTokens;
    private final Map<String, AccessTokenProvider> authorizerTokens = new ConcurrentHashMap<>();
    private final Map<String, LogisticsClient> clients = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The merchants whose loss the listener was told of and that have not authorized (or fetched a token) since. */
    private final Set<String> lost = ConcurrentHashMap.newKeySet();

    private ComponentPlatform(Builder b) {
        this.settings = b;
        this.ownedTransport = b.transport == null ? Defaults.discoverTransport() : null;
        this.transport = b.transport != null ? b.transport : ownedTransport;
        this.ownedScheduler = b.scheduler == null ? Defaults.newScheduler("wxlogistics-platform-scheduler") : null;
        this.scheduler = b.scheduler != null ? b.scheduler : ownedScheduler;
        this.codec = b.codec != null ? b.codec : LogisticsClient.defaultJsonCodec();
        this.store = b.store;
        this.api = new ComponentApi(new LoggingTransport(transport, b.clock), codec, b.baseUri, b.attemptTimeout);
        this.componentTokens = store.tokens(TokenSlot.component(b.componentAppId), rejected -> fetchComponentToken());
    }

    private CompletableFuture<AccessToken> fetchComponentToken() {
        if (closed.get()) {
            return CompletableFuture.failedFuture(closedException());
        }
        return store.ticket(settings.componentAppId).thenCompose(ticket -> {
            if (ticket.isEmpty()) {
                throw TransportException.notSent(OP_COMPONENT_TOKEN + " not sent: no component_verify_ticket of platform "
                        + settings.componentAppId + " is stored yet (WeChat pushes one every 10 minutes to the"
                        + " authorization-event URL, which must be served by pushReceiver())", null, false);
            }
            Instant sentAt = settings.clock.instant();
            return api.post(OP_COMPONENT_TOKEN, PATH_COMPONENT_TOKEN, null,
                    new PlatformWire.ComponentTokenRequest(settings.componentAppId, settings.componentSecret,
                            ticket.get().value()), PlatformWire.ComponentTokenReply.class,
                    PlatformWire.ComponentTokenReply::errcode, PlatformWire.ComponentTokenReply::errmsg,
                    List.of(settings.componentSecret, ticket.get().value()))
                    .thenApply(reply -> ComponentApi.token(OP_COMPONENT_TOKEN, "component_access_token",
                            reply.componentAccessToken(), reply.expiresIn(), sentAt));
        });
    }

    /** Runs one component call with the component token; a token rejection refreshes it and replays once. */
    private <T> CompletableFuture<T> withComponentToken(String operation,
            Function<AccessToken, CompletableFuture<T>> call) {
        return componentTokens.token().thenCompose(token -> call.apply(token).exceptionallyCompose(err -> {
            Throwable cause = ErrorMapper.unwrap(err);
            if (cause instanceof ApiException refused && refused.isTokenRejected()) {
                return componentTokens.refresh(token).thenCompose(call);
            }
            return CompletableFuture.failedFuture(cause);
        }));
    }

    /** One api_authorizer_token round, run under the store's lease for the merchant's slot. */
    private CompletableFuture<AccessToken> fetchAuthorizerToken(String appId) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(closedException());
        }
        return store.refreshToken(settings.componentAppId, appId).thenCompose(kept -> {
            if (kept.isEmpty()) {
                notifyLost(new AuthorizationLost(appId, AuthorizationLost.LossReason.NO_REFRESH_TOKEN, 0));
                throw new AuthorizationRevokedException(appId, 0, "the platform's store holds no authorizer_refresh_token"
                        + " for it (never authorized, or the authorization was revoked)");
            }
            RefreshToken used = kept.get();
            Instant sentAt = settings.clock.instant();
            return withComponentToken(OP_AUTHORIZER_TOKEN, token -> api.post(OP_AUTHORIZER_TOKEN, PATH_AUTHORIZER_TOKEN,
                    token, new PlatformWire.AuthorizerTokenRequest(settings.componentAppId, appId, used.value()),
                    PlatformWire.AuthorizerTokenReply.class, PlatformWire.AuthorizerTokenReply::errcode,
                    PlatformWire.AuthorizerTokenReply::errmsg, List.of(used.value())))
                    .exceptionallyCompose(err -> revokedIfRefused(appId, ErrorMapper.unwrap(err)))
                    .thenCompose(reply -> {
                        AccessToken fresh = ComponentApi.token(OP_AUTHORIZER_TOKEN, "authorizer_access_token",
                                reply.authorizerAccessToken(), reply.expiresIn(), sentAt);
                        lost.remove(appId);
                        String next = reply.authorizerRefreshToken();
                        if (next == null || next.isBlank() || next.equals(used.value())) {
                            return CompletableFuture.completedFuture(fresh);
                        }
                        return store.replaceRefreshToken(settings.componentAppId, appId, used, new RefreshToken(next))
                                .thenApply(replaced -> {
                                    if (replaced) {
                                        LOG.log(Level.DEBUG, "authorizer {0}: refresh token rotated and stored", appId);
                                        notify(() -> settings.platformListener.onRefreshTokenRotated(appId));
                                    }
                                    return fresh;
                                });
                    });
        });
    }

    private CompletableFuture<PlatformWire.AuthorizerTokenReply> revokedIfRefused(String appId, Throwable cause) {
        if (cause instanceof ApiException refused && REVOKED.contains(refused.errcode())) {
            return store.forget(settings.componentAppId, appId).handle((v, e) -> {
                notifyLost(new AuthorizationLost(appId, AuthorizationLost.LossReason.REFRESH_REFUSED, refused.errcode()));
                throw new AuthorizationRevokedException(appId, refused.errcode(),
                        "api_authorizer_token refused its authorizer_refresh_token");
            });
        }
        return CompletableFuture.failedFuture(cause);
    }

    /** Tells the log and the listener once per loss: the calls that fail after it only throw. */
    private void notifyLost(AuthorizationLost loss) {
        if (!lost.add(loss.authorizerAppId())) {
            return;
        }
        if (loss.reason() == AuthorizationLost.LossReason.NO_REFRESH_TOKEN) {
            LOG.log(Level.WARNING, "authorizer {0} has no authorization of platform {1} in the store (never authorized,"
                    + " or revoked): it must authorize the platform", loss.authorizerAppId(), settings.componentAppId);
        } else {
            LOG.log(Level.WARNING, "authorizer {0} must authorize platform {1} again ({2}{3})", loss.authorizerAppId(),
                    settings.componentAppId, loss.reason(), loss.errcode() == 0 ? "" : ", errcode "
                            + Integer.toString(loss.errcode()));
        }
        notify(() -> settings.platformListener.onAuthorizationLost(loss));
    }

    private IllegalStateException closedException() {
        return new IllegalStateException("platform " + settings.componentAppId + " is closed");
    }

    private void checkOpen() {
        if (closed.get()) {
            throw closedException();
        }
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a PlatformListener threw " + e.getClass().getName() + "; ignored");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * A builder; component AppID, secret, push Token and EncodingAESKey are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The platform's AppID ({@code component_appid}).
     *
     * @return the platform's AppID
     */
    public String componentAppId() {
        return settings.componentAppId;
    }

    /**
     * A receiver builder for the platform's authorization-event URL, set up with the platform's
     * AppID, Token and EncodingAESKey (safe mode) and handling {@code component_verify_ticket},
     * {@code authorized}, {@code updateauthorized} and {@code unauthorized}. Add an executor, a
     * duplicate store, a listener or a fallback, then build it and serve it through any push adapter.
     *
     * <p>Once the platform is closed, its receivers answer these pushes with HTTP 500 (nothing is
     * stored; WeChat re-sends, to another instance of the fleet say).
     *
     * @return a new, pre-configured receiver builder
     * @throws IllegalStateException if the platform is closed
     */
    public PushReceiver.Builder pushReceiver() {
        checkOpen();
        return PushReceiver.builder().appId(settings.componentAppId).token(settings.pushToken)
                .encodingAesKey(settings.encodingAesKey).clock(settings.clock)
                .onAsync(ComponentVerifyTicketEvent.class, this::onTicket)
                .onAsync(AuthorizedEvent.class, e -> onAuthorized(e.authorizerAppid(), e.authorizationCode()))
                .onAsync(UpdateAuthorizedEvent.class, e -> onAuthorized(e.authorizerAppid(), e.authorizationCode()))
                .onAsync(UnauthorizedEvent.class, this::onUnauthorized);
    }

    private CompletableFuture<Void> onTicket(ComponentVerifyTicketEvent event) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(closedException());
        }
        if (event.componentVerifyTicket() == null || event.componentVerifyTicket().isBlank()) {
            LOG.log(Level.WARNING, "a component_verify_ticket push without ComponentVerifyTicket; ignored");
            return CompletableFuture.completedFuture(null);
        }
        long created = event.envelope().createTime();
        Instant createdAt = created > 0 ? Instant.ofEpochSecond(created) : settings.clock.instant();
        // Answered once stored: if the store fails, the 500 makes WeChat re-send.
        return store.saveTicket(settings.componentAppId, new ComponentTicket(event.componentVerifyTicket(), createdAt))
                .thenRun(() -> LOG.log(Level.DEBUG, "platform {0}: component_verify_ticket of {1} stored",
                        settings.componentAppId, createdAt));
    }

    private CompletableFuture<Void> onAuthorized(String appId, String code) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(closedException());
        }
        if (code == null || code.isBlank() || appId == null) {
            LOG.log(Level.WARNING, "an authorization push without AuthorizerAppid or AuthorizationCode; ignored");
            return CompletableFuture.completedFuture(null);
        }
        return queryAuth(code).<Void>thenApply(info -> null).exceptionallyCompose(err -> {
            Throwable cause = ErrorMapper.unwrap(err);
            if (cause instanceof ApiException refused) {
                // WeChat's own refusal (a code already redeemed through the redirect, say): a re-send would get the same.
                LOG.log(Level.WARNING, "authorizer {0}: api_query_auth for its authorization push failed with errcode {1};"
                        + " answered success (WeChat will not re-send it: redeem the redirect's auth_code with queryAuth,"
                        + " or ask the merchant to authorize again)", appId, Integer.toString(refused.errcode()));
                // Told as a loss only when no earlier authorization of the merchant still works.
                return store.refreshToken(settings.componentAppId, appId).thenAccept(kept -> {
                    if (kept.isEmpty()) {
                        notifyLost(new AuthorizationLost(appId, AuthorizationLost.LossReason.AUTHORIZATION_REFUSED,
                                refused.errcode()));
                    }
                });
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    private CompletableFuture<Void> onUnauthorized(UnauthorizedEvent event) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(closedException());
        }
        String appId = event.authorizerAppid();
        if (appId == null || appId.isBlank()) {
            LOG.log(Level.WARNING, "an unauthorized push without AuthorizerAppid; ignored");
            return CompletableFuture.completedFuture(null);
        }
        return store.forget(settings.componentAppId, appId)
                .thenRun(() -> notifyLost(new AuthorizationLost(appId, AuthorizationLost.LossReason.UNAUTHORIZED_EVENT, 0)));
    }

    /**
     * The provider of the platform's {@code component_access_token} ({@code api_component_token}),
     * fetched from the latest ticket in the store, shared through the store (one fetch at a time,
     * compare-and-refresh) and used until five minutes (at most half its lifetime) before it expires.
     * A fetch with no ticket in the store fails with a {@link TransportException} saying nothing was sent.
     *
     * @return the provider, the same on every call
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/component_access_token.html">api_component_token</a>
     */
    public AccessTokenProvider componentTokens() {
        checkOpen();
        return componentTokens;
    }

    /**
     * The provider of one merchant's {@code authorizer_access_token} ({@code api_authorizer_token}
     * with the stored refresh token), shared through the store like {@link #componentTokens()}.
     * When WeChat returns a new refresh token it replaces the stored one (and
     * {@link PlatformListener#onRefreshTokenRotated} is told). When the store holds none, or WeChat
     * refuses it (61023, 61003), the fetch fails with {@link AuthorizationRevokedException} and
     * {@link PlatformListener#onAuthorizationLost} is told.
     *
     * @param authorizerAppId the merchant's AppID
     * @return the provider, the same on every call for this AppID
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/api_authorizer_token.html">api_authorizer_token</a>
     */
    public AccessTokenProvider authorizerTokens(String authorizerAppId) {
        TokenSlot.checkAppId(authorizerAppId, "authorizerAppId");
        checkOpen();
        return authorizerTokens.computeIfAbsent(authorizerAppId, appId -> store.tokens(
                TokenSlot.authorizer(settings.componentAppId, appId), rejected -> fetchAuthorizerToken(appId)));
    }

    /**
     * Asks WeChat for a pre-authorization code ({@code api_create_preauthcode}), valid 30 minutes.
     *
     * @return a stage with the code; it fails with the library's exceptions
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/pre_auth_code.html">api_create_preauthcode</a>
     */
    public CompletableFuture<PreAuthCode> createPreAuthCode() {
        checkOpen();
        Instant sentAt = settings.clock.instant();
        return withComponentToken(OP_PRE_AUTH, token -> api.post(OP_PRE_AUTH, PATH_PRE_AUTH, token,
                new PlatformWire.PreAuthCodeRequest(settings.componentAppId), PlatformWire.PreAuthCodeReply.class,
                PlatformWire.PreAuthCodeReply::errcode, PlatformWire.PreAuthCodeReply::errmsg, List.of()))
                .thenApply(reply -> {
                    AccessToken code = ComponentApi.token(OP_PRE_AUTH, "pre_auth_code", reply.preAuthCode(),
                            reply.expiresIn(), sentAt);
                    return new PreAuthCode(code.value(), sentAt.plusSeconds(reply.expiresIn()));
                });
    }

    /**
     * The link a merchant's administrator opens on a PC to authorize the platform:
     * {@code https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid=..&pre_auth_code=..
     * &redirect_uri=..&auth_type=2} ({@code auth_type=2}: mini programs only). WeChat then pushes
     * {@code authorized}, and redirects to {@code redirectUri} with {@code auth_code}, which
     * {@link #queryAuth} redeems (either is enough).
     *
     * @param code        a fresh pre-authorization code
     * @param redirectUri where WeChat sends the administrator back; its domain must be the
     *                    platform's registered login domain
     * @return the link
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/authorization_flow.html">authorization flow</a>
     */
    public URI authorizationUrl(PreAuthCode code, URI redirectUri) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(redirectUri, "redirectUri");
        return URI.create("https://mp.weixin.qq.com/cgi-bin/componentloginpage?component_appid="
                + encode(settings.componentAppId) + "&pre_auth_code=" + encode(code.value())
                + "&redirect_uri=" + encode(redirectUri.toString()) + "&auth_type=2");
    }

    /**
     * Completes an authorization ({@code api_query_auth}): stores the merchant's refresh token and
     * tells the {@link PlatformListener}. The platform's receiver does this itself for the
     * {@code authorized} and {@code updateauthorized} pushes.
     *
     * @param authorizationCode the {@code auth_code} of the redirect, or the
     *                          {@code AuthorizationCode} of an {@code authorized} push
     * @return a stage with what the merchant granted; it fails with the library's exceptions
     *     (an {@link io.github.wxlogistics.error.ApiException} when WeChat refuses the code)
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/authorization_info.html">api_query_auth</a>
     */
    public CompletableFuture<AuthorizationInfo> queryAuth(String authorizationCode) {
        Objects.requireNonNull(authorizationCode, "authorizationCode");
        checkOpen();
        return withComponentToken(OP_QUERY_AUTH, token -> api.post(OP_QUERY_AUTH, PATH_QUERY_AUTH, token,
                new PlatformWire.QueryAuthRequest(settings.componentAppId, authorizationCode),
                PlatformWire.QueryAuthReply.class, PlatformWire.QueryAuthReply::errcode,
                PlatformWire.QueryAuthReply::errmsg, List.of(authorizationCode)))
                .thenCompose(reply -> {
                    PlatformWire.AuthorizationInfoReply info = reply.authorizationInfo();
                    if (info == null || info.authorizerAppid() == null || info.authorizerRefreshToken() == null
                            || info.authorizerRefreshToken().isBlank()) {
                        throw new DecodeException(OP_QUERY_AUTH + " reply lacks authorization_info with authorizer_appid"
                                + " and authorizer_refresh_token", null);
                    }
                    List<Integer> sets = new ArrayList<>();
                    for (PlatformWire.FuncInfo func : info.funcInfo() == null ? List.<PlatformWire.FuncInfo>of() : info.funcInfo()) {
                        if (func != null && func.funcscopeCategory() != null && func.funcscopeCategory().id() != null) {
                            sets.add(Math.toIntExact(func.funcscopeCategory().id()));
                        }
                    }
                    AuthorizationInfo granted = new AuthorizationInfo(info.authorizerAppid(), sets);
                    return store.saveRefreshToken(settings.componentAppId, info.authorizerAppid(),
                            new RefreshToken(info.authorizerRefreshToken())).thenApply(saved -> {
                                lost.remove(info.authorizerAppid());
                                LOG.log(Level.INFO, "authorizer {0} authorized platform {1}, permission sets {2}",
                                        info.authorizerAppid(), settings.componentAppId, sets);
                                notify(() -> settings.platformListener.onAuthorized(granted));
                                return granted;
                            });
                });
    }

    /**
     * The client for one merchant: the same calls as any {@link LogisticsClient} (blocking, and
     * non-blocking through {@code async()}), with that merchant's {@code authorizer_access_token}.
     * It shares the platform's transport, scheduler, codec and listeners and owns nothing: the
     * same instance is returned for the same AppID, and {@link #close()} closes it. Do not close it yourself.
     *
     * @param authorizerAppId the merchant's AppID ({@code authorizer_appid})
     * @return the merchant's client
     * @throws IllegalStateException if the platform is closed
     */
    public LogisticsClient forAuthorizer(String authorizerAppId) {
        TokenSlot.checkAppId(authorizerAppId, "authorizerAppId");
        checkOpen();
        return clients.computeIfAbsent(authorizerAppId, appId -> {
            LogisticsClient.Builder client = LogisticsClient.builder().tokenProvider(authorizerTokens(appId))
                    .transport(transport).scheduler(scheduler).jsonCodec(codec).baseUri(settings.baseUri)
                    .clock(settings.clock).callTimeout(settings.callTimeout).attemptTimeout(settings.attemptTimeout)
                    .retryPolicy(settings.retryPolicy);
            client.listener(new AuthorizerListener(appId, settings.listener, settings.platformListener));
            return client.build();
        });
    }

    /**
     * Closes every merchant's client, then what the builder created (a discovered transport, the
     * scheduler); never what was passed in (transport, scheduler, store). Afterwards every method
     * that would reach WeChat or the store throws {@link IllegalStateException} ("platform ... is
     * closed"), token fetches fail with it, and receivers built from {@link #pushReceiver()}
     * answer the platform's pushes with HTTP 500. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            clients.values().forEach(LogisticsClient::close);
            if (ownedScheduler != null) {
                ownedScheduler.shutdownNow();
            }
            if (ownedTransport != null) {
                ownedTransport.close();
            }
        }
    }

    /**
     * Names the platform and how many merchant clients it holds.
     *
     * @return a description without any secret
     */
    @Override
    public String toString() {
        return "ComponentPlatform[componentAppId=" + settings.componentAppId + ", authorizers=" + clients.size() + "]";
    }

    /** Builds a {@link ComponentPlatform}. Not thread-safe; build once and share the platform. */
    public static final class Builder {
        private String componentAppId;
        private String componentSecret;
        private String pushToken;
        private String encodingAesKey;
        private PlatformStore store;
        private HttpTransport transport;
        private ScheduledExecutorService scheduler;
        private JsonCodec codec;
        private URI baseUri = TokenSettings.DEFAULT_BASE_URI;
        private Clock clock = Clock.systemUTC();
        private Duration callTimeout = Duration.ofSeconds(30);
        private Duration attemptTimeout = Duration.ofSeconds(10);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private LogisticsListener listener;
        private PlatformListener platformListener = new PlatformListener() { };

        private Builder() {
        }

        /**
         * The platform's AppID ({@code component_appid}). Required.
         *
         * @param value the AppID
         * @return this builder
         */
        public Builder componentAppId(String value) {
            this.componentAppId = TokenSlot.checkAppId(value, "componentAppId");
            return this;
        }

        /**
         * The platform's AppSecret ({@code component_appsecret}). Required; never logged nor shown.
         *
         * @param value the secret
         * @return this builder
         */
        public Builder componentSecret(String value) {
            this.componentSecret = Objects.requireNonNull(value, "componentSecret");
            return this;
        }

        /**
         * The message-check Token (消息校验Token) of the authorization-event URL. Required; never logged.
         *
         * @param value the Token
         * @return this builder
         */
        public Builder pushToken(String value) {
            this.pushToken = Objects.requireNonNull(value, "pushToken");
            return this;
        }

        /**
         * The EncodingAESKey (消息加解密Key), 43 characters. Required; never logged.
         *
         * @param value the key
         * @return this builder
         */
        public Builder encodingAesKey(String value) {
            this.encodingAesKey = Objects.requireNonNull(value, "encodingAesKey");
            return this;
        }

        /**
         * Where tickets, tokens and refresh tokens are kept. Borrowed. Default: a new
         * {@link InMemoryPlatformStore} (one process; lost on restart).
         *
         * @param value the store
         * @return this builder
         */
        public Builder store(PlatformStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * The HTTP transport every merchant's calls and the platform's own share. Borrowed: not
         * closed by {@link ComponentPlatform#close()}. Default: one found on the class path, owned.
         *
         * @param value the transport
         * @return this builder
         */
        public Builder transport(HttpTransport value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        /**
         * The scheduler for deadlines and backoff, shared by every merchant. Borrowed. Default: one
         * daemon thread, owned.
         *
         * @param value the scheduler
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        /**
         * The JSON codec. Default: {@link LogisticsClient#defaultJsonCodec()}, one instance shared.
         *
         * @param value the codec
         * @return this builder
         */
        public Builder jsonCodec(JsonCodec value) {
            this.codec = Objects.requireNonNull(value, "jsonCodec");
            return this;
        }

        /**
         * The API host. Default {@code https://api.weixin.qq.com}.
         *
         * @param value the base URI
         * @return this builder
         */
        public Builder baseUri(URI value) {
            this.baseUri = Objects.requireNonNull(value, "baseUri");
            return this;
        }

        /**
         * The clock. Default: system UTC.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The deadline of a whole call. Default 30 s.
         *
         * @param value positive
         * @return this builder
         */
        public Builder callTimeout(Duration value) {
            this.callTimeout = Objects.requireNonNull(value, "callTimeout");
            return this;
        }

        /**
         * The deadline of one exchange. Default 10 s.
         *
         * @param value positive
         * @return this builder
         */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = Objects.requireNonNull(value, "attemptTimeout");
            return this;
        }

        /**
         * Retries of reads. Default {@link RetryPolicy#defaults()}.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * A listener of every merchant's calls and token fetches (metrics, traces).
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(LogisticsListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * What the app is told about authorizations. Default: nothing.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder platformListener(PlatformListener value) {
            this.platformListener = Objects.requireNonNull(value, "platformListener");
            return this;
        }

        /**
         * Builds the platform.
         *
         * @return a new platform, to be closed when no longer used
         * @throws IllegalStateException naming every required setting that is missing
         */
        public ComponentPlatform build() {
            StringBuilder missing = new StringBuilder();
            if (componentAppId == null) {
                missing.append(" componentAppId");
            }
            if (componentSecret == null) {
                missing.append(" componentSecret");
            }
            if (pushToken == null) {
                missing.append(" pushToken");
            }
            if (encodingAesKey == null) {
                missing.append(" encodingAesKey");
            }
            if (missing.length() > 0) {
                throw new IllegalStateException("ComponentPlatform needs:" + missing);
            }
            List<String> broken = new ArrayList<>();
            if (componentSecret.isBlank()) {
                broken.add("componentSecret is blank");
            }
            // The open platform's pages give no character rule for its 消息校验Token (the mini program console's
            // says letters and digits, 3 to 32); what cannot be one in any console is refused.
            if (pushToken.isBlank()) {
                broken.add("pushToken is blank");
            } else if (pushToken.chars().anyMatch(Character::isWhitespace)) {
                broken.add("pushToken contains whitespace (the 消息校验Token of the open platform's settings has none;"
                        + " copied with a space or line break?)");
            }
            try {
                PushCrypto.create(encodingAesKey, componentAppId);
            } catch (IllegalArgumentException e) {
                broken.add("encodingAesKey: " + e.getMessage() + " (the 消息加解密Key of the open platform's settings)");
            }
            if (!broken.isEmpty()) {
                throw new IllegalStateException("ComponentPlatform: " + String.join("; ", broken));
            }
            if (store == null) {
                store = InMemoryPlatformStore.create(clock);
            }
            return new ComponentPlatform(this);
        }
    }
}
