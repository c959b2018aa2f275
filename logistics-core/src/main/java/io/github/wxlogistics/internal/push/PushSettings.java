package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.spi.DuplicateStore;
import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.PushMessage;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.internal.listener.Listeners;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;

/**
 * A receiver's checked configuration, as the public builder hands it over.
 *
 * @param token           the push Token
 * @param crypto          the message crypto, {@code null} in plaintext mode
 * @param mode            the encryption mode
 * @param clock           wall time, for the timestamp window and CreateTime
 * @param timestampWindow how far a push's timestamp may be from now
 * @param maxBodyBytes    the largest body accepted
 * @param handlerDeadline how long a push may take from arrival to reply
 * @param executor        where blocking handlers run
 * @param scheduler       where deadlines are timed
 * @param duplicateStore  the deduplication store
 * @param random          nonces of encrypted replies
 * @param routes          the handled events by name
 * @param fallback        the handler of every other message, or {@code null} to answer those {@code success}
 * @param listener        told of every request and answer
 */
public record PushSettings(String token, PushCrypto crypto, PushMode mode, Clock clock, Duration timestampWindow,
        int maxBodyBytes, Duration handlerDeadline, Executor executor, ScheduledExecutorService scheduler,
        DuplicateStore duplicateStore, RandomGenerator random, Map<String, Route<?, ?>> routes,
        Route.Handler<PushMessage, PushAnswer> fallback, Listeners listener) {

    /** Copies the routes. */
    public PushSettings {
        routes = Map.copyOf(routes);
    }

    @Override
    public String toString() {
        return "PushSettings[token=***, crypto=" + crypto + ", mode=" + mode + ", events=" + routes.keySet() + "]";
    }
}
