package io.github.wxlogistics.internal.call;

import static io.github.wxlogistics.internal.call.Endpoint.post;

import io.github.wxlogistics.internal.validation.IntracityRules;
import io.github.wxlogistics.model.intracity.AddOrderRequest;
import io.github.wxlogistics.model.intracity.AddOrderResponse;
import io.github.wxlogistics.model.intracity.BalanceQueryRequest;
import io.github.wxlogistics.model.intracity.BalanceQueryResponse;
import io.github.wxlogistics.model.intracity.CancelOrderRequest;
import io.github.wxlogistics.model.intracity.CancelOrderResponse;
import io.github.wxlogistics.model.intracity.CreateStoreRequest;
import io.github.wxlogistics.model.intracity.CreateStoreResponse;
import io.github.wxlogistics.model.intracity.GetCityRequest;
import io.github.wxlogistics.model.intracity.GetCityResponse;
import io.github.wxlogistics.model.intracity.GetPayModeRequest;
import io.github.wxlogistics.model.intracity.GetPayModeResponse;
import io.github.wxlogistics.model.intracity.MockNotifyRequest;
import io.github.wxlogistics.model.intracity.PreAddOrderRequest;
import io.github.wxlogistics.model.intracity.PreAddOrderResponse;
import io.github.wxlogistics.model.intracity.QueryFlowRequest;
import io.github.wxlogistics.model.intracity.QueryFlowResponse;
import io.github.wxlogistics.model.intracity.QueryOrderRequest;
import io.github.wxlogistics.model.intracity.QueryOrderResponse;
import io.github.wxlogistics.model.intracity.QueryStoreRequest;
import io.github.wxlogistics.model.intracity.QueryStoreResponse;
import io.github.wxlogistics.model.intracity.SetPayModeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeRequest;
import io.github.wxlogistics.model.intracity.StoreChargeResponse;
import io.github.wxlogistics.model.intracity.StoreRefundRequest;
import io.github.wxlogistics.model.intracity.StoreRefundResponse;
import io.github.wxlogistics.model.intracity.UpdateStoreRequest;
import java.util.List;

/**
 * The intracity part of the endpoint catalogue ({@link Endpoints}): the 16 calls of 同城配送 under
 * {@code /cgi-bin/express/intracity/}, all POST, with their operation names (WeChat's English names,
 * such as {@code intracity_addorder}), reply types, safety and input rules ({@link IntracityRules}).
 */
public final class IntracityEndpoints {

    private static final String BASE = "/cgi-bin/express/intracity";

    private IntracityEndpoints() {
    }

    // Intracity delivery (同城配送): WeChat refuses these unless encrypted and signed, so each is securedOnly()
    // but intracity_apply, which its page says may be called without (and is sealed anyway when the client has
    // API security on, as WeChat then expects of every call of the AppID).

    /**
     * intracity_apply: POST {@code /cgi-bin/express/intracity/apply}. Opens intracity delivery for the
     * AppID. A write; its page says it needs no encryption ("无加密，可直接调用"), so it is the one intracity call allowed without API security.
     */
    public static final Endpoint<Void, Void> APPLY = Endpoint.<Void, Void>post(
            "intracity_apply", BASE + "/apply", Void.class, Safety.WRITE, (rules, checks, none) -> { });

    /**
     * intracity_createstore: POST {@code /cgi-bin/express/intracity/createstore}. A write; a repeat is refused
     * with 934010 (store exists).
     */
    public static final Endpoint<CreateStoreRequest, CreateStoreResponse> CREATE_STORE = Endpoint.<CreateStoreRequest, CreateStoreResponse>post(
            "intracity_createstore", BASE + "/createstore", CreateStoreResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.createStore(checks, r))
            .identifiedBy(r -> "out_store_id " + Endpoints.quoted(r.outStoreId())).securedOnly();

    /** intracity_querystore: POST {@code /cgi-bin/express/intracity/querystore}. A read. */
    public static final Endpoint<QueryStoreRequest, QueryStoreResponse> QUERY_STORE = Endpoint.<QueryStoreRequest, QueryStoreResponse>post(
            "intracity_querystore", BASE + "/querystore", QueryStoreResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.queryStore(checks, r)).securedOnly();

    /** intracity_updatestore: POST {@code /cgi-bin/express/intracity/updatestore}. A write. */
    public static final Endpoint<UpdateStoreRequest, Void> UPDATE_STORE = Endpoint.<UpdateStoreRequest, Void>post(
            "intracity_updatestore", BASE + "/updatestore", Void.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.updateStore(checks, r))
            .identifiedBy(r -> "keys " + (r.keys() == null ? "(none)" : r.keys().wxStoreId() != null ? Endpoints.quoted(r.keys().wxStoreId()) : Endpoints.quoted(r.keys().outStoreId()))).securedOnly();

    /**
     * intracity_storecharge: POST {@code /cgi-bin/express/intracity/storecharge}. A write: each call starts a
     * new top-up.
     */
    public static final Endpoint<StoreChargeRequest, StoreChargeResponse> STORE_CHARGE = Endpoint.<StoreChargeRequest, StoreChargeResponse>post(
            "intracity_storecharge", BASE + "/storecharge", StoreChargeResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.storeCharge(checks, r))
            .identifiedBy(r -> "wx_store_id " + Endpoints.quoted(r.wxStoreId())).securedOnly();

