package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.BoundedLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Every request the server received, in arrival order: a queue of those not yet taken (for
 * {@code takeRequest}) and the full record (for snapshots); and, for the console, when each
 * arrived and how it was answered.
 */
final class Journal {

    /**
     * How a request was answered, for the console.
     *
     * @param receivedAtMillis when it arrived, Unix milliseconds
     * @param status           the HTTP status sent, 0 while unanswered or when no reply was sent
     * @param errcode          the reply's {@code errcode}, absent when it has none
     * @param durationMillis   from arrival to the reply sent (or the exchange ended), -1 while unanswered
     * @param delivery         how the reply went: {@code complete}, {@code dropped mid-body}, {@code stalled},
     *                         {@code none}, or {@code pending}
     */
    record Answer(long receivedAtMillis, int status, Optional<Integer> errcode, long durationMillis,
            String delivery) {
    }

    private final LinkedBlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
    private final List<RecordedRequest> all = new ArrayList<>();
    private final Map<Long, Answer> answers = new ConcurrentHashMap<>();
    private final BoundedLock lock = new BoundedLock();
    private final Runnable onChange;

    /** A journal that runs {@code onChange} after each request recorded and answered. */
    Journal(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Records a request and returns it. */
    public RecordedRequest record(String method, String path, Map<String, String> query,
            Map<String, List<String>> headers, byte[] body) {
        // Numbering and queueing under one lock keep both lists in sequence-number order.
        RecordedRequest recorded = lock.locked(() -> {
            RecordedRequest r = new RecordedRequest(all.size(), method, path, query, headers, body);
            all.add(r);
            untaken.add(r);
            answers.put(r.sequenceNumber(), new Answer(System.currentTimeMillis(), 0, Optional.empty(), -1, "pending"));
            return r;
        });
        onChange.run();
        return recorded;
    }

    /** Notes how request {@code sequenceNumber} was answered. */
    void answered(long sequenceNumber, int status, Optional<Integer> errcode, String delivery) {
        answers.computeIfPresent(sequenceNumber, (n, a) -> new Answer(a.receivedAtMillis(), status, errcode,
                Math.max(0, System.currentTimeMillis() - a.receivedAtMillis()), delivery));
        onChange.run();
    }

    /** How request {@code sequenceNumber} was answered so far. */
    Answer answer(long sequenceNumber) {
        return answers.getOrDefault(sequenceNumber, new Answer(0, 0, Optional.empty(), -1, "pending"));
    }

    /** The oldest request not yet taken, waiting at most {@code timeout}; null when none came. */
    public RecordedRequest take(Duration timeout) throws InterruptedException {
        return untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Every request received so far, taken or not, oldest first; an unmodifiable copy. */
    public List<RecordedRequest> snapshot() {
        return lock.locked(() -> List.copyOf(all));
    }

    /** How many requests were received in total (taken or not). */
    public long count() {
        return lock.locked(() -> (long) all.size());
    }
}
