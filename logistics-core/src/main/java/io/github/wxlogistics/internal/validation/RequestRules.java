package io.github.wxlogistics.internal.validation;

import static io.github.wxlogistics.internal.validation.Checks.maxBytes;
import static io.github.wxlogistics.internal.validation.Checks.positive;
import static io.github.wxlogistics.internal.validation.Checks.present;
import static io.github.wxlogistics.internal.validation.Checks.required;
import static io.github.wxlogistics.internal.validation.Checks.requiredValue;

import io.github.wxlogistics.error.ValidationException;
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
 * The input rules of every request type, one method each (API.md sections 4 and 5). Each throws
 * {@link ValidationException} naming the wire field and the rule; nothing is sent when one does.
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

    /** getOrder. */
    public void getOrder(GetOrderRequest r) {
        present("getOrder request", r);
        required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        required("delivery_id", r.deliveryId());
        maxBytes("custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
    }

    /** getPath. */
    public void getPath(GetPathRequest r) {
        present("getPath request", r);
        required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        required("delivery_id", r.deliveryId());
        required("waybill_id", r.waybillId());
    }

    /** addOrder. */
    public void addOrder(AddOrderRequest r) {
        present("addOrder request", r);
        requiredValue("add_source", r.addSource());
        required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        if (AddSource.APP_OR_H5.equals(r.addSource())) {
            required("wx_appid", r.wxAppid());
        } else {
            required("openid", r.openid());
        }
        required("delivery_id", r.deliveryId());
        required("biz_id", r.bizId());
        maxBytes("custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
        expectTime(r);
        AddOrderRules.person("sender", r.sender());
        AddOrderRules.person("receiver", r.receiver());
        AddOrderRules.cargo("cargo", r.cargo());
        AddOrderRules.shop("shop", r.shop());
        requiredValue("insured", r.insured());
        AddOrderRules.insured("insured", r.insured());
        requiredValue("service", r.service());
        required("service.service_name", r.service().serviceName());
    }

    /**
     * {@code expect_time}: Unix seconds; 0 means a pickup agreed beforehand; any other value must lie
     * in the future (and within a year, so milliseconds are caught); SF cash orders need one, or
     * nobody comes (API.md 4.1).
     */
    private void expectTime(AddOrderRequest r) {
        Long expect = r.expectTime();
        if (expect == null || expect == 0) {
            if (SF_CASH.equals(r.bizId())) {
                throw new ValidationException("expect_time", "is required for " + SF_CASH
                        + " orders (Unix seconds in the future), or no courier comes");
            }
            return;
        }
        Instant now = clock.instant();
        if (expect <= now.getEpochSecond()) {
            throw new ValidationException("expect_time", "must be in the future (Unix seconds), was " + expect
                    + ", now is " + now.getEpochSecond());
        }
        if (expect > now.plus(FUTURE_LIMIT).getEpochSecond()) {
            throw new ValidationException("expect_time", "must be Unix seconds within a year from now, was " + expect
                    + (expect > 100_000_000_000L ? " (milliseconds?)" : ""));
        }
    }

    /** A past or present event time in Unix seconds: a value past tomorrow is milliseconds or a typo. */
    private void eventTime(String field, long seconds) {
        positive(field, seconds);
        long latest = clock.instant().plus(Duration.ofDays(1)).getEpochSecond();
        if (seconds > latest) {
            throw new ValidationException(field, "must be Unix seconds no later than a day from now (" + latest
                    + "), was " + seconds + (seconds > 100_000_000_000L ? " (milliseconds?)" : ""));
        }
    }

    /** batchGetOrder. */
    public void batchGetOrder(BatchGetOrderRequest r) {
        present("batchGetOrder request", r);
        requiredValue("order_list", r.orderList());
        int size = r.orderList().size();
        if (size == 0 || size > BATCH_MAX_ORDERS) {
            throw new ValidationException("order_list", "must hold 1 to " + BATCH_MAX_ORDERS + " orders, was " + size);
        }
        for (int i = 0; i < size; i++) {
            OrderQuery q = r.orderList().get(i);
            String at = "order_list[" + i + "]";
            requiredValue(at, q);
            required(at + ".order_id", q.orderId(), ORDER_ID_MAX_BYTES);
            required(at + ".delivery_id", q.deliveryId());
        }
    }

    /** cancelOrder. */
    public void cancelOrder(CancelOrderRequest r) {
        present("cancelOrder request", r);
        required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        required("delivery_id", r.deliveryId());
        required("waybill_id", r.waybillId());
    }

    /** updatePrinter. */
    public void updatePrinter(UpdatePrinterRequest r) {
        present("updatePrinter request", r);
        required("openid", r.openid());
        requiredValue("update_type", r.updateType());
        String tags = r.tagidList();
        if (tags == null || tags.isEmpty()) {
            return;
        }
        if (tags.chars().anyMatch(Character::isWhitespace)) {
            throw new ValidationException("tagid_list", "must not contain spaces");
        }
        String[] ids = tags.split(",", -1);
        for (String id : ids) {
            if (id.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
                throw new ValidationException("tagid_list", "must be numeric tag IDs separated by commas, was " + tags);
            }
        }
        if (ids.length > PRINTER_MAX_TAGIDS) {
            throw new ValidationException("tagid_list",
                    "must hold at most " + PRINTER_MAX_TAGIDS + " tag IDs, was " + ids.length);
        }
    }

    /** getQuota. */
    public void getQuota(GetQuotaRequest r) {
        present("getQuota request", r);
        required("delivery_id", r.deliveryId());
        required("biz_id", r.bizId());
    }

    /** bindAccount. */
    public void bindAccount(BindAccountRequest r) {
        present("bindAccount request", r);
        requiredValue("type", r.type());
        required("biz_id", r.bizId());
        required("delivery_id", r.deliveryId());
    }

    /** testUpdateOrder: the sandbox courier only. */
    public void testUpdateOrder(TestUpdateOrderRequest r) {
        present("testUpdateOrder request", r);
        required("biz_id", r.bizId());
        if (!TestUpdateOrderRequest.SANDBOX_BIZ_ID.equals(r.bizId())) {
            throw new ValidationException("biz_id", "must be " + TestUpdateOrderRequest.SANDBOX_BIZ_ID + " (sandbox only)");
        }
        required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        required("delivery_id", r.deliveryId());
        if (!TestUpdateOrderRequest.SANDBOX_DELIVERY_ID.equals(r.deliveryId())) {
            throw new ValidationException("delivery_id", "must be " + TestUpdateOrderRequest.SANDBOX_DELIVERY_ID
                    + " (sandbox only)");
        }
        required("waybill_id", r.waybillId());
        eventTime("action_time", r.actionTime());
        requiredValue("action_type", r.actionType());
        required("action_msg", r.actionMsg());
    }

    /** getContact. */
    public void getContact(GetContactRequest r) {
        present("getContact request", r);
        required("token", r.token());
        required("waybill_id", r.waybillId());
    }

    /** updatePath. */
    public void updatePath(UpdatePathRequest r) {
        present("updatePath request", r);
        required("token", r.token());
        required("waybill_id", r.waybillId());
        eventTime("action_time", r.actionTime());
        requiredValue("action_type", r.actionType());
        required("action_msg", r.actionMsg());
    }

    /**
     * previewTemplate. The template reads {@code custom.*} only; a courier has no buyer openid, so
     * addOrder's merchant-side requirements do not apply to {@code custom}. Byte limits still do.
     */
    public void previewTemplate(PreviewTemplateRequest r) {
        present("previewTemplate request", r);
        required("waybill_id", r.waybillId());
        required("waybill_template", r.waybillTemplate());
        required("waybill_data", r.waybillData());
        requiredValue("custom", r.custom());
        AddOrderRules.limits("custom.", r.custom());
    }

    /** updateBusiness. */
    public void updateBusiness(UpdateBusinessRequest r) {
        present("updateBusiness request", r);
        required("shop_app_id", r.shopAppId());
        required("biz_id", r.bizId());
    }
}