    /** intracity_storerefund: POST {@code /cgi-bin/express/intracity/storerefund}. A write. */
    public static final Endpoint<StoreRefundRequest, StoreRefundResponse> STORE_REFUND = Endpoint.<StoreRefundRequest, StoreRefundResponse>post(
            "intracity_storerefund", BASE + "/storerefund", StoreRefundResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.storeRefund(checks, r))
            .identifiedBy(r -> "wx_store_id " + Endpoints.quoted(r.wxStoreId())).securedOnly();

    /** intracity_queryflow: POST {@code /cgi-bin/express/intracity/queryflow}. A read. */
    public static final Endpoint<QueryFlowRequest, QueryFlowResponse> QUERY_FLOW = Endpoint.<QueryFlowRequest, QueryFlowResponse>post(
            "intracity_queryflow", BASE + "/queryflow", QueryFlowResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.queryFlow(checks, r)).securedOnly();

    /** intracity_balancequery: POST {@code /cgi-bin/express/intracity/balancequery}. A read. */
    public static final Endpoint<BalanceQueryRequest, BalanceQueryResponse> BALANCE_QUERY = Endpoint.<BalanceQueryRequest, BalanceQueryResponse>post(
            "intracity_balancequery", BASE + "/balancequery", BalanceQueryResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.balanceQuery(checks, r)).securedOnly();

    /**
     * intracity_preaddorder: POST {@code /cgi-bin/express/intracity/preaddorder}. A read: it prices an order
     * and creates nothing.
     */
    public static final Endpoint<PreAddOrderRequest, PreAddOrderResponse> PRE_ADD_ORDER = Endpoint.<PreAddOrderRequest, PreAddOrderResponse>post(
            "intracity_preaddorder", BASE + "/preaddorder", PreAddOrderResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.preAddOrder(checks, r)).securedOnly();

    /**
     * intracity_addorder: POST {@code /cgi-bin/express/intracity/addorder}. A write; WeChat makes it idempotent
     * by store_order_id, but the client never re-sends it on its own.
     */
    public static final Endpoint<AddOrderRequest, AddOrderResponse> ADD_ORDER = Endpoint.<AddOrderRequest, AddOrderResponse>post(
            "intracity_addorder", BASE + "/addorder", AddOrderResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.addOrder(checks, r))
            .identifiedBy(r -> "store_order_id " + Endpoints.quoted(r.storeOrderId())).securedOnly();

    /** intracity_queryorder: POST {@code /cgi-bin/express/intracity/queryorder}. A read. */
    public static final Endpoint<QueryOrderRequest, QueryOrderResponse> QUERY_ORDER = Endpoint.<QueryOrderRequest, QueryOrderResponse>post(
            "intracity_queryorder", BASE + "/queryorder", QueryOrderResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.queryOrder(checks, r)).securedOnly();

    /** intracity_cancelorder: POST {@code /cgi-bin/express/intracity/cancelorder}. A write. */
    public static final Endpoint<CancelOrderRequest, CancelOrderResponse> CANCEL_ORDER = Endpoint.<CancelOrderRequest, CancelOrderResponse>post(
            "intracity_cancelorder", BASE + "/cancelorder", CancelOrderResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.cancelOrder(checks, r))
            .identifiedBy(r -> r.wxOrderId() != null ? "wx_order_id " + Endpoints.quoted(r.wxOrderId()) : "store_order_id " + Endpoints.quoted(r.storeOrderId())).securedOnly();

    /** intracity_setpaymode: POST {@code /cgi-bin/express/intracity/setpaymode}. A write. */
    public static final Endpoint<SetPayModeRequest, Void> SET_PAY_MODE = Endpoint.<SetPayModeRequest, Void>post(
            "intracity_setpaymode", BASE + "/setpaymode", Void.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.setPayMode(checks, r))
            .identifiedBy(r -> "appid " + Endpoints.quoted(r.appid())).securedOnly();

    /** intracity_getpaymode: POST {@code /cgi-bin/express/intracity/getpaymode}. A read. */
    public static final Endpoint<GetPayModeRequest, GetPayModeResponse> GET_PAY_MODE = Endpoint.<GetPayModeRequest, GetPayModeResponse>post(
            "intracity_getpaymode", BASE + "/getpaymode", GetPayModeResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.getPayMode(checks, r)).securedOnly();

    /** intracity_getcity: POST {@code /cgi-bin/express/intracity/getcity}. A read. */
    public static final Endpoint<GetCityRequest, GetCityResponse> GET_CITY = Endpoint.<GetCityRequest, GetCityResponse>post(
            "intracity_getcity", BASE + "/getcity", GetCityResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.getCity(checks, r)).securedOnly();

    /** intracity_mocknotify: POST {@code /cgi-bin/express/intracity/mocknotify}. A write (sandbox orders only). */
    public static final Endpoint<MockNotifyRequest, Void> MOCK_NOTIFY = Endpoint.<MockNotifyRequest, Void>post(
            "intracity_mocknotify", BASE + "/mocknotify", Void.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.mockNotify(checks, r))
            .identifiedBy(r -> r.wxOrderId() != null ? "wx_order_id " + Endpoints.quoted(r.wxOrderId()) : "store_order_id " + Endpoints.quoted(r.storeOrderId())).securedOnly();

    /** Every intracity endpoint, in the order of WeChat's index. */
    public static final List<Endpoint<?, ?>> ALL = List.of(
            APPLY, CREATE_STORE, QUERY_STORE, UPDATE_STORE, STORE_CHARGE, STORE_REFUND, QUERY_FLOW,
            BALANCE_QUERY, PRE_ADD_ORDER, ADD_ORDER, QUERY_ORDER, CANCEL_ORDER, SET_PAY_MODE,
            GET_PAY_MODE, GET_CITY, MOCK_NOTIFY);
}
