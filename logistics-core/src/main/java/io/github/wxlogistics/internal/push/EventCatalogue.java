package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.AuthorizedEvent;
import io.github.wxlogistics.event.BusinessBindResultEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.ClaimResultEvent;
import io.github.wxlogistics.event.ComponentVerifyTicketEvent;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.UnauthorizedEvent;
import io.github.wxlogistics.event.UpdateAuthorizedEvent;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Every event type the receiver can take, by class: the core's eleven, then any {@link EventCodec}
 * found through {@link ServiceLoader} (once, when this class loads). A new event is a record in
 * {@code event} and one line here (with its decoder and, for a request, its reply packet).
 * Immutable after loading.
 */
public final class EventCatalogue {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.event");

    private static final List<EventCodec<?, ?>> BUILT_IN = List.of(
            // Merchant side: answered success.
            new Entry<AddExpressPathEvent, Void>(AddExpressPathEvent.NAME, AddExpressPathEvent.class,
                    EventDecoder::addExpressPath,
                    e -> List.of(nullToEmpty(e.deliveryId()), nullToEmpty(e.waybillId()), Long.toString(e.version())),
                    null),
            new Entry<BusinessBindResultEvent, Void>(BusinessBindResultEvent.NAME, BusinessBindResultEvent.class,
                    EventDecoder::businessBindResult, null, null),
            // Freight insurance: a settled claim; a repeat of the same result is a duplicate.
            new Entry<ClaimResultEvent, Void>(ClaimResultEvent.NAME, ClaimResultEvent.class,
                    EventDecoder::claimResult,
                    e -> List.of(nullToEmpty(e.orderNo()), Integer.toString(e.status().code())), null),
            // Courier side: answered with a reply packet.
            new Entry<AddWaybillEvent, AddWaybillReply>(AddWaybillEvent.NAME, AddWaybillEvent.class,
                    EventDecoder::addWaybill, e -> List.of(nullToEmpty(e.bizId()), nullToEmpty(e.orderId())),
                    ReplyPackets::addWaybill),
            new Entry<CancelWaybillEvent, CancelWaybillReply>(CancelWaybillEvent.NAME, CancelWaybillEvent.class,
                    EventDecoder::cancelWaybill, e -> List.of(nullToEmpty(e.bizId()), nullToEmpty(e.orderId())),
                    ReplyPackets::cancelWaybill),
            // check_biz is not deduplicated (a re-check is harmless), get_quota neither (a read).
            new Entry<CheckBizEvent, CheckBizReply>(CheckBizEvent.NAME, CheckBizEvent.class, EventDecoder::checkBiz,
                    null, ReplyPackets::checkBiz),
            new Entry<GetQuotaEvent, GetQuotaReply>(GetQuotaEvent.NAME, GetQuotaEvent.class, EventDecoder::getQuota,
                    null, ReplyPackets::getQuota),
            // Third-party platform (InfoType): a re-sent ticket is harmless (the store keeps the latest);
            // an authorization code is redeemed once, so a re-send must not run the handler again.
            new Entry<ComponentVerifyTicketEvent, Void>(ComponentVerifyTicketEvent.NAME, ComponentVerifyTicketEvent.class,
                    EventDecoder::componentVerifyTicket, null, null),
            // Keyed on the code too (as a digest: the key may be stored): two changes in one second are two pushes.
            new Entry<AuthorizedEvent, Void>(AuthorizedEvent.NAME, AuthorizedEvent.class, EventDecoder::authorized,
                    e -> List.of(nullToEmpty(e.authorizerAppid()), Long.toString(e.envelope().createTime()),
                            digest(e.authorizationCode())), null),
            new Entry<UpdateAuthorizedEvent, Void>(UpdateAuthorizedEvent.NAME, UpdateAuthorizedEvent.class,
                    EventDecoder::updateAuthorized,
                    e -> List.of(nullToEmpty(e.authorizerAppid()), Long.toString(e.envelope().createTime()),
                            digest(e.authorizationCode())), null),
            // Not deduplicated: forgetting a merchant twice is harmless (the platform tells its listener once),
            // and a revocation after a re-authorization within the same second must not be taken for a re-send.
            new Entry<UnauthorizedEvent, Void>(UnauthorizedEvent.NAME, UnauthorizedEvent.class, EventDecoder::unauthorized,
                    null, null));

    private static final Map<Class<?>, EventCodec<?, ?>> BY_TYPE = load();

    private EventCatalogue() {
    }

    /**
     * The entry for an event class.
     *
     * @throws IllegalArgumentException if no entry takes it
     */
    @SuppressWarnings("unchecked")
    public static <E extends PushEvent<R>, R> EventCodec<E, R> forType(Class<E> type) {
        EventCodec<?, ?> codec = BY_TYPE.get(Objects.requireNonNull(type, "type"));
        if (codec == null) {
            throw new IllegalArgumentException(type.getName() + " is not a push event the receiver knows; known: "
                    + BY_TYPE.keySet().stream().map(Class::getSimpleName).toList());
        }
        // Keyed by the codec's own event class, whose PushEvent<R> fixes R.
        return (EventCodec<E, R>) codec;
    }

    /** Every entry, the core's first. */
    public static List<EventCodec<?, ?>> all() {
        return List.copyOf(BY_TYPE.values());
    }

    private static Map<Class<?>, EventCodec<?, ?>> load() {
        Map<Class<?>, EventCodec<?, ?>> byType = new LinkedHashMap<>();
        Map<String, Class<?>> names = new LinkedHashMap<>();
        BUILT_IN.forEach(codec -> add(codec, byType, names));
        try {
            for (EventCodec<?, ?> codec : ServiceLoader.load(EventCodec.class, EventCodec.class.getClassLoader())) {
                add(codec, byType, names);
            }
        } catch (ServiceConfigurationError e) {
            LOG.log(Level.WARNING, "an event codec could not be loaded; the core's events still work", e);
        }
        return Collections.unmodifiableMap(byType);
    }

    private static void add(EventCodec<?, ?> codec, Map<Class<?>, EventCodec<?, ?>> byType,
            Map<String, Class<?>> names) {
        if (byType.containsKey(codec.type()) || names.containsKey(codec.name())) {
            LOG.log(Level.WARNING, "event codec {0} ignored: {1} or {2} is taken already",
                    codec.getClass().getName(), codec.type().getName(), codec.name());
            return;
        }
        byType.put(codec.type(), codec);
        names.put(codec.name(), codec.type());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A secret's SHA-256 in hex, to tell pushes apart without keeping the secret; empty for none. */
    private static String digest(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Lays out a reply packet. */
    @FunctionalInterface
    private interface Packet<E, R> {
        List<ReplyField> fields(E event, R reply, long now);
    }

    /** A core entry. */
    private record Entry<E extends PushEvent<R>, R>(String name, Class<E> type, Function<PushFields, E> decoder,
            Function<E, List<String>> dedup, Packet<E, R> layout) implements EventCodec<E, R> {

        @Override
        public E decode(PushFields fields) {
            return decoder.apply(fields);
        }

        @Override
        public List<String> dedupIds(E event) {
            return dedup == null ? null : dedup.apply(event);
        }

        @Override
        public List<ReplyField> packet(E event, R reply, long now) {
            if (layout == null) {
                return EventCodec.super.packet(event, reply, now);
            }
            return layout.fields(event, reply, now);
        }
    }
}
