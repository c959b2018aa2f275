package io.github.wxlogistics.testkit.internal;

import io.github.wxlogistics.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Every request the server received, in arrival order, for {@code takeRequest}. */
public final class Journal {

    private final LinkedBlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
    private final AtomicLong count = new AtomicLong();
    private final BoundedLock lock = new BoundedLock();

    /** Records a request and returns it. */
    public RecordedRequest record(String method, String path, Map<String, String> query,
            Map<String, List<String>> headers, byte[] body) {
        // Numbering and queueing under one lock keep the queue in sequence-number order.
        return lock.locked(() -> {
            RecordedRequest r = new RecordedRequest(count.get(), method, path, query, headers, body);
            untaken.add(r);
            count.incrementAndGet();
            return r;
        });
    }

    /** The oldest request not yet taken, waiting at most {@code timeout}; null when none came. */
    public RecordedRequest take(Duration timeout) throws InterruptedException {
        return untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** How many requests were received in total (taken or not). */
    public long count() {
        return count.get();
    }
}
