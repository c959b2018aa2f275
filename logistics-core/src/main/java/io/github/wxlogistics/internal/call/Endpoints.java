package io.github.wxlogistics.internal.call;

import static io.github.wxlogistics.internal.call.Checks.maxBytes;
import static io.github.wxlogistics.internal.call.Checks.positive;
import static io.github.wxlogistics.internal.call.Checks.present;
import static io.github.wxlogistics.internal.call.Checks.required;
import static io.github.wxlogistics.internal.call.Checks.requiredValue;

import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.UpdatePathRequest;
import java.util.List;

/**
 * The endpoint catalogue: every implemented call with its method, path, safety and input rules
 * (API.md sections 4 and 5). Byte limits are those API.md documents.
 */
public final class Endpoints {

    static final int ORDER_ID_MAX_BYTES = 512;
    static final int CUSTOM_REMARK_MAX_BYTES = 1024;

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

    /** Every endpoint, for lookups by path. */
    public static final List<Endpoint<?, ?>> ALL = List.of(GET_ORDER, GET_PATH, GET_ALL_ACCOUNT, GET_CONTACT, UPDATE_PATH);

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
