package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.RequestEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How one event type is handled: its catalogue entry (decoding, deduplication, reply packet) and
 * the user's handler.
 *
 * @param <E> the event
 * @param <R> the handler's reply ({@link Void} for a notice)
 */
public final class Route<E extends PushEvent<R>, R> {

    /** Runs the user's handler; blocking ones on the executor given. */
    @FunctionalInterface
    public interface Handler<E, R> {
        /** Starts the handler for one event. */
        CompletionStage<R> invoke(E event, Executor blockingExecutor);
    }

    private final EventCodec<E, R> codec;
    private final Handler<E, R> handler;

    private Route(EventCodec<E, R> codec, Handler<E, R> handler) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** The route of {@code type}'s catalogue entry to {@code handler}. */
    public static <E extends PushEvent<R>, R> Route<E, R> of(Class<E> type, Handler<E, R> handler) {
        return new Route<>(EventCatalogue.forType(type), handler);
    }

    /** A blocking handler, run on the receiver's executor. */
    public static <E, R> Handler<E, R> blocking(Function<? super E, ? extends R> handler) {
        Objects.requireNonNull(handler, "handler");
        return (event, executor) -> CompletableFuture.supplyAsync(() -> handler.apply(event), executor);
    }

    /** A blocking handler without a reply, run on the receiver's executor. */
    public static <E> Handler<E, Void> blockingConsumer(Consumer<? super E> handler) {
        Objects.requireNonNull(handler, "handler");
        return (event, executor) -> CompletableFuture.runAsync(() -> handler.accept(event), executor);
    }

    /** A handler returning a stage, called on the receiving thread; it must not block. */
    public static <E, R> Handler<E, R> async(Function<? super E, ? extends CompletionStage<? extends R>> handler) {
        Objects.requireNonNull(handler, "handler");
        return (event, executor) -> {
            CompletionStage<? extends R> stage = handler.apply(event);
            return stage == null ? null : stage.<R>thenApply(reply -> reply);
        };
    }

    /** The event name this route takes. */
    public String name() {
        return codec.name();
    }

    E decode(PushFields fields) {
        return codec.decode(fields);
    }

    /**
     * The deduplication key, or {@code null} if this event is not deduplicated or lacks one of
     * its ids (two pushes missing an OrderID are not the same order).
     */
    String dedupKey(E event) {
        List<String> ids = codec.dedupIds(event);
        if (ids == null) {
            return null;
        }
        String toUser = event.envelope().toUserName();
        StringBuilder key = new StringBuilder(codec.name()).append(':').append(encode(toUser == null ? "" : toUser));
        for (String id : ids) {
            if (id.isEmpty()) {
                return null;
            }
            key.append(':').append(encode(id));
        }
        return key.toString();
    }

    Handler<E, R> handler() {
        return handler;
    }

    /** Whether the reply is a packet ({@code false}: {@code success}). */
    boolean repliesWithPacket() {
        return RequestEvent.class.isAssignableFrom(codec.type());
    }

    List<ReplyField> packet(E event, R reply, long now) {
        return codec.packet(event, Objects.requireNonNull(reply, "the handler's reply"), now);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
