package io.github.wxlogistics.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Observes calls, attempts, token fetches and pushes, for metrics, traces or logs. Every method
 * has a no-op default: implement only what you need. Register one with
 * {@code LogisticsClient.builder().listener(...)} and {@code PushReceiver.builder().listener(...)};
 * several may be registered, and each gets every event.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Methods MUST be thread-safe and SHOULD return quickly: they run on the thread that
 *       reached the event (the caller's thread for {@link #onCallStarted}, a transport or
 *       scheduler thread for the others).</li>
 *   <li>A method that throws does not break the call or push: the exception is caught and the
 *       first one from each listener is logged at WARNING (logger
 *       {@code io.github.wxlogistics.listener}), by class name only.</li>
 *   <li>Events never carry a token, secret, key, request or reply body: only operation names,
 *       codes, durations and outcomes, so they are safe to use as metric tags or span
 *       attributes. Event types are a fixed set, operations are the names of the documented
 *       calls.</li>
 *   <li>Each started call, token fetch and push gets exactly one matching finished event with
 *       the same {@link Key}, also when it is cancelled or times out, so an implementation may
 *       keep per-key state (a timer sample, a span) between the two.</li>
 * </ul>
 */
public interface LogisticsListener {

    /**
     * A call was accepted (its input is valid) and is about to take its first token.
     *
     * @param event the call
     */
    default void onCallStarted(CallStarted event) {
    }

    /**
     * One attempt ended: an exchange got a reply, failed, or was aborted. A token replay after
     * 40001/42001 is an attempt of its own, as is each retry.
     *
     * @param event the attempt
     */
    default void onAttemptFinished(AttemptFinished event) {
    }

    /**
     * A call ended, successfully or not (cancellation included).
     *
     * @param event the call
     */
    default void onCallFinished(CallFinished event) {
    }

    /**
     * A token provider built from app credentials starts a fetch from WeChat.
     *
     * @param event the fetch
     */
    default void onTokenFetchStarted(TokenFetchStarted event) {
    }

    /**
     * A token fetch ended: a token was issued or refused.
     *
     * @param event the fetch
     */
    default void onTokenFetched(TokenFetched event) {
    }

    /**
     * A request reached the push receiver.
     *
     * @param event the push
     */
    default void onPushReceived(PushReceived event) {
    }

    /**
     * The push receiver answered a request.
     *
     * @param event the push and its answer
     */
    default void onPushAnswered(PushAnswered event) {
    }

    /**
     * The listener of one merchant's calls on a third-party platform: {@code ComponentPlatform}
     * asks once per {@code forAuthorizer(appId)} client and gives that client's call and token
     * events to the listener returned. The default returns this listener (the events then carry
     * no AppID); a listener keeping metrics or spans per merchant returns a view that adds it (as
     * {@code ObservationLogisticsListener} does with its {@code authorizer} key). The AppID is
     * public, never a token.
     *
     * @param authorizerAppId the merchant's AppID (an authorizer of the platform)
     * @return the listener of that merchant's events, never null
     */
    default LogisticsListener forAuthorizer(String authorizerAppId) {
        return this;
    }

    /**
     * Ties the finished event of a call, token fetch or push to its started event. Opaque;
     * equal only to itself, so it is a safe key of an identity or concurrent map.
     */
    final class Key {

        /** A new key, equal only to itself. */
        public Key() {
        }

        @Override
        public String toString() {
            return "Key@" + Integer.toHexString(System.identityHashCode(this));
        }
    }

