package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.BusinessBindResultEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushFields;
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
 * How one event type is handled: how it is decoded, what identifies a re-send of it, the user's
 * handler, and how its reply packet is laid out ({@code success} for merchant events).
 *
 * @param <E> the event
 * @param <R> the handler's reply ({@link Void} for merchant events)
 */
public final class Route<E extends PushEvent, R> {

    /** Runs the user's handler; blocking ones on the executor given. */
    @FunctionalInterface
    public interface Handler<E, R> {
        /** Starts the handler for one event. */
        CompletionStage<R> invoke(E event, Executor blockingExecutor);
    }

    /** Lays out a courier reply packet. */
    @FunctionalInterface
    interface Packet<E, R> {
        List<ReplyField> fields(E event, R reply, long now);
    }

    private final String name;
    private final Function<PushFields, E> decoder;
    private final Function<E, List<String>> dedupIds;
    private final Handler<E, R> handler;
    private final Packet<E, R> packet;

    private Route(String name, Function<PushFields, E> decoder, Function<E, List<String>> dedupIds,
            Handler<E, R> handler, Packet<E, R> packet) {
        this.name = name;
        this.decoder = decoder;
        this.dedupIds = dedupIds;
        this.handler = Objects.requireNonNull(handler, "handler");
        this.packet = packet;
    }

    /** {@code add_express_path}, deduplicated on DeliveryID, WayBillId and Version. */
    public static Route<AddExpressPathEvent, Void> addExpressPath(Handler<AddExpressPathEvent, Void> handler) {
        return new Route<>(AddExpressPathEvent.NAME, EventDecoder::addExpressPath,
                e -> List.of(nullToEmpty(e.deliveryId()), nullToEmpty(e.waybillId()), Long.toString(e.version())),
                handler, null);
    }

    /** {@code update_business_bind_result}. */
    public static Route<BusinessBindResultEvent, Void> businessBindResult(Handler<BusinessBindResultEvent, Void> handler) {
        return new Route<>(BusinessBindResultEvent.NAME, EventDecoder::businessBindResult, null, handler, null);
    }

    /** {@code add_waybill}, deduplicated on BizID and OrderID. */
    public static Route<AddWaybillEvent, AddWaybillReply> addWaybill(Handler<AddWaybillEvent, AddWaybillReply> handler) {
        return new Route<>(AddWaybillEvent.NAME, EventDecoder::addWaybill,
                e -> List.of(nullToEmpty(e.bizId()), nullToEmpty(e.orderId())), handler, ReplyPackets::addWaybill);
    }

    /** {@code cancel_waybill}, deduplicated on BizID and OrderID. */
    public static Route<CancelWaybillEvent, CancelWaybillReply> cancelWaybill(
            Handler<CancelWaybillEvent, CancelWaybillReply> handler) {
        return new Route<>(CancelWaybillEvent.NAME, EventDecoder::cancelWaybill,
                e -> List.of(nullToEmpty(e.bizId()), nullToEmpty(e.orderId())), handler, ReplyPackets::cancelWaybill);
    }

    /** {@code check_biz}, not deduplicated (a re-check is harmless). */
    public static Route<CheckBizEvent, CheckBizReply> checkBiz(Handler<CheckBizEvent, CheckBizReply> handler) {
        return new Route<>(CheckBizEvent.NAME, EventDecoder::checkBiz, null, handler, ReplyPackets::checkBiz);
    }

    /** {@code get_quota}, not deduplicated (a read). */
    public static Route<GetQuotaEvent, GetQuotaReply> getQuota(Handler<GetQuotaEvent, GetQuotaReply> handler) {
        return new Route<>(GetQuotaEvent.NAME, EventDecoder::getQuota, null, handler, ReplyPackets::getQuota);
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
    public static <E, R> Handler<E, R> async(Function<? super E, ? extends CompletionStage<R>> handler) {
        Objects.requireNonNull(handler, "handler");
        return (event, executor) -> handler.apply(event);
    }

    /** The event name this route takes. */
    public String name() {
        return name;
    }

    E decode(PushFields fields) {
        return decoder.apply(fields);
    }

    /**
     * The deduplication key, or {@code null} if this event is not deduplicated or lacks one of
     * its ids (two pushes missing an OrderID are not the same order).
     */
    String dedupKey(E event) {
        if (dedupIds == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(name).append(':')
                .append(encode(nullToEmpty(event.envelope().toUserName())));
        for (String id : dedupIds.apply(event)) {
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
        return packet != null;
    }

    List<ReplyField> packet(E event, R reply, long now) {
        return packet.fields(event, Objects.requireNonNull(reply, "the handler's reply"), now);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
