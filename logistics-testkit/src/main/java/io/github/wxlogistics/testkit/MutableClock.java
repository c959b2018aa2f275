package io.github.wxlogistics.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, for expiring access tokens without waiting.
 * Thread-safe; {@link #withZone} returns a view that shares the same instant.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock at {@code start}, in UTC.
     *
     * @param start the clock's first instant
     * @return a clock at {@code start}, in UTC
     */
    public static MutableClock at(Instant start) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    /**
     * A clock at the current system time, in UTC.
     *
     * @return a clock at the current system time, in UTC
     */
    public static MutableClock startingNow() {
        return at(Instant.now());
    }

    /**
     * Moves the clock forward (or back, for a negative amount) and returns the new instant.
     *
     * @param amount how far to move the clock
     * @return the clock's instant after the move
     */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        return now.updateAndGet(i -> i.plus(amount));
    }

    /**
     * Sets the clock to {@code instant}.
     *
     * @param instant the clock's new instant
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, Objects.requireNonNull(newZone, "newZone"));
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