    /**
     * A call started.
     *
     * @param key       ties this call's events together
     * @param operation the documented call name, such as {@code getPath} or {@code addOrder}
     * @param read      whether the call is a read (retried on -1, 5xx and I/O errors) or a write
     */
    record CallStarted(Key key, String operation, boolean read) {
        /**
         * Checks the references.
         *
         * @param key       ties this call's events together
         * @param operation the documented call name, such as {@code getPath} or {@code addOrder}
         * @param read      whether the call is a read (retried on -1, 5xx and I/O errors) or a write
         */
        public CallStarted {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operation, "operation");
        }
    }

    /**
     * What the call does after an attempt.
     */
    enum Next {
        /** The call ends with this attempt's outcome. */
        END,
        /** A read is retried after a backoff (-1, 5xx, I/O error). */
        RETRY,
        /** The token was rejected: the call refreshes it and replays once. */
        REPLAY
    }

    /**
     * An attempt ended.
     *
     * @param key        the call's key
     * @param operation  the call name
     * @param attempt    the attempt number, from 1 (a replay counts)
     * @param duration   from taking the token to the outcome
     * @param outcome    how the attempt ended
     * @param errcode    WeChat's errcode for {@link ListenerOutcome#API_ERROR}, else 0
     * @param httpStatus the HTTP status if an exchange completed, else 0
     * @param next       what the call does next
     */
    record AttemptFinished(Key key, String operation, int attempt, Duration duration, ListenerOutcome outcome, int errcode,
            int httpStatus, Next next) {
        /**
         * Checks the references.
         *
         * @param key        the call's key
         * @param operation  the call name
         * @param attempt    the attempt number, from 1 (a replay counts)
         * @param duration   from taking the token to the outcome
         * @param outcome    how the attempt ended
         * @param errcode    WeChat's errcode for {@link ListenerOutcome#API_ERROR}, else 0
         * @param httpStatus the HTTP status if an exchange completed, else 0
         * @param next       what the call does next
         */
        public AttemptFinished {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * A call ended.
     *
     * @param key       the call's key
     * @param operation the call name
     * @param duration  from {@link CallStarted} to the end, retries and token fetches included
     * @param outcome   how the call ended
     * @param errcode   WeChat's errcode for {@link ListenerOutcome#API_ERROR}, else 0
     * @param attempts  attempts made (0 if the call ended before the first one finished)
     */
    record CallFinished(Key key, String operation, Duration duration, ListenerOutcome outcome, int errcode, int attempts) {
        /**
         * Checks the references.
         *
         * @param key       the call's key
         * @param operation the call name
         * @param duration  from {@link CallStarted} to the end, retries and token fetches included
         * @param outcome   how the call ended
         * @param errcode   WeChat's errcode for {@link ListenerOutcome#API_ERROR}, else 0
         * @param attempts  attempts made (0 if the call ended before the first one finished)
         */
        public CallFinished {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A token fetch started.
     *
     * @param key    ties this fetch's events together
     * @param source {@code stable} ({@code /cgi-bin/stable_token}) or {@code classic} ({@code /cgi-bin/token})
     */
    record TokenFetchStarted(Key key, String source) {
        /**
         * Checks the references.
         *
         * @param key    ties this fetch's events together
         * @param source {@code stable} ({@code /cgi-bin/stable_token}) or {@code classic} ({@code /cgi-bin/token})
         */
        public TokenFetchStarted {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A token fetch ended.
     *
     * @param key      the fetch's key
     * @param source   {@code stable} or {@code classic}
     * @param duration from sending the request to the outcome
     * @param outcome  {@link ListenerOutcome#SUCCESS} if a token was issued
     * @param errcode  WeChat's errcode when refused with one (such as 40013 or 40125), else 0
     */
    record TokenFetched(Key key, String source, Duration duration, ListenerOutcome outcome, int errcode) {
        /**
         * Checks the references.
         *
         * @param key      the fetch's key
         * @param source   {@code stable} or {@code classic}
         * @param duration from sending the request to the outcome
         * @param outcome  {@link ListenerOutcome#SUCCESS} if a token was issued
         * @param errcode  WeChat's errcode when refused with one (such as 40013 or 40125), else 0
         */
        public TokenFetched {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A request reached the push receiver.
     *
     * @param key    ties this push's events together
     * @param method the HTTP method, upper case ({@code POST} for a push, {@code GET} for a URL check)
     */
    record PushReceived(Key key, String method) {
        /**
         * Checks the references.
         *
         * @param key    ties this push's events together
         * @param method the HTTP method, upper case ({@code POST} for a push, {@code GET} for a URL check)
         */
        public PushReceived {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * The push receiver answered.
     *
     * @param key        the push's key
     * @param eventType  the handled event ({@code add_waybill}, {@code add_express_path}...);
     *                   {@code url_check} for a GET; {@code unhandled} for a verified event without a
     *                   handler; {@code unknown} when the request was refused before its event was read
     * @param outcome    {@link ListenerOutcome#SUCCESS}, {@link ListenerOutcome#REJECTED} (4xx),
     *                   {@link ListenerOutcome#HANDLER_ERROR} (500) or {@link ListenerOutcome#TIMEOUT} (503)
     * @param httpStatus the status answered
     * @param duplicate  whether this delivery was a re-send answered with the first delivery's reply
     * @param duration   from receiving to answering
     */
    record PushAnswered(Key key, String eventType, ListenerOutcome outcome, int httpStatus, boolean duplicate,
            Duration duration) {
        /**
         * Checks the references.
         *
         * @param key        the push's key
         * @param eventType  the handled event ({@code add_waybill}, {@code add_express_path}...);
         *        {@code url_check} for a GET; {@code unhandled} for a verified event without a
         *        handler; {@code unknown} when the request was refused before its event was read
         * @param outcome    {@link ListenerOutcome#SUCCESS}, {@link ListenerOutcome#REJECTED} (4xx),
         *        {@link ListenerOutcome#HANDLER_ERROR} (500) or {@link ListenerOutcome#TIMEOUT} (503)
         * @param httpStatus the status answered
         * @param duplicate  whether this delivery was a re-send answered with the first delivery's reply
         * @param duration   from receiving to answering
         */
        public PushAnswered {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(eventType, "eventType");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(duration, "duration");
        }
    }
}
