package io.github.wxlogistics.micrometer;

import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.ListenerOutcome;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the client's and push receiver's events into Micrometer {@link Observation}s: with a
 * {@code DefaultMeterObservationHandler} they become timers (and counters for retries and
 * replays), with a tracing handler spans.
 *
 * <pre>{@code
 * ObservationLogisticsListener metrics = ObservationLogisticsListener.create(observationRegistry);
 * LogisticsClient client = LogisticsClient.builder().credentials(appId, appSecret).listener(metrics).build();
 * PushReceiver receiver = PushReceiver.builder().token(token).listener(metrics)...build();
 * }</pre>
 *
 * <table>
 *   <caption>Observations and their low-cardinality keys</caption>
 *   <tr><th>name</th><th>keys</th></tr>
 *   <tr><td>{@value #CALL}</td><td>{@code operation}, {@code outcome}, {@code errcode.class}; events
 *       {@code retry} and {@code replay} (counters {@code wx.logistics.call.retry} and
 *       {@code wx.logistics.call.replay} with a meter handler)</td></tr>
 *   <tr><td>{@value #TOKEN_FETCH}</td><td>{@code source} ({@code stable}, {@code classic}), {@code outcome},
 *       {@code errcode.class}</td></tr>
 *   <tr><td>{@value #PUSH}</td><td>{@code event.type}, {@code outcome}, {@code status}, {@code duplicate}</td></tr>
 * </table>
 *
 * <p>A third-party platform's merchant clients ({@code ComponentPlatform.forAuthorizer(appId)} with
 * this listener given to the platform's builder) add the low-cardinality key {@code authorizer},
 * the merchant's AppID, to their call and token-fetch observations, so each merchant gets its own
 * timers: one time series per merchant, operation and outcome. The application's own client and
 * the push receiver add no such key; with a registry that wants one set of tag keys per meter name
 * (Prometheus), give a platform and an own client separate listeners or registries.
 *
 * <p>Values: {@code outcome} is the lower-case {@link ListenerOutcome} name ({@code success},
 * {@code api_error}, {@code timeout}...); {@code errcode.class} is {@code ok}, {@code token}
 * (40001, 40014, 42001), {@code rate_limit} (45009, 45011), {@code busy} (-1), {@code other} (any
 * other errcode) or {@code none} (the failure carried no errcode). The exact errcode is a
 * high-cardinality key ({@code errcode}), for spans only. No key ever holds an order ID, a
 * waybill ID, a token or a secret.
 *
 * <p>Thread-safe; one instance may serve any number of clients and receivers. An observation is
 * started when a call, fetch or push starts (so it picks up the current observation as its
 * parent) and stopped when it ends.
 */
public final class ObservationLogisticsListener implements LogisticsListener {

    /** The observation of one call, retries and token fetches included. */
    public static final String CALL = "wx.logistics.call";
    /** The observation of one access-token fetch. */
    public static final String TOKEN_FETCH = "wx.logistics.token.fetch";
    /** The observation of one request to the push URL. */
    public static final String PUSH = "wx.logistics.push";

    /** The {@code authorizer} key of a platform merchant's observations. */
    static final String AUTHORIZER = "authorizer";

    private final ObservationRegistry registry;
    private final Map<Key, Observation> open;
    /** The merchant of a {@link #forAuthorizer} view; null for the listener itself. */
    private final String authorizer;

    private ObservationLogisticsListener(ObservationRegistry registry, Map<Key, Observation> open, String authorizer) {
        this.registry = registry;
        this.open = open;
        this.authorizer = authorizer;
    }

    /**
     * A listener reporting to this registry.
     *
     * @param registry where observations go; a no-op registry makes this listener a no-op
     * @return the listener
     * @throws NullPointerException if {@code registry} is null
     */
    public static ObservationLogisticsListener create(ObservationRegistry registry) {
        return new ObservationLogisticsListener(Objects.requireNonNull(registry, "registry"), new ConcurrentHashMap<>(), null);
    }

    /**
     * This listener's view of one third-party platform merchant: the same registry and open
     * observations, with {@code authorizer=<appId>} on its call and token-fetch observations.
     *
     * @param authorizerAppId the merchant's AppID
     * @return the view; cheap (three fields), made once per merchant client
     * @throws NullPointerException if {@code authorizerAppId} is null
     */
    @Override
    public LogisticsListener forAuthorizer(String authorizerAppId) {
        return new ObservationLogisticsListener(registry, open, Objects.requireNonNull(authorizerAppId, "authorizerAppId"));
    }

    @Override
    public void onCallStarted(CallStarted event) {
        start(event.key(), Observation.createNotStarted(CALL, registry)
                .contextualName("wx.logistics " + event.operation())
                .lowCardinalityKeyValue("operation", event.operation()));
    }

    @Override
    public void onAttemptFinished(AttemptFinished event) {
        if (event.next() == Next.END) {
            return;
        }
        Observation observation = open.get(event.key());
        if (observation != null) {
            observation.event(event.next() == Next.RETRY ? RETRY : REPLAY);
        }
    }

    @Override
    public void onCallFinished(CallFinished event) {
        Observation observation = open.remove(event.key());
        if (observation != null) {
            stop(observation, event.outcome(), event.errcode());
        }
    }

    @Override
    public void onTokenFetchStarted(TokenFetchStarted event) {
        start(event.key(), Observation.createNotStarted(TOKEN_FETCH, registry)
                .contextualName("wx.logistics token " + event.source())
                .lowCardinalityKeyValue("source", event.source()));
    }

    @Override
    public void onTokenFetched(TokenFetched event) {
        Observation observation = open.remove(event.key());
        if (observation != null) {
            stop(observation, event.outcome(), event.errcode());
        }
    }

    @Override
    public void onPushReceived(PushReceived event) {
        start(event.key(), Observation.createNotStarted(PUSH, registry).contextualName("wx.logistics push"));
    }

    @Override
    public void onPushAnswered(PushAnswered event) {
        Observation observation = open.remove(event.key());
        if (observation != null) {
            observation.lowCardinalityKeyValue("event.type", event.eventType())
                    .lowCardinalityKeyValue("outcome", name(event.outcome()))
                    .lowCardinalityKeyValue("status", Integer.toString(event.httpStatus()))
                    .lowCardinalityKeyValue("duplicate", Boolean.toString(event.duplicate()))
                    .stop();
        }
    }

    /**
     * The {@code errcode.class} value of an outcome and errcode.
     *
     * @param outcome how it ended
     * @param errcode WeChat's errcode, 0 if none
     * @return {@code ok}, {@code token}, {@code rate_limit}, {@code busy}, {@code other} or {@code none}
     */
    static String errcodeClass(ListenerOutcome outcome, int errcode) {
        if (outcome == ListenerOutcome.SUCCESS) {
            return "ok";
        }
        if (outcome != ListenerOutcome.API_ERROR) {
            return "none";
        }
        return switch (errcode) {
            case 40001, 40014, 42001 -> "token";
            case 45009, 45011 -> "rate_limit";
            case -1 -> "busy";
            default -> "other";
        };
    }

    private static final Observation.Event RETRY = Observation.Event.of("retry", "a read is retried");
    private static final Observation.Event REPLAY = Observation.Event.of("replay", "the token was rejected; replayed");

    private void start(Key key, Observation observation) {
        if (registry.isNoop()) {
            return;
        }
        if (authorizer != null) {
            observation.lowCardinalityKeyValue(AUTHORIZER, authorizer);
        }
        open.put(key, observation.start());
    }

    private static void stop(Observation observation, ListenerOutcome outcome, int errcode) {
        observation.lowCardinalityKeyValue("outcome", name(outcome))
                .lowCardinalityKeyValue("errcode.class", errcodeClass(outcome, errcode))
                .highCardinalityKeyValue("errcode", Integer.toString(errcode))
                .stop();
    }

    private static String name(ListenerOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ObservationLogisticsListener[" + (authorizer == null ? "" : "authorizer=" + authorizer + ", ")
                + "open=" + open.size() + "]";
    }
}
