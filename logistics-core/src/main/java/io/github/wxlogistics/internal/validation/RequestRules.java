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

/**
 * The input rules of every request type, one method each (API.md sections 4 and 5). Each throws
 * {@link ValidationException} naming the wire field and the rule; nothing is sent when one does.
 * The rules of addOrder's nested parts live in {@link AddOrderRules}.
 */
public final class RequestRules {

    static final int ORDER_ID_MAX_BYTES = 512;
    static final int CUSTOM_REMARK_MAX_BYTES = 1024;
    static final int GOODS_NAME_MAX_BYTES = 128;
    static final int BATCH_MAX_ORDERS = 100;
    static final int PRINTER_MAX_TAGIDS = 10;

    private RequestRules() {
    }

    /** getOrder. */
    public static void getOrder(GetOrderRequest r) {
        present("getOrder request", r);
        required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        required("delivery_id", r.deliveryId());
        maxBytes("custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
    }

    /** getPath. */
    public static void getPath(GetPathRequest r) {
        present("getPath request", r);
        required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        required("delivery_id", r.deliveryId());
        required("waybill_id", r.waybillId());
    }

    /** addOrder. */
    public static void addOrder(AddOrderRequest r) {
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
        AddOrderRules.person("sender", r.sender());
        AddOrderRules.person("receiver", r.receiver());
        AddOrderRules.cargo("cargo", r.cargo());
        AddOrderRules.shop("shop", r.shop());
        requiredValue("insured", r.insured());
        requiredValue("service", r.service());
        required("service.service_name", r.service().serviceName());
    }

    /** batchGetOrder. */
    public static void batchGetOrder(BatchGetOrderRequest r) {
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
    public static void cancelOrder(CancelOrderRequest r) {
        present("cancelOrder request", r);
        required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        required("delivery_id", r.deliveryId());
        required("waybill_id", r.waybillId());
    }

    /** updatePrinter. */
    public static void updatePrinter(UpdatePrinterRequest r) {
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
    public static void getQuota(GetQuotaRequest r) {
        present("getQuota request", r);
        required("delivery_id", r.deliveryId());
        required("biz_id", r.bizId());
    }

    /** bindAccount. */
    public static void bindAccount(BindAccountRequest r) {
        present("bindAccount request", r);
        requiredValue("type", r.type());
        required("biz_id", r.bizId());
        required("delivery_id", r.deliveryId());
    }

    /** testUpdateOrder: the sandbox courier only. */
    public static void testUpdateOrder(TestUpdateOrderRequest r) {
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
        positive("action_time", r.actionTime());
        requiredValue("action_type", r.actionType());
        required("action_msg", r.actionMsg());
    }

    /** getContact. */
    public static void getContact(GetContactRequest r) {
        present("getContact request", r);
        required("token", r.token());
        required("waybill_id", r.waybillId());
    }

    /** updatePath. */
    public static void updatePath(UpdatePathRequest r) {
        present("updatePath request", r);
        required("token", r.token());
        required("waybill_id", r.waybillId());
        positive("action_time", r.actionTime());
        requiredValue("action_type", r.actionType());
        required("action_msg", r.actionMsg());
    }

    /**
     * previewTemplate. The template reads {@code custom.*} only; a courier has no buyer openid, so
     * addOrder's merchant-side requirements do not apply to {@code custom}. Byte limits still do.
     */
    public static void previewTemplate(PreviewTemplateRequest r) {
        present("previewTemplate request", r);
        required("waybill_id", r.waybillId());
        required("waybill_template", r.waybillTemplate());
        required("waybill_data", r.waybillData());
        requiredValue("custom", r.custom());
        AddOrderRules.limits("custom.", r.custom());
    }

    /** updateBusiness. */
    public static void updateBusiness(UpdateBusinessRequest r) {
        present("updateBusiness request", r);
        required("shop_app_id", r.shopAppId());
        required("biz_id", r.bizId());
    }
}
