package io.github.wxlogistics.internal.validation;

import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddSource;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetQuotaRequest;
import io.github.wxlogistics.model.OrderQuery;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The input rules of every request type, one method each. Each records every broken rule in the
 * given {@link Checks}, naming the wire field; nothing is sent when one is broken. Identifiers
 * WeChat documents no limit for are capped at {@link Checks#ID_MAX_BYTES}.
 * The rules of addOrder's nested parts live in {@link AddOrderRules}. Rules about time (an
 * expected pickup in the future, times in seconds rather than milliseconds) read the clock given
 * here.
 */
public final class RequestRules {

    static final int ORDER_ID_MAX_BYTES = 512;
    static final int CUSTOM_REMARK_MAX_BYTES = 1024;
    static final int GOODS_NAME_MAX_BYTES = 128;
    static final int BATCH_MAX_ORDERS = 100;
    static final int PRINTER_MAX_TAGIDS = 10;

    /** Cash codes for orders without a contract; an SF cash order needs an expected pickup time. */
    static final String SF_CASH = "SF_CASH";
    /** How far ahead a time may lie before it looks like milliseconds or a typo: one year. */
    static final Duration FUTURE_LIMIT = Duration.ofDays(366);

    private final Clock clock;

    public RequestRules(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The rules' clock's now: rules about time in other classes of this package read it here. */
    Instant now() {
        return clock.instant();
    }

    /** getOrder. */
    public void getOrder(Checks v, GetOrderRequest r) {
        if (!v.requiredValue("getOrder request", r)) {
            return;
        }
        v.required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        v.id("delivery_id", r.deliveryId());
        v.maxBytes("custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
    }

    /** getPath. */
    public void getPath(Checks v, GetPathRequest r) {
        if (!v.requiredValue("getPath request", r)) {
            return;
        }
        v.required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        v.id("delivery_id", r.deliveryId());
        v.id("waybill_id", r.waybillId());
    }

    /** addOrder. */
    public void addOrder(Checks v, AddOrderRequest r) {
        if (!v.requiredValue("addOrder request", r)) {
            return;
        }
        v.requiredValue("add_source", r.addSource());
        v.required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        if (AddSource.APP_OR_H5.equals(r.addSource())) {
            v.id("wx_appid", r.wxAppid());
        } else {
            v.id("openid", r.openid());
        }
        v.id("delivery_id", r.deliveryId());
        v.id("biz_id", r.bizId());
        v.maxBytes("custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
        expectTime(v, r);
        AddOrderRules.person(v, "sender", r.sender());
        AddOrderRules.person(v, "receiver", r.receiver());
        AddOrderRules.cargo(v, "cargo", r.cargo());
        AddOrderRules.shop(v, "shop", r.shop());
        AddOrderRules.insured(v, "insured", r.insured());
        if (v.requiredValue("service", r.service())) {
            v.required("service.service_name", r.service().serviceName());
        }
    }

    /**
     * {@code expect_time}: Unix seconds; 0 means a pickup agreed beforehand; any other value must lie
     * in the future (and within a year, so milliseconds are caught); SF cash orders need one, or
     * nobody comes (the official addOrder page).
     */
    private void expectTime(Checks v, AddOrderRequest r) {
        Long expect = r.expectTime();
        if (expect == null || expect == 0) {
            if (SF_CASH.equals(r.bizId())) {
                v.add("expect_time", "is required for " + SF_CASH
                        + " orders (Unix seconds in the future), or no courier comes");
            }
            return;
        }
        Instant now = clock.instant();
        if (expect <= now.getEpochSecond()) {
            v.add("expect_time", "must be in the future (Unix seconds), was " + expect
                    + ", now is " + now.getEpochSecond());
        } else if (expect > now.plus(FUTURE_LIMIT).getEpochSecond()) {
            v.add("expect_time", "must be Unix seconds within a year from now, was " + expect
                    + (expect > 100_000_000_000L ? " (milliseconds?)" : ""));
        }
    }

    /** A past or present event time in Unix seconds: a value past tomorrow is milliseconds or a typo. */
    private void eventTime(Checks v, String field, long seconds) {
        long latest = clock.instant().plus(Duration.ofDays(1)).getEpochSecond();
        if (v.positive(field, seconds) && seconds > latest) {
            v.add(field, "must be Unix seconds no later than a day from now (" + latest
                    + "), was " + seconds + (seconds > 100_000_000_000L ? " (milliseconds?)" : ""));
        }
    }

    /** batchGetOrder. */
    public void batchGetOrder(Checks v, BatchGetOrderRequest r) {
        if (!v.requiredValue("batchGetOrder request", r)) {
            return;
        }
        if (!v.requiredValue("order_list", r.orderList())) {
            return;
        }
        int size = r.orderList().size();
        if (size == 0 || size > BATCH_MAX_ORDERS) {
            v.add("order_list", "must hold 1 to " + BATCH_MAX_ORDERS + " orders, was " + size);
        }
        for (int i = 0; i < size; i++) {
            OrderQuery q = r.orderList().get(i);
            String at = "order_list[" + i + "]";
            if (v.requiredValue(at, q)) {
                v.required(at + ".order_id", q.orderId(), ORDER_ID_MAX_BYTES);
                v.id(at + ".delivery_id", q.deliveryId());
            }
        }
    }

    /** cancelOrder. */
    public void cancelOrder(Checks v, CancelOrderRequest r) {
        if (!v.requiredValue("cancelOrder request", r)) {
            return;
        }
        v.required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        v.id("delivery_id", r.deliveryId());
        v.id("waybill_id", r.waybillId());
    }

    /** updatePrinter. */
    public void updatePrinter(Checks v, UpdatePrinterRequest r) {
        if (!v.requiredValue("updatePrinter request", r)) {
            return;
        }
        v.id("openid", r.openid());
        v.requiredValue("update_type", r.updateType());
        String tags = r.tagidList();
        if (tags == null || tags.isEmpty()) {
            return;
        }
        if (tags.chars().anyMatch(Character::isWhitespace)) {
            v.add("tagid_list", "must not contain spaces");
        }
        String[] ids = tags.split(",", -1);
        for (String id : ids) {
            if (id.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
                v.add("tagid_list", "must be numeric tag IDs separated by commas, was " + tags);
                break;
            }
        }
        if (ids.length > PRINTER_MAX_TAGIDS) {
            v.add("tagid_list",
                    "must hold at most " + PRINTER_MAX_TAGIDS + " tag IDs, was " + ids.length);
        }
    }

    /** getQuota. */
    public void getQuota(Checks v, GetQuotaRequest r) {
        if (!v.requiredValue("getQuota request", r)) {
            return;
        }
        v.id("delivery_id", r.deliveryId());
        v.id("biz_id", r.bizId());
    }

    /** bindAccount. */
    public void bindAccount(Checks v, BindAccountRequest r) {
        if (!v.requiredValue("bindAccount request", r)) {
            return;
        }
        v.requiredValue("type", r.type());
        v.id("biz_id", r.bizId());
        v.id("delivery_id", r.deliveryId());
    }

    /** testUpdateOrder: the sandbox courier only. */
    public void testUpdateOrder(Checks v, TestUpdateOrderRequest r) {
        if (!v.requiredValue("testUpdateOrder request", r)) {
            return;
        }
        if (v.id("biz_id", r.bizId()) && !TestUpdateOrderRequest.SANDBOX_BIZ_ID.equals(r.bizId())) {
            v.add("biz_id", "must be " + TestUpdateOrderRequest.SANDBOX_BIZ_ID + " (sandbox only)");
        }
        v.required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        if (v.id("delivery_id", r.deliveryId())
                && !TestUpdateOrderRequest.SANDBOX_DELIVERY_ID.equals(r.deliveryId())) {
            v.add("delivery_id", "must be " + TestUpdateOrderRequest.SANDBOX_DELIVERY_ID
                    + " (sandbox only)");
        }
        v.id("waybill_id", r.waybillId());
        eventTime(v, "action_time", r.actionTime());
        v.requiredValue("action_type", r.actionType());
        v.required("action_msg", r.actionMsg());
    }

    /** getContact. */
    public void getContact(Checks v, GetContactRequest r) {
        if (!v.requiredValue("getContact request", r)) {
            return;
        }
        v.id("token", r.token());
        v.id("waybill_id", r.waybillId());
    }

    /** updatePath. */
    public void updatePath(Checks v, UpdatePathRequest r) {
        if (!v.requiredValue("updatePath request", r)) {
            return;
        }
        v.id("token", r.token());
        v.id("waybill_id", r.waybillId());
        eventTime(v, "action_time", r.actionTime());
        v.requiredValue("action_type", r.actionType());
        v.required("action_msg", r.actionMsg());
    }

    /**
     * previewTemplate. The template reads {@code custom.*} only; a courier has no buyer openid, so
     * addOrder's merchant-side requirements do not apply to {@code custom}. Byte limits still do.
     */
    public void previewTemplate(Checks v, PreviewTemplateRequest r) {
        if (!v.requiredValue("previewTemplate request", r)) {
            return;
        }
        v.id("waybill_id", r.waybillId());
        v.required("waybill_template", r.waybillTemplate());
        v.required("waybill_data", r.waybillData());
        if (v.requiredValue("custom", r.custom())) {
            AddOrderRules.limits(v, "custom.", r.custom());
        }
    }

    /** updateBusiness. */
    public void updateBusiness(Checks v, UpdateBusinessRequest r) {
        if (!v.requiredValue("updateBusiness request", r)) {
            return;
        }
        v.id("shop_app_id", r.shopAppId());
        v.id("biz_id", r.bizId());
    }
}
