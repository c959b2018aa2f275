package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.ResultCode;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.WaybillData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
// end::imports[]

/**
 * The courier company's side that docs/courier.md quotes: the push receiver that answers
 * check_biz, get_quota, add_waybill and cancel_waybill, and the calls made after a booking
 * (getContact with the order's Token, updatePath through the action types).
 */
public final class CourierExamples {

    private CourierExamples() {
    }

    /** A booked parcel: our waybill ID and the order Token WeChat gave with add_waybill. */
    public record Booking(String orderId, String waybillId, String token, boolean pickedUp) {
    }

    /**
     * A courier company's accounts and bookings, standing in for yours (in memory, thread-safe).
     */
    // tag::book[]
    public static final class CourierBook {
        private final Map<String, String> passwords = new ConcurrentHashMap<>();   // biz_id -> BizPwd
        private final Map<String, Long> quotas = new ConcurrentHashMap<>();        // biz_id -> labels left
        private final Map<String, Booking> bookings = new ConcurrentHashMap<>();   // order_id -> booking
        private final AtomicLong nextWaybill = new AtomicLong(880_000_000_001L);

        /** Opens a merchant account: its biz_id, the password it binds with, the labels it may print. */
        public void openAccount(String bizId, String password, long quota) {
            passwords.put(bizId, password);
            quotas.put(bizId, quota);
        }

        boolean accountMatches(String bizId, String password) {
            return password != null && password.equals(passwords.get(bizId));
        }

        long quota(String bizId) {
            return quotas.getOrDefault(bizId, 0L);
        }

        /** Books once per order: WeChat re-sends add_waybill, and the same order must keep its waybill. */
        Booking book(AddWaybillEvent push) {
            return bookings.computeIfAbsent(push.orderId(), id -> {
                quotas.computeIfPresent(push.bizId(), (biz, left) -> left - 1);
                return new Booking(id, "YD" + nextWaybill.getAndIncrement(), push.token(), false);
            });
        }

        boolean cancel(String orderId) {
            Booking booking = bookings.get(orderId);
            if (booking == null || booking.pickedUp()) {
                return false;
            }
            bookings.remove(orderId);
            return true;
        }

        void pickedUp(String orderId) {
            bookings.computeIfPresent(orderId, (id, b) -> new Booking(id, b.waybillId(), b.token(), true));
        }

        /** The booking of an order, once add_waybill has been answered. */
        public Optional<Booking> booking(String orderId) {
            return Optional.ofNullable(bookings.get(orderId));
        }
    }
    // end::book[]

    /**
     * The courier's push receiver, in safe mode.
     *
     * @param pushToken    the push Token of the courier's message-push settings
     * @param aesKey       its EncodingAESKey
     * @param courierAppId the courier's own AppID
     * @param book         the accounts and bookings
     * @return the receiver; put it on a push URL with JdkPushHandler, VertxPushHandler or the starter
     */
    public static PushReceiver receiver(String pushToken, String aesKey, String courierAppId, CourierBook book) {
        // tag::receiver[]
        PushReceiver receiver = PushReceiver.builder()
                .token(pushToken).encodingAesKey(aesKey).appId(courierAppId)
                // bindAccount: is this biz_id ours, and is BizPwd right? The Quota goes back to the merchant.
                .on(CheckBizEvent.class, push -> book.accountMatches(push.bizId(), push.bizPwd())
                        ? CheckBizReply.approved(book.quota(push.bizId()))
                        : CheckBizReply.refused(ResultCode.WRONG_PASSWORD, "账号或密码错误"))
                // getQuota: how many labels the account may still print.
                .on(GetQuotaEvent.class, push -> book.accountMatches(push.bizId(), push.bizPwd())
                        ? GetQuotaReply.of(book.quota(push.bizId()))
                        : GetQuotaReply.refused(ResultCode.WRONG_PASSWORD, "账号或密码错误"))
                // addOrder: book the parcel and answer with our waybill ID and the label's data. The waybill
                // exists at WeChat only once this reply is in: getContact and updatePath made from inside
                // this handler fail with 40199; keep push.token() and call them after returning.
                .on(AddWaybillEvent.class, push -> {
                    if (!book.accountMatches(push.bizId(), push.bizPwd())) {
                        return AddWaybillReply.failure(ResultCode.WRONG_PASSWORD, "账号或密码错误");
                    }
                    Booking booking = book.book(push);
                    return AddWaybillReply.success(booking.waybillId(), List.of(
                            new WaybillData("YUNDA_sortCode", "010-A1"),       // printed on the label
                            new WaybillData("YUNDA_station", "北京朝阳集散中心")));
                })
                // cancelOrder: refuse once the parcel is picked up.
                .on(CancelWaybillEvent.class, push -> book.cancel(push.orderId()) ? CancelWaybillReply.cancelled()
                        : CancelWaybillReply.refused(ResultCode.ALREADY_PICKED_UP, "已揽件,无法取消"))
                .build();
        // end::receiver[]
        return receiver;
    }

    /**
     * Marks an order picked up without telling WeChat yet (a rider's scan not yet synced).
     *
     * @param book    the bookings
     * @param orderId the order
     */
    public static void markPickedUp(CourierBook book, String orderId) {
        book.pickedUp(orderId);
    }

    /**
     * The pickup: the parcel's contacts, then the first path node.
     *
     * @param courier the courier's client
     * @param book    the bookings
     * @param orderId the order, booked through add_waybill
     * @param at      when the parcel was picked up
     * @return the contacts
     */
    public static GetContactResponse pickUp(LogisticsClient courier, CourierBook book, String orderId, Instant at) {
        // tag::pick-up[]
        Booking booking = book.booking(orderId).orElseThrow();
        GetContactResponse contact = courier.courier().getContact(GetContactRequest.builder()
                .token(booking.token()).waybillId(booking.waybillId()).build());
        // contact.sender() and contact.receiver(): name, mobile, address, for the rider's app.
        courier.courier().updatePath(UpdatePathRequest.builder()
                .token(booking.token()).waybillId(booking.waybillId())
                .actionTime(at.getEpochSecond())             // Unix seconds
                .actionType(ActionType.PICKED_UP).actionMsg("快递员已揽件").build());
        book.pickedUp(orderId);
        // end::pick-up[]
        return contact;
    }

    /**
     * The rest of the path: in transit, out for delivery, signed.
     *
     * @param courier the courier's client
     * @param booking the booking
     * @param start   when the parcel left the first station
     */
    public static void deliver(LogisticsClient courier, Booking booking, Instant start) {
        // tag::deliver[]
        record Node(ActionType type, String message, Instant at) {
        }
        for (Node node : List.of(
                new Node(ActionType.IN_TRANSIT, "到达北京朝阳集散中心", start),
                new Node(ActionType.OUT_FOR_DELIVERY, "派件中", start.plusSeconds(3600)),
                new Node(ActionType.SIGNED, "已签收,签收人:本人", start.plusSeconds(7200)))) {
            courier.courier().updatePath(UpdatePathRequest.builder()
                    .token(booking.token()).waybillId(booking.waybillId())
                    .actionTime(node.at().getEpochSecond()).actionType(node.type()).actionMsg(node.message()).build());
        }
        // end::deliver[]
    }
}
