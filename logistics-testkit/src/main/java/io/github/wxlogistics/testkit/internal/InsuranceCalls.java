package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Freight insurance (无忧退货/运费险) played with state. The AppID starts with insurance not open: every call
 * but open and query_open is answered 2004 until open (a second open 2001). createorder issues a policy per
 * WeChat Pay transaction (status 2, covered for {@link #COVER_DAYS} days; then 7, expired) and takes its
 * {@link #PREMIUM} from the funds; claim moves it to 4 and, unless claims are held, settles it at once as
 * paid (5), pushing {@code wxainsurance_claim_result} to the merchant's push URL; a held claim is settled
 * by {@link #settle}. Charge orders: createchargeid opens one (1, awaiting payment), the merchant pays it
 * ({@link #pay}: 2, the funds grow), refund refunds every paid one (6). WeChat documents no code for
 * exhausted funds: the fake lets them go below zero and getsummary then says {@code need_close}.
 *
 * <p>Codes produced by state: 2 a missing field (41009 for createorder's openid), 1010 a pay_time not within
 * the last 3 days, 1011 a waybill used before (createorder's delivery_no, claim's refund_delivery_no), 2001,
 * 2003 a top-up above 1,000,000 fen, 2004, 2007 a second claim, 2009 no policy for the order_no (or an unknown
 * charge order), 2011 an order_no that is not a WeChat Pay id (42 and 26 more digits) or a claim by another
 * openid, 1011 a second policy for one order_no. 2008, 2012, 2013 and -202 come from scripting. Guarded by the
 * state's lock.
 */
public final class InsuranceCalls {

    /** The premium of every policy, in fen (the COMM sample's 0.36 yuan). */
    public static final long PREMIUM = 36;
    /** A self-ship claim's payout, in fen: ¥10, as the product page says. */
    public static final long ESTIMATE_AMOUNT = 1000;
    /** How long a policy covers the order. */
    public static final int COVER_DAYS = 90;
    /** The push event. */
    public static final String CLAIM_RESULT = "wxainsurance_claim_result";

    private static final long PAY_WINDOW_SECONDS = 3 * 24 * 3600L;
    private static final DateTimeFormatter END_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private static final class Policy {
        final String openid;
        final String orderNo;
        final String policyNo;
        final String deliveryNo;
        final long createTime;
        final long endTime;
        int status = 2;
        String reportNo = "";
        String refundDeliveryNo = "";
        String payFailReason = "";
        long payFinishTime;

        Policy(String openid, String orderNo, String policyNo, String deliveryNo, long createTime, long endTime) {
            this.openid = openid;
            this.orderNo = orderNo;
            this.policyNo = policyNo;
            this.deliveryNo = deliveryNo;
            this.createTime = createTime;
            this.endTime = endTime;
        }
    }

    private static final class Charge {
        final long orderId;
        final long totalPrice;
        final long createTime;
        int status = 1;
        long payTime;
        int refundStatus = 1;
        long refundTime;
        long refundAmt;

        Charge(long orderId, long totalPrice, long createTime) {
            this.orderId = orderId;
            this.totalPrice = totalPrice;
            this.createTime = createTime;
        }
    }

    private final LogisticsState state;
    private final Pushes pushes;
    private boolean opened;
    private boolean holdClaims;
    private long funds;
    private long notifyFunds;
    private long sequence = 1_000_000L;
    private final Map<String, Policy> policies = new LinkedHashMap<>();
    private final Map<Long, Charge> charges = new LinkedHashMap<>();
    private final Set<String> waybills = new HashSet<>();

    /** Calls guarded by {@code state}'s lock, pushing through {@code pushes}. */
    public InsuranceCalls(LogisticsState state, Pushes pushes) {
        this.state = state;
        this.pushes = pushes;
    }

    /** open: 2001 when open already. */
    public JsonObject open() {
        return state.locked(() -> {
            if (opened) {
                throw ApiError.of(2001);
            }
            opened = true;
            return Replies.ok();
        });
    }

    /** query_open. */
    public JsonObject queryOpen() {
        return state.locked(() -> ok().add("is_open", opened ? 1 : 0).build());
    }

    /** createorder. */
    public JsonObject createOrder(JsonObject b) {
        if (!(b.get("openid") instanceof JsonString s) || s.getString().isBlank()) {
            throw ApiError.withHint(41009, "openid is empty");
        }
        String openid = s.getString();
        String orderNo = text(b, "order_no");
        long payTime = number(b, "pay_time");
        number(b, "pay_amount");
        String deliveryNo = text(b, "delivery_no");
        place(b, "delivery_place");
        place(b, "receipt_place");
        JsonObject product = object(b, "product_info");
        text(product, "order_path");
        if (!(product.get("goods_list") instanceof JsonArray goods) || goods.isEmpty()) {
            throw ApiError.withHint(2, "product_info.goods_list is empty");
        }
        return state.locked(() -> {
            requireOpen();
            long now = state.now();
            if (payTime > now + 600 || payTime < now - PAY_WINDOW_SECONDS) {
                throw ApiError.withHint(1010, "pay_time must lie within the last 3 days");
            }
            if (!isPayId(orderNo)) {
                throw ApiError.withHint(2011, "order_no is not a WeChat Pay transaction id");
            }
            if (policies.containsKey(orderNo) || waybills.contains(deliveryNo)) {
                throw ApiError.withHint(1011, policies.containsKey(orderNo) ? "order_no is insured already"
                        : "delivery_no was used before");
            }
            Policy p = new Policy(openid, orderNo, "POL" + (++sequence), deliveryNo, now, now + COVER_DAYS * 86_400L);
            policies.put(orderNo, p);
            waybills.add(deliveryNo);
            funds -= PREMIUM;
            return ok().add("policy_no", p.policyNo)
                    .add("insurance_end_date", END_DATE.format(Instant.ofEpochSecond(p.endTime)))
                    .add("estimate_amount", ESTIMATE_AMOUNT).add("premium", PREMIUM).build();
        });
    }

    /** claim: 4, then settled (5, pushed) unless claims are held. */
    public JsonObject claim(JsonObject b) {
        String openid = text(b, "openid");
        String orderNo = text(b, "order_no");
        String refundDeliveryNo = text(b, "refund_delivery_no");
        text(b, "refund_company");
        return state.locked(() -> {
            requireOpen();
            Policy p = policies.get(orderNo);
            if (p == null) {
                throw ApiError.withHint(2009, "no policy for this order_no");
            }
            if (!p.openid.equals(openid)) {
                throw ApiError.withHint(2011, "openid differs from the insured one");
            }
            expire(p);
            if (p.status == 7) {
                throw ApiError.withHint(2009, "the policy expired");
            }
            if (p.status != 2) {
                throw ApiError.of(2007);
            }
            if (waybills.contains(refundDeliveryNo)) {
                throw ApiError.withHint(1011, "refund_delivery_no was used before");
            }
            waybills.add(refundDeliveryNo);
            p.status = 4;
            p.reportNo = "RPT" + (++sequence);
            p.refundDeliveryNo = refundDeliveryNo;
            if (!holdClaims) {
                settleLocked(p, true, "");
            }
            return ok().add("report_no", p.reportNo).add("is_home_pick_up", 0).build();
        });
    }

    /** createchargeid: a charge order awaiting payment; 2003 above ¥10,000. */
    public JsonObject createChargeId(JsonObject b) {
        long quota = number(b, "quota");
        return state.locked(() -> {
            requireOpen();
            if (quota <= 0) {
                throw ApiError.withHint(2, "quota must be positive fen");
            }
            if (quota > 1_000_000L) {
                throw ApiError.of(2003);
            }
            // Beyond 2^53, as WeChat's ids are: a client that reads it as a double loses digits.
            long orderId = 2_915_235_720_603_000_000L + (++sequence);
            charges.put(orderId, new Charge(orderId, quota, state.now()));
            return ok().add("order_id", orderId).build();
        });
    }

    /** applypay: order_id as text (WeChat's staff say so) or as a number. */
    public JsonObject applyPay(JsonObject b) {
        JsonValue v = b.get("order_id");
        long orderId;
        try {
            orderId = v instanceof JsonString s ? Long.parseLong(s.getString().strip())
                    : v instanceof JsonNumber n ? n.longValueExact() : missing("order_id");
        } catch (NumberFormatException | ArithmeticException e) {
            throw ApiError.withHint(2, "order_id must be createchargeid's order_id");
        }
        return state.locked(() -> {
            requireOpen();
            Charge c = charges.get(orderId);
            if (c == null) {
                throw ApiError.withHint(2009, "no charge order " + orderId);
            }
            return ok().add("pay_url", "https://payapp.weixin.qq.com/fake/insurance_freight/pay?order_id=" + orderId)
                    .build();
        });
    }

    /** getpayorderlist. */
    public JsonObject payOrderList(JsonObject b) {
        Set<Integer> statuses = statusList(b, true);
        int offset = (int) optNumber(b, "offset", 0);
        int limit = (int) optNumber(b, "limit", Integer.MAX_VALUE);
        return state.locked(() -> {
            requireOpen();
            List<Charge> matching = charges.values().stream().filter(c -> statuses.contains(c.status)).toList();
            JsonArrayBuilder list = Jsons.array();
            matching.stream().skip(offset).limit(limit).forEach(c -> list.add(Jsons.object().add("order_id", c.orderId)
                    .add("order_status", c.status).add("total_price", c.totalPrice).add("create_time", c.createTime)
                    .add("pay_time", c.payTime).add("can_refund", c.status == 2 ? 1 : 0)
                    .add("refund_time", c.refundTime).add("refund_status", c.refundStatus)
                    .add("refund_amt", c.refundAmt)));
            return ok().add("total", matching.size()).add("list", list).build();
        });
    }

    /** refund: every paid charge order is refunded. */
    public JsonObject refund() {
        return state.locked(() -> {
            requireOpen();
            for (Charge c : charges.values()) {
                if (c.status == 2) {
                    c.status = 6;
                    c.refundStatus = 4;
                    c.refundTime = state.now();
                    c.refundAmt = c.totalPrice;
                    funds -= c.totalPrice;
                }
            }
            return Replies.ok();
        });
    }

    /** getsummary: the policies created in the period and the funds now. */
    public JsonObject summary(JsonObject b) {
        long begin = number(b, "begin_time");
        long end = number(b, "end_time");
        return state.locked(() -> {
            requireOpen();
            List<Policy> in = policies.values().stream().filter(p -> p.createTime >= begin && p.createTime <= end).toList();
            long claims = in.stream().filter(p -> !p.reportNo.isEmpty()).count();
            long paid = in.stream().filter(p -> p.status == 5).count();
            return ok().add("total", in.size()).add("claim_num", claims).add("claim_succ_num", paid)
                    .add("premium", in.size() * PREMIUM).add("funds", funds)
                    .add("need_close", funds < PREMIUM).build();
        });
    }

    /** getorderlist: every filter optional; at most 100 a page. */
    public JsonObject orderList(JsonObject b) {
        List<Predicate<Policy>> filters = new ArrayList<>();
        filter(b, "openid", p -> p.openid, filters);
        filter(b, "order_no", p -> p.orderNo, filters);
        filter(b, "policy_no", p -> p.policyNo, filters);
        filter(b, "report_no", p -> p.reportNo, filters);
        filter(b, "delivery_no", p -> p.deliveryNo, filters);
        filter(b, "refund_delivery_no", p -> p.refundDeliveryNo, filters);
        long begin = optNumber(b, "begin_time", Long.MIN_VALUE);
        long end = optNumber(b, "end_time", Long.MAX_VALUE);
        Set<Integer> statuses = statusList(b, false);
        int offset = (int) optNumber(b, "offset", 0);
        long limit = optNumber(b, "limit", 100);
        if (limit < 1 || limit > 100) {
            throw ApiError.withHint(2, "limit must be from 1 to 100");
        }
        boolean newestFirst = optNumber(b, "sort_direct", 0) == 1;
        return state.locked(() -> {
            requireOpen();
            policies.values().forEach(this::expire);
            Comparator<Policy> order = Comparator.comparingLong(p -> p.createTime);
            List<Policy> matching = policies.values().stream()
                    .filter(p -> p.createTime >= begin && p.createTime <= end)
                    .filter(p -> statuses.isEmpty() || statuses.contains(p.status))
                    .filter(p -> filters.stream().allMatch(f -> f.test(p)))
                    .sorted(newestFirst ? order.reversed() : order).toList();
            JsonArrayBuilder list = Jsons.array();
            matching.stream().skip(offset).limit(limit).forEach(p -> list.add(Jsons.object().add("order_no", p.orderNo)
                    .add("policy_no", p.policyNo).add("report_no", p.reportNo).add("delivery_no", p.deliveryNo)
                    .add("refund_delivery_no", p.refundDeliveryNo).add("premium", PREMIUM)
                    .add("estimate_amount", ESTIMATE_AMOUNT).add("status", p.status)
                    .add("pay_fail_reason", p.payFailReason).add("pay_finish_time", p.payFinishTime)
                    .add("is_home_pick_up", 0)));
            return ok().add("total", matching.size()).add("list", list).build();
        });
    }

    /** update_notify_funds. */
    public JsonObject updateNotifyFunds(JsonObject b) {
        long value = number(b, "notify_funds");
        return state.locked(() -> {
            requireOpen();
            if (value < 0) {
                throw ApiError.withHint(2, "notify_funds must be 0 or more fen");
            }
            notifyFunds = value;
            return Replies.ok();
        });
    }

    /** The merchant pays a charge order: 2 (paid), the funds grow. */
    public void pay(long orderId) {
        state.locked(() -> {
            Charge c = charges.get(orderId);
            if (c == null) {
                throw new IllegalArgumentException("no charge order " + orderId);
            }
            if (c.status != 1) {
                throw new IllegalStateException("charge order " + orderId + " is not awaiting payment (status " + c.status + ")");
            }
            c.status = 2;
            c.payTime = state.now();
            funds += c.totalPrice;
            return null;
        });
    }

    /** Whether claims wait for {@link #settle} (else each is paid at once). */
    public void holdClaims(boolean hold) {
        state.locked(() -> {
            holdClaims = hold;
            return null;
        });
    }

    /** Settles a claim in progress: 5 (paid) or 6 (failed, with {@code reason}), and pushes the result. */
    public void settle(String orderNo, boolean paid, String reason) {
        state.locked(() -> {
            Policy p = policies.get(orderNo);
            if (p == null) {
                throw new IllegalArgumentException("no policy for order_no " + orderNo);
            }
            if (p.status != 4) {
                throw new IllegalStateException("policy for " + orderNo + " has no claim in progress (status " + p.status + ")");
            }
            settleLocked(p, paid, reason);
            return null;
        });
    }

    /** The funds and the warning threshold, in fen. */
    public long[] funds() {
        return state.locked(() -> new long[] {funds, notifyFunds});
    }

    /** Each policy's order_no and status, for the console. */
    public Map<String, Integer> policyStatuses() {
        return state.locked(() -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            policies.values().forEach(p -> {
                expire(p);
                out.put(p.orderNo, p.status);
            });
            return out;
        });
    }

    private void settleLocked(Policy p, boolean paid, String reason) {
        p.status = paid ? 5 : 6;
        p.payFinishTime = paid ? state.now() : 0;
        p.payFailReason = paid ? "" : reason;
        PushPacket.Builder result = PushPacket.builder().text("OrderNo", p.orderNo).number("Status", p.status)
                .number("FinishTime", p.payFinishTime);
        if (!paid) {
            result.text("PayFailReason", reason);
        }
        PushPacket upload = result.build();
        pushes.tellMerchant(CLAIM_RESULT, p.openid, packet -> packet.object("upload_event", upload));
    }

    private void expire(Policy p) {
        if (p.status == 2 && state.now() > p.endTime) {
            p.status = 7;
        }
    }

    private void requireOpen() {
        if (!opened) {
            throw ApiError.of(2004);
        }
    }

    private static boolean isPayId(String orderNo) {
        return orderNo.matches("42[0-9]{26}");
    }

    private static JsonObjectBuilder ok() {
        return Jsons.object().add("errcode", 0).add("errmsg", "ok");
    }

    private static void filter(JsonObject b, String field, java.util.function.Function<Policy, String> value,
            List<Predicate<Policy>> filters) {
        if (b.get(field) instanceof JsonString s && !s.getString().isEmpty()) {
            filters.add(p -> s.getString().equals(value.apply(p)));
        }
    }

    private static Set<Integer> statusList(JsonObject b, boolean required) {
        JsonValue v = b.get("status_list");
        if (!(v instanceof JsonArray list) || list.isEmpty()) {
            if (required) {
                throw ApiError.withHint(2, "status_list is empty");
            }
            return Set.of();
        }
        Set<Integer> out = new HashSet<>();
        for (JsonValue item : list) {
            if (!(item instanceof JsonNumber n) || !n.isIntegral()) {
                throw ApiError.withHint(2, "status_list must hold numbers");
            }
            out.add(n.intValue());
        }
        return out;
    }

    private static String text(JsonObject b, String field) {
        if (!(b.get(field) instanceof JsonString s) || s.getString().isBlank()) {
            throw ApiError.withHint(2, field + " is empty");
        }
        return s.getString();
    }

    private static long number(JsonObject b, String field) {
        if (!(b.get(field) instanceof JsonNumber n) || !n.isIntegral()) {
            return missing(field);
        }
        return n.longValue();
    }

    private static long optNumber(JsonObject b, String field, long fallback) {
        JsonValue v = b.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? fallback : number(b, field);
    }

    private static JsonObject object(JsonObject b, String field) {
        if (!(b.get(field) instanceof JsonObject o)) {
            throw ApiError.withHint(2, field + " is empty");
        }
        return o;
    }

    private static void place(JsonObject b, String field) {
        JsonObject o = object(b, field);
        for (String part : List.of("province", "city", "county", "address")) {
            if (!(o.get(part) instanceof JsonString s) || s.getString().isBlank()) {
                throw ApiError.withHint(2, field + "." + part + " is empty");
            }
        }
    }

    private static long missing(String field) {
        throw ApiError.withHint(2, field + " is empty");
    }
}
