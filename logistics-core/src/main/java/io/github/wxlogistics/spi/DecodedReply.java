package io.github.wxlogistics.spi;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A reply parsed once: its {@link ReplyStatus} at once, its typed value on demand. The value is
 * bound from what was already parsed, not from the bytes again, and only when asked for, so a
 * failed call never pays for binding a value nobody reads.
 *
 * @param <T> the reply's record type
 */
public final class DecodedReply<T> {

    private final ReplyStatus status;
    private final Supplier<T> value;

    private DecodedReply(ReplyStatus status, Supplier<T> value) {
        this.status = status;
        this.value = value;
    }

    /**
     * A decoded reply.
     *
     * @param status the status members, never {@code null}
     * @param value  binds the typed value; may throw {@link io.github.wxlogistics.error.DecodeException}
     * @param <T>    the reply's record type
     * @return the reply
     */
    public static <T> DecodedReply<T> of(ReplyStatus status, Supplier<T> value) {
        return new DecodedReply<>(Objects.requireNonNull(status, "status"), Objects.requireNonNull(value, "value"));
    }

    /**
     * The status members.
     *
     * @return the status members
     */
    public ReplyStatus status() {
        return status;
    }

    /**
     * The typed value, bound now.
     *
     * @return the value, never {@code null}
     * @throws io.github.wxlogistics.error.DecodeException if the reply does not have the type's shape
     */
    public T value() {
        return value.get();
    }

    @Override
    public String toString() {
        return "DecodedReply[" + status + "]";
    }
}
