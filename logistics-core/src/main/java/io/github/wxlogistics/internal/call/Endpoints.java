package io.github.wxlogistics.internal.call;

import static io.github.wxlogistics.internal.call.Checks.maxBytes;
import static io.github.wxlogistics.internal.call.Checks.positive;
import static io.github.wxlogistics.internal.call.Checks.present;
import static io.github.wxlogistics.internal.call.Checks.required;
import static io.github.wxlogistics.internal.call.Checks.requiredValue;

import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.AddSource;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BatchGetOrderResponse;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.CancelOrderResponse;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetAllDeliveryResponse;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.GetPrinterResponse;
import io.github.wxlogistics.model.GetQuotaRequest;
import io.github.wxlogistics.model.GetQuotaResponse;
import io.github.wxlogistics.model.OrderQuery;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.PreviewTemplateResponse;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import java.util.List;

/**
 * The endpoint catalogue: every implemented call with its method, path, safety and input rules
 * (API.md sections 4 and 5). Byte limits are those API.md documents.
 */
public final class Endpoints {

    static final int ORDER_ID_MAX_BYTES = 512;
    static final int CUSTOM_REMARK_MAX_BYTES = 1024;
    static final int GOODS_NAME_MAX_BYTES = 128;
    static final int BATCH_MAX_ORDERS = 100;
    static final int PRINTER_MAX_TAGIDS = 10;

    private Endpoints() {
    }

