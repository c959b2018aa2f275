package io.github.wxlogistics.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The push side of the fake: which couriers and which merchant get pushes, the envelope every
 * push starts with, and what a courier's reply means. Without targets it does nothing and the
 * fake behaves as if WeChat had no push configured. Thread-safe.
 */
public final class Pushes {

    /** The recipient name of merchant pushes in the journal. */
    public static final String MERCHANT = "merchant";
    /** The {@code FromUserName} of pushes from WeChat itself (API.md 6.4: a fixed WeChat-team openid). */
    public static final String WECHAT_OPENID = "oWeChatLogisticsTeam";

    private static final Pushes NONE = new Pushes(Map.of(), null, null, Clock.systemUTC());

    private final Map<String, PushTarget> couriers;
    private final PushTarget merchant;
    private final PushSender sender;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * Pushes to these recipients through {@code sender}.
     *
     * @param couriers by delivery_id
     * @param merchant the merchant's push URL, or {@code null}
     * @param sender   delivers; {@code null} only when there is no target
     * @param clock    CreateTime of pushes
     */
    public Pushes(Map<String, PushTarget> couriers, PushTarget merchant, PushSender sender, Clock clock) {
        this.couriers = Map.copyOf(couriers);
        this.merchant = merchant;
        this.sender = sender;
        this.clock = clock;
        if (sender == null && (!couriers.isEmpty() || merchant != null)) {
            throw new IllegalArgumentException("push targets need a sender");
        }
    }

    /** No pushes at all. */
    public static Pushes none() {
        return NONE;
    }

    /** Whether addOrder, cancelOrder, bindAccount and getQuota for this courier ask it by push. */
    public boolean hasCourier(String deliveryId) {
        return couriers.containsKey(deliveryId);
    }

    /** A new order Token, as WeChat gives the courier in add_waybill: 32 random hex digits. */
    public String newOrderToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /**
     * Pushes an event to a courier and waits for its reply packet.
     *
     * @param deliveryId   the courier; {@link #hasCourier} must be true
     * @param event        the event name
     * @param fromUserName the push's FromUserName
     * @param fields       adds the event's fields after the envelope
     * @return the reply, whose ResultCode is an integer
     * @throws ApiError 9300502 when no readable reply came, or it lacks an integer ResultCode
     */
    public CourierReply askCourier(String deliveryId, String event, String fromUserName,
            Consumer<PushPacket.Builder> fields) {
        PushTarget target = Objects.requireNonNull(couriers.get(deliveryId), deliveryId);
        PushPacket packet = packet(target, event, fromUserName, fields);
        Map<String, String> reply = sender.exchange(deliveryId, target, event, packet).orElseThrow(() ->
                ApiError.withHint(9300502, "the courier gave no readable reply to " + event));
        String code = reply.getOrDefault("ResultCode", "").strip();
        int resultCode;
        try {
            resultCode = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            throw ApiError.withHint(9300502, "the courier's reply to " + event + " has no integer ResultCode");
        }
        return new CourierReply(resultCode, reply.getOrDefault("ResultMsg", ""), reply);
    }

    /**
     * Queues an event for the merchant's push URL, if one is configured; returns at once. Pushes
     * are delivered in the order they are queued.
     */
    public void tellMerchant(String event, String fromUserName, Consumer<PushPacket.Builder> fields) {
        if (merchant != null) {
            sender.post(MERCHANT, merchant, event, packet(merchant, event, fromUserName, fields));
        }
    }

    /** The couriers that get pushes, by delivery_id, in no particular order. */
    public Map<String, PushTarget> courierTargets() {
        return couriers;
    }

    /** The merchant's push URL and settings, if configured. */
    public Optional<PushTarget> merchantTarget() {
        return Optional.ofNullable(merchant);
    }

    /**
     * Pushes any event with these fields (after the envelope) to a courier and waits for its reply,
     * as the console's "fire" does; the push journal records every attempt.
     *
     * @return the reply's text fields; empty when no attempt got a readable reply
     * @throws IllegalArgumentException when the courier has no push URL
     */
    public Optional<Map<String, String>> fire(String deliveryId, String event, PushPacket fields) {
        PushTarget target = couriers.get(deliveryId);
        if (target == null) {
            throw new IllegalArgumentException("courier " + deliveryId + " has no push URL; configured: "
                    + String.join(", ", couriers.keySet()));
        }
        return sender.exchange(deliveryId, target, event, packet(target, event, "", b -> b.all(fields)));
    }

    /**
     * Delivers a recorded push again, as it was (a new signature, timestamp and nonce), to test a
     * receiver's duplicate handling: a courier push waits for its reply, a merchant push is queued.
     */
    public void resend(PushAttempt earlier) {
        if (MERCHANT.equals(earlier.recipient())) {
            sender.post(MERCHANT, earlier.target(), earlier.event(), earlier.source());
        } else {
            sender.exchange(earlier.recipient(), earlier.target(), earlier.event(), earlier.source());
        }
    }

    private PushPacket packet(PushTarget target, String event, String fromUserName, Consumer<PushPacket.Builder> fields) {
        PushPacket.Builder b = PushPacket.builder().text("ToUserName", target.toUserName())
                .text("FromUserName", fromUserName.isEmpty() ? WECHAT_OPENID : fromUserName)
                .number("CreateTime", clock.instant().getEpochSecond()).text("MsgType", "event").text("Event", event);
        fields.accept(b);
        return b.build();
    }

    /**
     * A courier's reply.
     *
     * @param resultCode {@code ResultCode}
     * @param resultMsg  {@code ResultMsg}, empty when absent
     * @param fields     every top-level text field of the reply
     */
    public record CourierReply(int resultCode, String resultMsg, Map<String, String> fields) {

        /** A field of the reply. */
        public Optional<String> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }
    }
}
