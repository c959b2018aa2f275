package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.BoundedLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Every request the server received, in arrival order: a queue of those not yet taken (for
 * {@code takeRequest}) and the full record (for snapshots).
 */
final class Journal {

    private final LinkedBlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
    private final List<RecordedRequest> all = new ArrayList<>();
    private final BoundedLock lock = new BoundedLock();

    /** Records a request and returns it. */
    public RecordedRequest record(String method, String path, Map<String, String> query,
            Map<String, List<String>> headers, byte[] body) {
        // Numbering and queueing under one lock keep both lists in sequence-number order.
        return lock.locked(() -> {
            RecordedRequest r = new RecordedRequest(all.size(), method, path, query, headers, body);
            all.add(r);
            untaken.add(r);
            return r;
        });
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