    /** getOrder: POST /cgi-bin/express/business/order/get. */
    public static final Endpoint<GetOrderRequest, GetOrderResponse> GET_ORDER = new Endpoint<>(
            "getOrder", "POST", "/cgi-bin/express/business/order/get", GetOrderResponse.class, Safety.READ,
            r -> {
                present("getOrder request", r);
                required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
                required("delivery_id", r.deliveryId());
                maxBytes("custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
            });

    /** getPath: POST /cgi-bin/express/business/path/get. */
    public static final Endpoint<GetPathRequest, GetPathResponse> GET_PATH = new Endpoint<>(
            "getPath", "POST", "/cgi-bin/express/business/path/get", GetPathResponse.class, Safety.READ,
            r -> {
                present("getPath request", r);
                required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
                required("delivery_id", r.deliveryId());
                required("waybill_id", r.waybillId());
            });

    /** getAllAccount: GET /cgi-bin/express/business/account/getall. */
    public static final Endpoint<Void, GetAllAccountResponse> GET_ALL_ACCOUNT = new Endpoint<>(
            "getAllAccount", "GET", "/cgi-bin/express/business/account/getall", GetAllAccountResponse.class,
            Safety.READ, r -> { });

    /** addOrder: POST /cgi-bin/express/business/order/add. */
    public static final Endpoint<AddOrderRequest, AddOrderResponse> ADD_ORDER = new Endpoint<>(
            "addOrder", "POST", "/cgi-bin/express/business/order/add", AddOrderResponse.class, Safety.WRITE,
            r -> {
                present("addOrder request", r);
                addOrder("", r);
            });

    /** batchGetOrder: POST /cgi-bin/express/business/order/batchget. */
    public static final Endpoint<BatchGetOrderRequest, BatchGetOrderResponse> BATCH_GET_ORDER = new Endpoint<>(
            "batchGetOrder", "POST", "/cgi-bin/express/business/order/batchget", BatchGetOrderResponse.class,
            Safety.READ,
            r -> {
                present("batchGetOrder request", r);
                requiredValue("order_list", r.orderList());
                int size = r.orderList().size();
                if (size == 0 || size > BATCH_MAX_ORDERS) {
                    throw new ValidationException("order_list",
                            "must hold 1 to " + BATCH_MAX_ORDERS + " orders, was " + size);
                }
                for (int i = 0; i < size; i++) {
                    OrderQuery q = r.orderList().get(i);
                    String at = "order_list[" + i + "]";
                    requiredValue(at, q);
                    required(at + ".order_id", q.orderId(), ORDER_ID_MAX_BYTES);
                    required(at + ".delivery_id", q.deliveryId());
                }
            });

    /** cancelOrder: POST /cgi-bin/express/business/order/cancel. */
    public static final Endpoint<CancelOrderRequest, CancelOrderResponse> CANCEL_ORDER = new Endpoint<>(
            "cancelOrder", "POST", "/cgi-bin/express/business/order/cancel", CancelOrderResponse.class, Safety.WRITE,
            r -> {
                present("cancelOrder request", r);
                required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
                required("delivery_id", r.deliveryId());
                required("waybill_id", r.waybillId());
            });

    /** getAllDelivery: GET /cgi-bin/express/business/delivery/getall. */
    public static final Endpoint<Void, GetAllDeliveryResponse> GET_ALL_DELIVERY = new Endpoint<>(
            "getAllDelivery", "GET", "/cgi-bin/express/business/delivery/getall", GetAllDeliveryResponse.class,
            Safety.READ, r -> { });

    /** getPrinter: GET /cgi-bin/express/business/printer/getall. */
    public static final Endpoint<Void, GetPrinterResponse> GET_PRINTER = new Endpoint<>(
            "getPrinter", "GET", "/cgi-bin/express/business/printer/getall", GetPrinterResponse.class,
            Safety.READ, r -> { });

    /** updatePrinter: POST /cgi-bin/express/business/printer/update. */
    public static final Endpoint<UpdatePrinterRequest, Void> UPDATE_PRINTER = new Endpoint<>(
            "updatePrinter", "POST", "/cgi-bin/express/business/printer/update", Void.class, Safety.WRITE,
            r -> {
                present("updatePrinter request", r);
                required("openid", r.openid());
                requiredValue("update_type", r.updateType());
                String tags = r.tagidList();
                if (tags != null && !tags.isEmpty()) {
                    if (!tags.strip().equals(tags) || tags.chars().anyMatch(Character::isWhitespace)) {
                        throw new ValidationException("tagid_list", "must not contain spaces");
                    }
                    String[] ids = tags.split(",", -1);
                    for (String id : ids) {
                        if (id.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
                            throw new ValidationException("tagid_list", "must be numeric tag IDs separated by commas, was " + tags);
                        }
                    }
                    int count = ids.length;
                    if (count > PRINTER_MAX_TAGIDS) {
                        throw new ValidationException("tagid_list",
                                "must hold at most " + PRINTER_MAX_TAGIDS + " tag IDs, was " + count);
                    }
                }
            });

    /** getQuota: POST /cgi-bin/express/business/quota/get. */
    public static final Endpoint<GetQuotaRequest, GetQuotaResponse> GET_QUOTA = new Endpoint<>(
            "getQuota", "POST", "/cgi-bin/express/business/quota/get", GetQuotaResponse.class, Safety.READ,
            r -> {
                present("getQuota request", r);
                required("delivery_id", r.deliveryId());
                required("biz_id", r.bizId());
            });

    /** bindAccount: POST /cgi-bin/express/business/account/bind. */
    public static final Endpoint<BindAccountRequest, Void> BIND_ACCOUNT = new Endpoint<>(
            "bindAccount", "POST", "/cgi-bin/express/business/account/bind", Void.class, Safety.WRITE,
            r -> {
                present("bindAccount request", r);
                requiredValue("type", r.type());
                required("biz_id", r.bizId());
                required("delivery_id", r.deliveryId());
            });

    /** testUpdateOrder: POST /cgi-bin/express/business/test_update_order (sandbox only). */
    public static final Endpoint<TestUpdateOrderRequest, Void> TEST_UPDATE_ORDER = new Endpoint<>(
            "testUpdateOrder", "POST", "/cgi-bin/express/business/test_update_order", Void.class, Safety.WRITE,
            r -> {
                present("testUpdateOrder request", r);
                required("biz_id", r.bizId());
                if (!TestUpdateOrderRequest.SANDBOX_BIZ_ID.equals(r.bizId())) {
                    throw new ValidationException("biz_id", "must be " + TestUpdateOrderRequest.SANDBOX_BIZ_ID
                            + " (sandbox only)");
                }
                required("order_id", r.orderId(), ORDER_ID_MAX_BYTES);
                required("delivery_id", r.deliveryId());
                if (!TestUpdateOrderRequest.SANDBOX_DELIVERY_ID.equals(r.deliveryId())) {
                    throw new ValidationException("delivery_id", "must be "
                            + TestUpdateOrderRequest.SANDBOX_DELIVERY_ID + " (sandbox only)");
                }
                required("waybill_id", r.waybillId());
                positive("action_time", r.actionTime());
                requiredValue("action_type", r.actionType());
                required("action_msg", r.actionMsg());
            });

    /** getContact: POST /cgi-bin/express/delivery/contact/get. */
    public static final Endpoint<GetContactRequest, GetContactResponse> GET_CONTACT = new Endpoint<>(
            "getContact", "POST", "/cgi-bin/express/delivery/contact/get", GetContactResponse.class, Safety.READ,
            r -> {
                present("getContact request", r);
                required("token", r.token());
                required("waybill_id", r.waybillId());
            });

    /** updatePath: POST /cgi-bin/express/delivery/path/update. */
    public static final Endpoint<UpdatePathRequest, Void> UPDATE_PATH = new Endpoint<>(
            "updatePath", "POST", "/cgi-bin/express/delivery/path/update", Void.class, Safety.WRITE,
            r -> {
                present("updatePath request", r);
                required("token", r.token());
                required("waybill_id", r.waybillId());
                positive("action_time", r.actionTime());
                requiredValue("action_type", r.actionType());
                required("action_msg", r.actionMsg());
            });

    // No side effect: it renders a template and stores nothing, so a retry is harmless even though
    // the documents never call it idempotent.
    /** previewTemplate: POST /cgi-bin/express/delivery/template/preview. A read. */
    public static final Endpoint<PreviewTemplateRequest, PreviewTemplateResponse> PREVIEW_TEMPLATE = new Endpoint<>(
            "previewTemplate", "POST", "/cgi-bin/express/delivery/template/preview", PreviewTemplateResponse.class,
            Safety.READ,
            r -> {
                present("previewTemplate request", r);
                required("waybill_id", r.waybillId());
                required("waybill_template", r.waybillTemplate());
                required("waybill_data", r.waybillData());
                requiredValue("custom", r.custom());
                // The template reads custom.* only; a courier has no buyer openid, so addOrder's
                // merchant-side requirements do not apply. Byte limits still do.
                limits("custom.", r.custom());
            });

    /** updateBusiness: POST /cgi-bin/express/delivery/service/business/update. */
    public static final Endpoint<UpdateBusinessRequest, Void> UPDATE_BUSINESS = new Endpoint<>(
            "updateBusiness", "POST", "/cgi-bin/express/delivery/service/business/update", Void.class, Safety.WRITE,
            r -> {
                present("updateBusiness request", r);
                required("shop_app_id", r.shopAppId());
                required("biz_id", r.bizId());
            });

    /** Every endpoint, for lookups by path. */
    public static final List<Endpoint<?, ?>> ALL = List.of(ADD_ORDER, BATCH_GET_ORDER, CANCEL_ORDER,
            GET_ALL_ACCOUNT, GET_ALL_DELIVERY, GET_ORDER, GET_PATH, GET_PRINTER, UPDATE_PRINTER, GET_QUOTA, BIND_ACCOUNT,
            TEST_UPDATE_ORDER, GET_CONTACT, UPDATE_PATH, PREVIEW_TEMPLATE, UPDATE_BUSINESS);

    /** addOrder's rules; {@code prefix} names the object when it is nested (previewTemplate's {@code custom.}). */
    private static void addOrder(String prefix, AddOrderRequest r) {
        requiredValue(prefix + "add_source", r.addSource());
        required(prefix + "order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        if (AddSource.APP_OR_H5.equals(r.addSource())) {
            required(prefix + "wx_appid", r.wxAppid());
        } else {
            required(prefix + "openid", r.openid());
        }
        required(prefix + "delivery_id", r.deliveryId());
        required(prefix + "biz_id", r.bizId());
        maxBytes(prefix + "custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
        person(prefix + "sender", r.sender());
        person(prefix + "receiver", r.receiver());
        cargo(prefix + "cargo", r.cargo());
        shop(prefix + "shop", r.shop());
        requiredValue(prefix + "insured", r.insured());
        requiredValue(prefix + "service", r.service());
        required(prefix + "service.service_name", r.service().serviceName());
    }

    /** The byte limits of an addOrder body, for previewTemplate's {@code custom}: absent fields pass. */
    private static void limits(String prefix, AddOrderRequest r) {
        maxBytes(prefix + "order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        maxBytes(prefix + "custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
        for (var side : java.util.Map.of("sender", java.util.Optional.ofNullable(r.sender()),
                "receiver", java.util.Optional.ofNullable(r.receiver())).entrySet()) {
            side.getValue().ifPresent(p -> personLimits(prefix + side.getKey(), p));
        }
        if (r.shop() != null) {
            maxBytes(prefix + "shop.goods_name", r.shop().goodsName(), GOODS_NAME_MAX_BYTES);
        }
    }

    private static void personLimits(String at, Person p) {
        maxBytes(at + ".name", p.name(), 64);
        maxBytes(at + ".tel", p.tel(), 32);
        maxBytes(at + ".mobile", p.mobile(), 32);
        maxBytes(at + ".company", p.company(), 64);
        maxBytes(at + ".post_code", p.postCode(), 10);
        maxBytes(at + ".country", p.country(), 64);
        maxBytes(at + ".province", p.province(), 64);
        maxBytes(at + ".city", p.city(), 64);
        maxBytes(at + ".area", p.area(), 64);
        maxBytes(at + ".address", p.address(), 512);
    }

    private static void person(String at, Person p) {
        requiredValue(at, p);
        required(at + ".name", p.name(), 64);
        maxBytes(at + ".tel", p.tel(), 32);
        maxBytes(at + ".mobile", p.mobile(), 32);
        if (isBlank(p.tel()) && isBlank(p.mobile())) {
            throw new ValidationException(at + ".mobile", "is required when " + at + ".tel is empty");
        }
        maxBytes(at + ".company", p.company(), 64);
        maxBytes(at + ".post_code", p.postCode(), 10);
        maxBytes(at + ".country", p.country(), 64);
        required(at + ".province", p.province(), 64);
        required(at + ".city", p.city(), 64);
        required(at + ".area", p.area(), 64);
        required(at + ".address", p.address(), 512);
    }

    private static void cargo(String at, Cargo c) {
        requiredValue(at, c);
        positive(at + ".count", c.count());
        requiredValue(at + ".weight", c.weight());
        requiredValue(at + ".space_x", c.spaceX());
        requiredValue(at + ".space_y", c.spaceY());
        requiredValue(at + ".space_z", c.spaceZ());
        if (c.detailList().isEmpty()) {
            throw new ValidationException(at + ".detail_list", "must not be empty");
        }
        for (int i = 0; i < c.detailList().size(); i++) {
            String item = at + ".detail_list[" + i + "]";
            requiredValue(item, c.detailList().get(i));
            required(item + ".name", c.detailList().get(i).name(), GOODS_NAME_MAX_BYTES);
            positive(item + ".count", c.detailList().get(i).count());
        }
    }

    private static void shop(String at, Shop s) {
        requiredValue(at, s);
        maxBytes(at + ".goods_name", s.goodsName(), GOODS_NAME_MAX_BYTES);
        if (s.detailList() != null && !s.detailList().isEmpty()) {
            for (int i = 0; i < s.detailList().size(); i++) {
                String item = at + ".detail_list[" + i + "]";
                requiredValue(item, s.detailList().get(i));
                required(item + ".goods_name", s.detailList().get(i).goodsName(), GOODS_NAME_MAX_BYTES);
                required(item + ".goods_img_url", s.detailList().get(i).goodsImgUrl());
                required(item + ".goods_desc", s.detailList().get(i).goodsDesc());
            }
            return;
        }
        // Without detail_list WeChat needs the single-goods fields (9300535 otherwise).
        required(at + ".img_url", s.imgUrl());
        required(at + ".goods_name", s.goodsName());
        requiredValue(at + ".goods_count", s.goodsCount());
        positive(at + ".goods_count", s.goodsCount());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Whether the call at this path may be retried: reads only; unknown paths are writes. The
     * path may carry the base URI's own prefix (a reverse proxy's, say).
     */
    public static boolean isRead(String path) {
        for (Endpoint<?, ?> endpoint : ALL) {
            if (path.endsWith(endpoint.path())) {
                return endpoint.safety() == Safety.READ;
            }
        }
        return false;
    }
}
