package io.github.wxlogistics.testkit;

import io.github.wxlogistics.intracity.IntracityCallbackVerifier;
import io.github.wxlogistics.model.intracity.IntracityStatus;
import io.github.wxlogistics.testkit.internal.IntracityCallbacks;
import io.github.wxlogistics.testkit.internal.IntracityCalls;
import io.github.wxlogistics.testkit.internal.IntracityState;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fake's intracity delivery (同城配送), beyond its 16 calls: the riders' progress, balances, and
 * the order-status callbacks it sent. Obtain it from {@link FakeWeChatServer#intracity()}.
 *
 * <p>The fake plays the calls with state (see the testkit guide): stores, balances per store and
 * carrier (a top-up counts as paid at once), orders with fees and distances, cancellation fees by
 * status, the SFTC sandbox receiver rule, and WeChat's errcodes. Like WeChat it refuses them unless
 * encrypted and signed: build the server with {@link FakeWeChatServer.Builder#apiSecurity()} and
 * the client with {@link FakeWeChatServer#apiSecurity()}; otherwise every call but apply answers
 * 934011. Each status change of an order with a {@code callback_url} is POSTed there, one at a
 * time, in order, from a thread of the fake's own.
 *
 * <p>The callbacks' {@code sign} follows a rule of the fake's own (HMAC-SHA256 of
 * {@code wx_order_id|order_status|status_change_time|timestamp} keyed by the AppSecret, in lowercase
 * hex), since WeChat does not document its rule; {@link #callbackVerifier()} checks it. Thread-safe.
 */
public final class FakeIntracity {

    /**
     * One callback the fake sent.
     *
     * @param url    where it went
     * @param body   the JSON body
     * @param status the HTTP status the receiver answered, or -1 when no exchange completed
     */
    public record SentCallback(URI url, String body, int status) {
    }

    private final IntracityState state;
    private final IntracityCalls calls;
    private final List<SentCallback> sent = new ArrayList<>();

    FakeIntracity(IntracityState state, IntracityCalls calls) {
        this.state = state;
        this.calls = calls;
    }

    /** Records an attempt; called from the callback sender's thread. */
    void record(IntracityCallbacks.Sent attempt) {
        synchronized (sent) {
            sent.add(new SentCallback(attempt.url(), attempt.body(), attempt.status()));
            sent.notifyAll();
        }
    }

    /**
     * Moves an order one step on its way, as its rider would: 10000 → 30000 (accepted) → 40000 (at
     * the store) → 50000 (on the way) → 70000 (delivered), and sends the callback.
     *
     * @param wxOrderId the {@code wx_order_id} addorder returned
     * @return the order's new status
     * @throws IllegalArgumentException for an unknown order
     * @throws IllegalStateException for an order that does not move on (delivered, cancelled, failed)
     */
    public IntracityStatus advance(String wxOrderId) {
        return IntracityStatus.of(calls.advance(Objects.requireNonNull(wxOrderId, "wxOrderId")));
    }

    /**
     * A store's balance with one carrier.
     *
     * @param wxStoreId      the store
     * @param serviceTransId {@code DADA} or {@code SFTC}
     * @return the balance in fen
     */
    public long balance(String wxStoreId, String serviceTransId) {
        return state.locked(() -> state.balance(wxStoreId, serviceTransId));
    }

    /**
     * The callbacks sent so far, oldest first.
     *
     * @return a copy
     */
    public List<SentCallback> sentCallbacks() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /**
     * Waits until at least {@code count} callbacks were sent (answered or not).
     *
     * @param count   how many
     * @param timeout the longest to wait
     * @return the callbacks sent so far, oldest first
     * @throws IllegalStateException if fewer were sent within {@code timeout}, saying how many
     */
    public List<SentCallback> awaitCallbacks(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (sent) {
            while (sent.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("expected " + count + " intracity callbacks within " + timeout
                            + ", " + sent.size() + " were sent");
                }
                try {
                    sent.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for intracity callbacks", e);
                }
            }
            return List.copyOf(sent);
        }
    }

    /**
     * A verifier of the fake's callback signature (see the class comment), for an
     * {@code IntracityCallbackReceiver} under test.
     *
     * @return a verifier refusing callbacks without the fake's signature
     */
    public IntracityCallbackVerifier callbackVerifier() {
        return (callback, body) -> {
            if (callback.sign() == null || callback.orderStatus() == null || callback.statusChangeTime() == null
                    || callback.timestamp() == null) {
                return false;
            }
            String expected = calls.sign(callback.wxOrderId(), callback.orderStatus().code(), callback.statusChangeTime(),
                    callback.timestamp());
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    callback.sign().getBytes(StandardCharsets.UTF_8));
        };
    }

    @Override
    public String toString() {
        return "FakeIntracity[" + sentCallbacks().size() + " callbacks sent]";
    }
}
