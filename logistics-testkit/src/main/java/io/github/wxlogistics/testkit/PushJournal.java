package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.PacketReader;
import io.github.wxlogistics.testkit.internal.PushAttempt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Every push attempt the server made, in order: a queue of those not yet taken and the full
 * record; and, for the console, each attempt as the sender reported it (target, packet, reply check).
 */
final class PushJournal {

    private final LinkedBlockingQueue<RecordedPush> untaken = new LinkedBlockingQueue<>();
    private final List<RecordedPush> all = new ArrayList<>();
    private final List<PushAttempt> attempts = new ArrayList<>();
    private final Runnable onChange;

    /** A journal that runs {@code onChange} after each attempt recorded. */
    PushJournal(Runnable onChange) {
        this.onChange = onChange;
    }
    // A plain monitor: the sections are short, and a sender thread interrupted by close() must
    // still record its last attempt (a BoundedLock gives up on interrupt).
    private final Object lock = new Object();

    /** Records an attempt the sender reports. */
    void record(PushAttempt a) {
        Map<String, String> fields;
        try {
            fields = PacketReader.textFields(a.packet().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            fields = Map.of(); // the fake wrote it, so this does not happen
        }
        Map<String, String> packetFields = fields;
        synchronized (lock) {
            RecordedPush r = new RecordedPush(all.size(), a.recipient(), a.event(), a.attempt(), a.url(), a.query(),
                    a.packet(), packetFields, a.body(), RecordedPush.Outcome.valueOf(a.outcome().name()), a.status(),
                    a.reply(), a.replyFields());
            all.add(r);
            attempts.add(a);
            untaken.add(r);
        }
        onChange.run();
    }

    /** The attempt with this sequence number as the sender reported it. */
    Optional<PushAttempt> attempt(long sequenceNumber) {
        synchronized (lock) {
            return sequenceNumber >= 0 && sequenceNumber < attempts.size()
                    ? Optional.of(attempts.get((int) sequenceNumber)) : Optional.empty();
        }
    }

    /** The oldest attempt not yet taken, waiting at most {@code timeout}; null when none came. */
    RecordedPush take(Duration timeout) throws InterruptedException {
        return untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Every attempt so far, taken or not, oldest first; an unmodifiable copy. */
    List<RecordedPush> snapshot() {
        synchronized (lock) {
            return List.copyOf(all);
        }
    }
}
