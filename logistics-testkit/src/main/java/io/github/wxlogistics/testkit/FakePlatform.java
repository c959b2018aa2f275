package io.github.wxlogistics.testkit;

import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.testkit.internal.OpenPlatformState;
import io.github.wxlogistics.testkit.internal.PushAttempt;
import io.github.wxlogistics.testkit.internal.PushPacket;
import io.github.wxlogistics.testkit.internal.PushSender;
import io.github.wxlogistics.testkit.internal.PushTarget;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The open platform (微信开放平台) as the fake plays it for one registered third-party platform:
 * it pushes {@code component_verify_ticket} to the platform's authorization-event URL on a schedule
 * (every 10 minutes by default; {@link #ticketInterval} speeds it up, {@link #pushTicket()} pushes one
 * now), issues component and authorizer tokens, lets a test authorize and de-authorize merchants
 * (pushing {@code authorized}, {@code updateauthorized} and {@code unauthorized}), and serves every
 * business call made with an authorizer token of an authorized merchant that granted the call's
 * permission set (61007 otherwise; 48001 for the courier-side calls, which WeChat does not open to
 * third parties; 42001 once expired; 40001 once revoked). Pushes are signed with the platform's
 * Token and encrypted with its EncodingAESKey (safe mode, XML, {@code <AppId>} beside {@code <Encrypt>}),
 * and recorded in {@link FakeWeChatServer#pushes()} with the recipient {@link #RECIPIENT}.
 *
 * <pre>{@code
 * FakeWeChatServer wechat = FakeWeChatServer.builder()
 *         .openPlatform("wxcomponent0000001", componentSecret, pushToken, aesKey).start();
 * FakePlatform open = wechat.platform();
 * open.eventUrl(URI.create("http://127.0.0.1:8080/wechat/platform"));
 * open.pushTicket();
 * open.authorize("wxmerchant00000001", 45);
 * }</pre>
 *
 * <p>The merchants share the fake's one logistics state (orders, accounts, waybills): the fake checks
 * who may call, not whose orders they are. Thread-safe. {@link #toString()} shows no secret.
 */
public final class FakePlatform implements AutoCloseable {

    /** The {@link RecordedPush#recipient()} of pushes to the platform's authorization-event URL. */
    public static final String RECIPIENT = "platform";
    /** WeChat's interval between two component_verify_ticket pushes. */
    public static final Duration DEFAULT_TICKET_INTERVAL = Duration.ofMinutes(10);

    private final OpenPlatformState state;
    private final String pushToken;
    private final PushCrypto crypto;
    private final Supplier<PushSender> sender;
    private final PushJournal journal;
    private final Clock clock;
    private final Object lock = new Object();
    private URI eventUrl;
    private Duration ticketInterval;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> schedule;
    private boolean closed;

    FakePlatform(OpenPlatformState state, String pushToken, String encodingAesKey, Duration ticketInterval,
            Supplier<PushSender> sender, PushJournal journal, Clock clock) {
        this.state = state;
        this.pushToken = pushToken;
        this.crypto = PushCrypto.create(encodingAesKey, state.componentAppId());
        this.ticketInterval = ticketInterval;
        this.sender = sender;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * The platform's AppID ({@code component_appid}).
     *
     * @return the AppID
     */
    public String componentAppId() {
        return state.componentAppId();
    }

    /**
     * Sets the authorization-event URL (授权事件接收URL) and starts pushing tickets to it every
     * {@link #ticketInterval} (the first one an interval from now; {@link #pushTicket()} for one now).
     *
     * @param url the URL, {@code http} on loopback in tests
     */
    public void eventUrl(URI url) {
        Objects.requireNonNull(url, "url");
        synchronized (lock) {
            this.eventUrl = url;
            reschedule();
        }
    }

    /**
     * The authorization-event URL, if set.
     *
     * @return the URL
     */
    public Optional<URI> eventUrl() {
        synchronized (lock) {
            return Optional.ofNullable(eventUrl);
        }
    }

    /**
     * Changes how often tickets are pushed (a test speeds it up); restarts the schedule.
     *
     * @param interval positive
     */
    public void ticketInterval(Duration interval) {
        if (Objects.requireNonNull(interval, "interval").isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        synchronized (lock) {
            this.ticketInterval = interval;
            reschedule();
        }
    }

    /**
     * Issues a new ticket and pushes it now, waiting for the answer (re-sent like any push without a
     * 2xx answer).
     *
     * @return the last delivery attempt
     * @throws IllegalStateException if no event URL is set
     */
    public RecordedPush pushTicket() {
        String ticket = state.issueTicket();
        return push("component_verify_ticket", base("component_verify_ticket").text("ComponentVerifyTicket", ticket));
    }

    /**
     * A merchant authorizes the platform in WeChat's authorization page, granting these permission
     * sets (45 or 71 for the Logistics Assistant): WeChat pushes {@code authorized} with a fresh
     * authorization code, and this call waits for the answer.
     *
     * @param authorizerAppId the merchant's AppID
     * @param permissionSets  the sets granted
     * @return the last delivery attempt
     */
    public RecordedPush authorize(String authorizerAppId, int... permissionSets) {
        return authorization("authorized", authorizerAppId, permissionSets);
    }

    /**
     * A merchant changes the sets it grants: WeChat pushes {@code updateauthorized}.
     *
     * @param authorizerAppId the merchant's AppID
     * @param permissionSets  the sets granted from now on
     * @return the last delivery attempt
     */
    public RecordedPush updateAuthorization(String authorizerAppId, int... permissionSets) {
        return authorization("updateauthorized", authorizerAppId, permissionSets);
    }

    /**
     * A merchant authorizes the platform without WeChat pushing the event (the redirect flow): the
     * test hands the returned {@code auth_code} to the app, as WeChat's redirect would.
     *
     * @param authorizerAppId the merchant's AppID
     * @param permissionSets  the sets granted
     * @return the authorization code, valid 30 minutes, redeemable once through {@code api_query_auth}
     */
    public String authorizeWithoutPush(String authorizerAppId, int... permissionSets) {
        return state.authorize(requireAppId(authorizerAppId), sets(permissionSets));
    }

    /**
     * A merchant revokes the authorization: its refresh token and authorizer tokens stop working
     * at once, and WeChat pushes {@code unauthorized}.
     *
     * @param authorizerAppId the merchant's AppID
     * @return the last delivery attempt
     */
    public RecordedPush deauthorize(String authorizerAppId) {
        state.deauthorize(requireAppId(authorizerAppId));
        return push("unauthorized", base("unauthorized").text("AuthorizerAppid", authorizerAppId));
    }

    /**
     * Whether the merchant's authorization stands.
     *
     * @param authorizerAppId the merchant's AppID
     * @return whether it is authorized
     */
    public boolean isAuthorized(String authorizerAppId) {
        return state.isAuthorized(authorizerAppId);
    }

    /**
     * The merchants whose authorization stands, sorted.
     *
     * @return their AppIDs
     */
    public List<String> authorizedMerchants() {
        return state.authorizedMerchants();
    }

    /**
     * The merchant's current refresh token (a secret: compare it, never print it).
     *
     * @param authorizerAppId the merchant's AppID
     * @return the token, empty before the first {@code api_query_auth} and after revocation
     */
    public Optional<String> refreshToken(String authorizerAppId) {
        return state.refreshToken(authorizerAppId);
    }

    /**
     * Whether {@code api_authorizer_token} hands out a new refresh token each time, the old one then
     * refused with 61023. Off by default (WeChat mostly returns the same one).
     *
     * @param rotate whether to rotate
     */
    public void rotateRefreshTokens(boolean rotate) {
        state.rotateRefreshTokens(rotate);
    }

    /** Expires every component_access_token now: the next component call gets 42001. */
    public void expireComponentTokens() {
        state.expireComponentTokens();
    }

    /**
     * Expires the merchant's authorizer tokens now: its next business call gets 42001.
     *
     * @param authorizerAppId the merchant's AppID
     */
    public void expireAuthorizerTokens(String authorizerAppId) {
        state.expireAuthorizerTokens(requireAppId(authorizerAppId));
    }

    /**
     * The merchant's next "apply to open" call {@code operation} ({@code applyMsgPlugin},
     * {@code applyQueryPlugin}, {@code applyReturnPlugin}) is refused with {@code errcode}, such as
     * 933000 (category not open), 933001 (violation) or 933002 (no payments).
     *
     * @param authorizerAppId the merchant's AppID
     * @param operation       the call
     * @param errcode         WeChat's code
     */
    public void refuseNextApplication(String authorizerAppId, String operation, int errcode) {
        state.refusePlugin(requireAppId(authorizerAppId), Objects.requireNonNull(operation, "operation"), errcode);
    }

    /**
     * How many {@code api_authorizer_token} calls the merchant's refresh token got, refused ones included.
     *
     * @param authorizerAppId the merchant's AppID
     * @return the count
     */
    public int authorizerTokenFetches(String authorizerAppId) {
        return state.authorizerTokenFetches(authorizerAppId);
    }

    /**
     * How many {@code api_component_token} calls were made, refused ones included.
     *
     * @return the count
     */
    public int componentTokenFetches() {
        return state.componentTokenFetches();
    }

    /** Stops the ticket schedule; the server calls it when it closes. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
    }

    @Override
    public String toString() {
        return "FakePlatform[componentAppId=" + state.componentAppId() + ", eventUrl=" + eventUrl().orElse(null) + "]";
    }

    private RecordedPush authorization(String event, String appId, int... permissionSets) {
        String code = state.authorize(requireAppId(appId), sets(permissionSets));
        long expires = clock.instant().plus(Duration.ofMinutes(30)).getEpochSecond();
        return push(event, base(event).text("AuthorizerAppid", appId).text("AuthorizationCode", code)
                .number("AuthorizationCodeExpiredTime", expires).text("PreAuthCode", "preauthcode@@@" + code.substring(16, 60)));
    }

    private PushPacket.Builder base(String infoType) {
        return PushPacket.builder().text("AppId", state.componentAppId()).number("CreateTime", clock.instant().getEpochSecond())
                .text("InfoType", infoType);
    }

    private RecordedPush push(String event, PushPacket.Builder packet) {
        URI url = eventUrl().orElseThrow(() -> new IllegalStateException(
                "no authorization-event URL: call eventUrl(uri) first (FakeWeChatServer.platform().eventUrl)"));
        PushTarget target = new PushTarget(url, pushToken, crypto, PushMode.SAFE, false, state.componentAppId(), "AppId");
        PushAttempt last = sender.get().message(RECIPIENT, target, event, packet.build());
        return journal.recordOf(last);
    }

    private void reschedule() {
        if (closed || eventUrl == null) {
            return;
        }
        if (schedule != null) {
            schedule.cancel(false);
        }
        if (scheduler == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "fake-wechat-ticket-pusher");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            scheduler = executor;
        }
        long millis = ticketInterval.toMillis();
        schedule = scheduler.scheduleWithFixedDelay(() -> {
            try {
                pushTicket();
            } catch (RuntimeException e) {
                System.getLogger("io.github.wxlogistics.testkit").log(System.Logger.Level.WARNING,
                        "could not push component_verify_ticket: " + e.getClass().getName());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    private static Set<Integer> sets(int... permissionSets) {
        return Arrays.stream(Objects.requireNonNull(permissionSets, "permissionSets")).boxed()
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String requireAppId(String appId) {
        Objects.requireNonNull(appId, "authorizerAppId");
        if (appId.isBlank()) {
            throw new IllegalArgumentException("authorizerAppId must not be blank");
        }
        return appId;
    }
}
