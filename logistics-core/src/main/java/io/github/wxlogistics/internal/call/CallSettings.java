package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.internal.listener.Listeners;
import io.github.wxlogistics.internal.security.SecureChannel;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;

/**
 * What every call of one client shares.
 *
 * @param transport      the adapter, wrapped only by decorators that do not read replies (logging)
 * @param adapter        the adapter itself, asked whether the current thread may block
 * @param tokens         where access tokens come from
 * @param codec          encodes requests and decodes replies
 * @param baseUri        the API host, with or without a path prefix
 * @param attemptTimeout the longest one HTTP exchange may take
 * @param callTimeout    the longest a call may take, retries and token fetches included
 * @param maxAttempts    attempts a read may take in all (writes take one)
 * @param backoffCeiling the upper bound of the wait after attempt {@code n} (from 1), before jitter
 * @param jitter         a number in [0, 1) the wait is multiplied by
 * @param delayer        schedules backoff waits (call deadlines are swept by {@link ApiCaller})
 * @param clock          measures a call's duration for the log
 * @param maxReplyBytes  the largest reply body decoded; a larger one is a DecodeException
 * @param listener       the registered listeners, guarded
 * @param security       seals every request and opens every reply (WeChat's API security), or
 *                       {@code null} when the client has none configured
 */
public record CallSettings(HttpTransport transport, HttpTransport adapter, AccessTokenProvider tokens, JsonCodec codec,
        URI baseUri, Duration attemptTimeout, Duration callTimeout, int maxAttempts,
        IntFunction<Duration> backoffCeiling, DoubleSupplier jitter, Delayer delayer, Clock clock, int maxReplyBytes,
        Listeners listener, SecureChannel security) {

    /** Checks that every argument is present. */
    public CallSettings {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(backoffCeiling, "backoffCeiling");
        Objects.requireNonNull(jitter, "jitter");
        Objects.requireNonNull(delayer, "delayer");
        Objects.requireNonNull(clock, "clock");
        if (maxReplyBytes < 1) {
            throw new IllegalArgumentException("maxReplyBytes must be positive, was " + maxReplyBytes);
        }
        Objects.requireNonNull(listener, "listener");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** Settings without listeners. */
    public CallSettings(HttpTransport transport, HttpTransport adapter, AccessTokenProvider tokens, JsonCodec codec,
            URI baseUri, Duration attemptTimeout, Duration callTimeout, int maxAttempts,
            IntFunction<Duration> backoffCeiling, DoubleSupplier jitter, Delayer delayer, Clock clock, int maxReplyBytes) {
        this(transport, adapter, tokens, codec, baseUri, attemptTimeout, callTimeout, maxAttempts, backoffCeiling, jitter,
                delayer, clock, maxReplyBytes, Listeners.none(), null);
    }
}
