package io.github.wxlogistics.internal.call;

import static io.github.wxlogistics.internal.call.Endpoint.get;
import static io.github.wxlogistics.internal.call.Endpoint.post;

import io.github.wxlogistics.internal.validation.IntracityRules;
import io.github.wxlogistics.internal.validation.InsuranceRules;
import io.github.wxlogistics.model.insurance.ApplyPayRequest;
import io.github.wxlogistics.model.insurance.ApplyPayResponse;
import io.github.wxlogistics.model.insurance.ChargeIdRequest;
import io.github.wxlogistics.model.insurance.ChargeIdResponse;
import io.github.wxlogistics.model.insurance.ClaimRequest;
import io.github.wxlogistics.model.insurance.ClaimResponse;
import io.github.wxlogistics.model.insurance.InsuranceOrderRequest;
import io.github.wxlogistics.model.insurance.InsuranceOrderResponse;
import io.github.wxlogistics.model.insurance.NotifyFundsRequest;
import io.github.wxlogistics.model.insurance.OpenStatusResponse;
import io.github.wxlogistics.model.insurance.PayOrderListRequest;
import io.github.wxlogistics.model.insurance.PayOrderListResponse;
import io.github.wxlogistics.model.insurance.PolicyListRequest;
import io.github.wxlogistics.model.insurance.PolicyListResponse;
import io.github.wxlogistics.model.insurance.SummaryRequest;
import io.github.wxlogistics.model.insurance.SummaryResponse;
import io.github.wxlogistics.internal.validation.ComponentRules;
import io.github.wxlogistics.internal.validation.RequestRules;
import io.github.wxlogistics.model.AddReturnRequest;
import io.github.wxlogistics.model.AddReturnResponse;
import io.github.wxlogistics.model.GetDeliveryListResponse;
import io.github.wxlogistics.model.GetReturnResponse;
import io.github.wxlogistics.model.QueryTraceRequest;
import io.github.wxlogistics.model.QueryTraceResponse;
import io.github.wxlogistics.model.ReturnIdRequest;
import io.github.wxlogistics.model.TraceWaybillRequest;
import io.github.wxlogistics.model.TraceWaybillResponse;
import io.github.wxlogistics.model.UpdateWaybillGoodsRequest;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BatchGetOrderResponse;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.CancelOrderResponse;
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
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.PreviewTemplateResponse;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import io.github.wxlogistics.model.intracity.IntracityAddOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityAddOrderResponse;
import io.github.wxlogistics.model.intracity.BalanceQueryRequest;
import io.github.wxlogistics.model.intracity.BalanceQueryResponse;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderRequest;
import io.github.wxlogistics.model.intracity.IntracityCancelOrderResponse;
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
import java.util.stream.Stream;

/**
 * The endpoint catalogue: every call's operation name, method, path, reply type and safety
 * (the official pages of each call). The input rules are in {@link RequestRules}; each write
 * names its own key, said when its outcome is unknown. The intracity calls (同城配送, operation names
 * as WeChat gives them, such as {@code intracity_addorder}) have their rules in {@link IntracityRules}.
 */
public final class Endpoints {

    private static final String BUSINESS = "/cgi-bin/express/business";
    private static final String DELIVERY = "/cgi-bin/express/delivery";
    private static final String INTRACITY = "/cgi-bin/express/intracity";

    private Endpoints() {
    }

    /** getOrder: POST /cgi-bin/express/business/order/get. */
    public static final Endpoint<GetOrderRequest, GetOrderResponse> GET_ORDER = post(
            "getOrder", BUSINESS + "/order/get", GetOrderResponse.class, Safety.READ, RequestRules::getOrder);

    /** getPath: POST /cgi-bin/express/business/path/get. */
    public static final Endpoint<GetPathRequest, GetPathResponse> GET_PATH = post(
            "getPath", BUSINESS + "/path/get", GetPathResponse.class, Safety.READ, RequestRules::getPath);

    /** getAllAccount: GET /cgi-bin/express/business/account/getall. */
    public static final Endpoint<Void, GetAllAccountResponse> GET_ALL_ACCOUNT = get(
            "getAllAccount", BUSINESS + "/account/getall", GetAllAccountResponse.class);

    /** addOrder: POST /cgi-bin/express/business/order/add. A write. */
    public static final Endpoint<AddOrderRequest, AddOrderResponse> ADD_ORDER = post(
            "addOrder", BUSINESS + "/order/add", AddOrderResponse.class, Safety.WRITE, RequestRules::addOrder)
            .identifiedBy(r -> "order_id " + quoted(r.orderId()));

    /** batchGetOrder: POST /cgi-bin/express/business/order/batchget. */
    public static final Endpoint<BatchGetOrderRequest, BatchGetOrderResponse> BATCH_GET_ORDER = post(
            "batchGetOrder", BUSINESS + "/order/batchget", BatchGetOrderResponse.class, Safety.READ,
            RequestRules::batchGetOrder);

    /** cancelOrder: POST /cgi-bin/express/business/order/cancel. A write. */
    public static final Endpoint<CancelOrderRequest, CancelOrderResponse> CANCEL_ORDER = post(
            "cancelOrder", BUSINESS + "/order/cancel", CancelOrderResponse.class, Safety.WRITE,
            RequestRules::cancelOrder).identifiedBy(r -> "order_id " + quoted(r.orderId()));

    /** getAllDelivery: GET /cgi-bin/express/business/delivery/getall. */
    public static final Endpoint<Void, GetAllDeliveryResponse> GET_ALL_DELIVERY = get(
            "getAllDelivery", BUSINESS + "/delivery/getall", GetAllDeliveryResponse.class);

    /** getPrinter: GET /cgi-bin/express/business/printer/getall. */
    public static final Endpoint<Void, GetPrinterResponse> GET_PRINTER = get(
            "getPrinter", BUSINESS + "/printer/getall", GetPrinterResponse.class);

    /** updatePrinter: POST /cgi-bin/express/business/printer/update. A write. */
    public static final Endpoint<UpdatePrinterRequest, Void> UPDATE_PRINTER = post(
            "updatePrinter", BUSINESS + "/printer/update", Void.class, Safety.WRITE, RequestRules::updatePrinter)
            .identifiedBy(r -> "openid " + quoted(r.openid()));

    /** getQuota: POST /cgi-bin/express/business/quota/get. */
    public static final Endpoint<GetQuotaRequest, GetQuotaResponse> GET_QUOTA = post(
            "getQuota", BUSINESS + "/quota/get", GetQuotaResponse.class, Safety.READ, RequestRules::getQuota);

    /** bindAccount: POST /cgi-bin/express/business/account/bind. A write. */
    public static final Endpoint<BindAccountRequest, Void> BIND_ACCOUNT = post(
            "bindAccount", BUSINESS + "/account/bind", Void.class, Safety.WRITE, RequestRules::bindAccount)
            .identifiedBy(r -> "biz_id " + quoted(r.bizId()));

    /** testUpdateOrder: POST /cgi-bin/express/business/test_update_order (sandbox only). A write. */
    public static final Endpoint<TestUpdateOrderRequest, Void> TEST_UPDATE_ORDER = post(
            "testUpdateOrder", BUSINESS + "/test_update_order", Void.class, Safety.WRITE,
            RequestRules::testUpdateOrder).identifiedBy(r -> "order_id " + quoted(r.orderId()));

    /** getContact: POST /cgi-bin/express/delivery/contact/get. */
    public static final Endpoint<GetContactRequest, GetContactResponse> GET_CONTACT = post(
            "getContact", DELIVERY + "/contact/get", GetContactResponse.class, Safety.READ, RequestRules::getContact);

    /** updatePath: POST /cgi-bin/express/delivery/path/update. A write. */
    public static final Endpoint<UpdatePathRequest, Void> UPDATE_PATH = post(
            "updatePath", DELIVERY + "/path/update", Void.class, Safety.WRITE, RequestRules::updatePath)
            .identifiedBy(r -> "waybill_id " + quoted(r.waybillId()));

    // No side effect: it renders a template and stores nothing, so a retry is harmless even though
    // the documents never call it idempotent.
    /** previewTemplate: POST /cgi-bin/express/delivery/template/preview. A read. */
    public static final Endpoint<PreviewTemplateRequest, PreviewTemplateResponse> PREVIEW_TEMPLATE = post(
            "previewTemplate", DELIVERY + "/template/preview", PreviewTemplateResponse.class, Safety.READ,
            RequestRules::previewTemplate);

    /** updateBusiness: POST /cgi-bin/express/delivery/service/business/update. A write. */
    public static final Endpoint<UpdateBusinessRequest, Void> UPDATE_BUSINESS = post(
            "updateBusiness", DELIVERY + "/service/business/update", Void.class, Safety.WRITE,
            RequestRules::updateBusiness).identifiedBy(r -> "biz_id " + quoted(r.bizId()));

    // Intracity delivery (同城配送): WeChat refuses these unless encrypted and signed, so each is securedOnly()
    // but intracity_apply, which its page says may be called without (and is sealed anyway when the client has
    // API security on, as WeChat then expects of every call of the AppID).

    /**
     * intracity_apply: POST {@code /cgi-bin/express/intracity/apply}. Opens intracity delivery for the
     * AppID. A write; its page says it needs no encryption ("无加密，可直接调用"), so it is the one intracity call allowed without API security.
     */
    public static final Endpoint<Void, Void> INTRACITY_APPLY = Endpoint.<Void, Void>post(
            "intracity_apply", INTRACITY + "/apply", Void.class, Safety.WRITE, (rules, checks, none) -> { });

    /**
     * intracity_createstore: POST {@code /cgi-bin/express/intracity/createstore}. A write; a repeat is refused
     * with 934010 (store exists).
     */
    public static final Endpoint<CreateStoreRequest, CreateStoreResponse> INTRACITY_CREATE_STORE = Endpoint.<CreateStoreRequest, CreateStoreResponse>post(
            "intracity_createstore", INTRACITY + "/createstore", CreateStoreResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.createStore(checks, r))
            .identifiedBy(r -> "out_store_id " + quoted(r.outStoreId())).securedOnly();

    /** intracity_querystore: POST {@code /cgi-bin/express/intracity/querystore}. A read. */
    public static final Endpoint<QueryStoreRequest, QueryStoreResponse> INTRACITY_QUERY_STORE = Endpoint.<QueryStoreRequest, QueryStoreResponse>post(
            "intracity_querystore", INTRACITY + "/querystore", QueryStoreResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.queryStore(checks, r)).securedOnly();

    /** intracity_updatestore: POST {@code /cgi-bin/express/intracity/updatestore}. A write. */
    public static final Endpoint<UpdateStoreRequest, Void> INTRACITY_UPDATE_STORE = Endpoint.<UpdateStoreRequest, Void>post(
            "intracity_updatestore", INTRACITY + "/updatestore", Void.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.updateStore(checks, r))
            .identifiedBy(r -> "keys " + (r.keys() == null ? "(none)" : r.keys().wxStoreId() != null ? quoted(r.keys().wxStoreId()) : quoted(r.keys().outStoreId()))).securedOnly();

    /**
     * intracity_storecharge: POST {@code /cgi-bin/express/intracity/storecharge}. A write: each call starts a
     * new top-up.
     */
    public static final Endpoint<StoreChargeRequest, StoreChargeResponse> INTRACITY_STORE_CHARGE = Endpoint.<StoreChargeRequest, StoreChargeResponse>post(
            "intracity_storecharge", INTRACITY + "/storecharge", StoreChargeResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.storeCharge(checks, r))
            .identifiedBy(r -> "wx_store_id " + quoted(r.wxStoreId())).securedOnly();

    /** intracity_storerefund: POST {@code /cgi-bin/express/intracity/storerefund}. A write. */
    public static final Endpoint<StoreRefundRequest, StoreRefundResponse> INTRACITY_STORE_REFUND = Endpoint.<StoreRefundRequest, StoreRefundResponse>post(
            "intracity_storerefund", INTRACITY + "/storerefund", StoreRefundResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.storeRefund(checks, r))
            .identifiedBy(r -> "wx_store_id " + quoted(r.wxStoreId())).securedOnly();

    /** intracity_queryflow: POST {@code /cgi-bin/express/intracity/queryflow}. A read. */
    public static final Endpoint<QueryFlowRequest, QueryFlowResponse> INTRACITY_QUERY_FLOW = Endpoint.<QueryFlowRequest, QueryFlowResponse>post(
            "intracity_queryflow", INTRACITY + "/queryflow", QueryFlowResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.queryFlow(checks, r)).securedOnly();

    /** intracity_balancequery: POST {@code /cgi-bin/express/intracity/balancequery}. A read. */
    public static final Endpoint<BalanceQueryRequest, BalanceQueryResponse> INTRACITY_BALANCE_QUERY = Endpoint.<BalanceQueryRequest, BalanceQueryResponse>post(
            "intracity_balancequery", INTRACITY + "/balancequery", BalanceQueryResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.balanceQuery(checks, r)).securedOnly();

    /**
     * intracity_preaddorder: POST {@code /cgi-bin/express/intracity/preaddorder}. A read: it prices an order
     * and creates nothing.
     */
    public static final Endpoint<PreAddOrderRequest, PreAddOrderResponse> INTRACITY_PRE_ADD_ORDER = Endpoint.<PreAddOrderRequest, PreAddOrderResponse>post(
            "intracity_preaddorder", INTRACITY + "/preaddorder", PreAddOrderResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.preAddOrder(checks, r)).securedOnly();

    /**
     * intracity_addorder: POST {@code /cgi-bin/express/intracity/addorder}. A write; WeChat makes it idempotent
     * by store_order_id, but the client never re-sends it on its own.
     */
    public static final Endpoint<IntracityAddOrderRequest, IntracityAddOrderResponse> INTRACITY_ADD_ORDER = Endpoint.<IntracityAddOrderRequest, IntracityAddOrderResponse>post(
            "intracity_addorder", INTRACITY + "/addorder", IntracityAddOrderResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.addOrder(checks, r))
            .identifiedBy(r -> "store_order_id " + quoted(r.storeOrderId())).securedOnly();

    /** intracity_queryorder: POST {@code /cgi-bin/express/intracity/queryorder}. A read. */
    public static final Endpoint<QueryOrderRequest, QueryOrderResponse> INTRACITY_QUERY_ORDER = Endpoint.<QueryOrderRequest, QueryOrderResponse>post(
            "intracity_queryorder", INTRACITY + "/queryorder", QueryOrderResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.queryOrder(checks, r)).securedOnly();

    /** intracity_cancelorder: POST {@code /cgi-bin/express/intracity/cancelorder}. A write. */
    public static final Endpoint<IntracityCancelOrderRequest, IntracityCancelOrderResponse> INTRACITY_CANCEL_ORDER = Endpoint.<IntracityCancelOrderRequest, IntracityCancelOrderResponse>post(
            "intracity_cancelorder", INTRACITY + "/cancelorder", IntracityCancelOrderResponse.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.cancelOrder(checks, r))
            .identifiedBy(r -> r.wxOrderId() != null ? "wx_order_id " + quoted(r.wxOrderId()) : "store_order_id " + quoted(r.storeOrderId())).securedOnly();

    /** intracity_setpaymode: POST {@code /cgi-bin/express/intracity/setpaymode}. A write. */
    public static final Endpoint<SetPayModeRequest, Void> INTRACITY_SET_PAY_MODE = Endpoint.<SetPayModeRequest, Void>post(
            "intracity_setpaymode", INTRACITY + "/setpaymode", Void.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.setPayMode(checks, r))
            .identifiedBy(r -> "appid " + quoted(r.appid())).securedOnly();

    /** intracity_getpaymode: POST {@code /cgi-bin/express/intracity/getpaymode}. A read. */
    public static final Endpoint<GetPayModeRequest, GetPayModeResponse> INTRACITY_GET_PAY_MODE = Endpoint.<GetPayModeRequest, GetPayModeResponse>post(
            "intracity_getpaymode", INTRACITY + "/getpaymode", GetPayModeResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.getPayMode(checks, r)).securedOnly();

    /** intracity_getcity: POST {@code /cgi-bin/express/intracity/getcity}. A read. */
    public static final Endpoint<GetCityRequest, GetCityResponse> INTRACITY_GET_CITY = Endpoint.<GetCityRequest, GetCityResponse>post(
            "intracity_getcity", INTRACITY + "/getcity", GetCityResponse.class, Safety.READ,
            (rules, checks, r) -> IntracityRules.getCity(checks, r)).securedOnly();

    /** intracity_mocknotify: POST {@code /cgi-bin/express/intracity/mocknotify}. A write (sandbox orders only). */
    public static final Endpoint<MockNotifyRequest, Void> INTRACITY_MOCK_NOTIFY = Endpoint.<MockNotifyRequest, Void>post(
            "intracity_mocknotify", INTRACITY + "/mocknotify", Void.class, Safety.WRITE,
            (rules, checks, r) -> IntracityRules.mockNotify(checks, r))
            .identifiedBy(r -> r.wxOrderId() != null ? "wx_order_id " + quoted(r.wxOrderId()) : "store_order_id " + quoted(r.storeOrderId())).securedOnly();
    // The tracking component (物流查询组件), the message component (物流消息组件, deprecated) and the
    // return component (退货组件): /cgi-bin/express/delivery/{open_msg,no_worry_return,return}/...

    private static final String OPEN_MSG = DELIVERY + "/open_msg";
    private static final String NO_WORRY_RETURN = DELIVERY + "/no_worry_return";
    private static final String LEGACY_RETURN = DELIVERY + "/return";

    // A write: each call hands out a new waybill_token; sending it twice leaves two.
    /** traceWaybill: POST /cgi-bin/express/delivery/open_msg/trace_waybill. A write. */
    public static final Endpoint<TraceWaybillRequest, TraceWaybillResponse> TRACE_WAYBILL =
            Endpoint.<TraceWaybillRequest, TraceWaybillResponse>post(
                    "traceWaybill", OPEN_MSG + "/trace_waybill", TraceWaybillResponse.class, Safety.WRITE,
                    (rules, v, r) -> ComponentRules.traceWaybill(v, r, "traceWaybill"))
                    .identifiedBy(r -> "waybill_id " + quoted(r.waybillId()));

    /** queryTrace: POST /cgi-bin/express/delivery/open_msg/query_trace. */
    public static final Endpoint<QueryTraceRequest, QueryTraceResponse> QUERY_TRACE =
            Endpoint.<QueryTraceRequest, QueryTraceResponse>post(
                    "queryTrace", OPEN_MSG + "/query_trace", QueryTraceResponse.class, Safety.READ,
                    (rules, v, r) -> ComponentRules.queryTrace(v, r, "queryTrace"));

    /** updateWaybillGoods: POST .../open_msg/update_waybill_goods. A write (each counts toward 9300560). */
    public static final Endpoint<UpdateWaybillGoodsRequest, Void> UPDATE_WAYBILL_GOODS =
            Endpoint.<UpdateWaybillGoodsRequest, Void>post(
                    "updateWaybillGoods", OPEN_MSG + "/update_waybill_goods", Void.class, Safety.WRITE,
                    (rules, v, r) -> ComponentRules.updateWaybillGoods(v, r, "updateWaybillGoods"))
                    .identifiedBy(r -> "waybill_token " + quoted(r.waybillToken()));

    /** getDeliveryList: POST /cgi-bin/express/delivery/open_msg/get_delivery_list, always with the body {}. */
    public static final Endpoint<Void, GetDeliveryListResponse> GET_DELIVERY_LIST = Endpoint.postEmpty(
            "getDeliveryList", OPEN_MSG + "/get_delivery_list", GetDeliveryListResponse.class);

    /** followWaybill: POST /cgi-bin/express/delivery/open_msg/follow_waybill. A write. Deprecated by WeChat. */
    public static final Endpoint<TraceWaybillRequest, TraceWaybillResponse> FOLLOW_WAYBILL =
            Endpoint.<TraceWaybillRequest, TraceWaybillResponse>post(
                    "followWaybill", OPEN_MSG + "/follow_waybill", TraceWaybillResponse.class, Safety.WRITE,
                    (rules, v, r) -> ComponentRules.traceWaybill(v, r, "followWaybill"))
                    .identifiedBy(r -> "waybill_id " + quoted(r.waybillId()));

    /** queryFollowTrace: POST /cgi-bin/express/delivery/open_msg/query_follow_trace. Deprecated by WeChat. */
    public static final Endpoint<QueryTraceRequest, QueryTraceResponse> QUERY_FOLLOW_TRACE =
            Endpoint.<QueryTraceRequest, QueryTraceResponse>post(
                    "queryFollowTrace", OPEN_MSG + "/query_follow_trace", QueryTraceResponse.class, Safety.READ,
                    (rules, v, r) -> ComponentRules.queryTrace(v, r, "queryFollowTrace"));

    /** updateFollowWaybillGoods: POST .../open_msg/update_follow_waybill_goods. A write. Deprecated by WeChat. */
    public static final Endpoint<UpdateWaybillGoodsRequest, Void> UPDATE_FOLLOW_WAYBILL_GOODS =
            Endpoint.<UpdateWaybillGoodsRequest, Void>post(
                    "updateFollowWaybillGoods", OPEN_MSG + "/update_follow_waybill_goods", Void.class, Safety.WRITE,
                    (rules, v, r) -> ComponentRules.updateWaybillGoods(v, r, "updateFollowWaybillGoods"))
                    .identifiedBy(r -> "waybill_token " + quoted(r.waybillToken()));

    /** addReturnId: POST /cgi-bin/express/delivery/no_worry_return/add. A write. */
    public static final Endpoint<AddReturnRequest, AddReturnResponse> ADD_RETURN_ID =
            Endpoint.<AddReturnRequest, AddReturnResponse>post(
                    "addReturnId", NO_WORRY_RETURN + "/add", AddReturnResponse.class, Safety.WRITE,
                    (rules, v, r) -> ComponentRules.addReturn(v, r, true))
                    .identifiedBy(r -> "shop_order_id " + quoted(r.shopOrderId()));

    /** getReturnId: POST /cgi-bin/express/delivery/no_worry_return/get. */
    public static final Endpoint<ReturnIdRequest, GetReturnResponse> GET_RETURN_ID =
            Endpoint.<ReturnIdRequest, GetReturnResponse>post(
                    "getReturnId", NO_WORRY_RETURN + "/get", GetReturnResponse.class, Safety.READ,
                    (rules, v, r) -> ComponentRules.returnId(v, r, "getReturnId"));

    /** unbindReturnId: POST /cgi-bin/express/delivery/no_worry_return/unbind. A write. */
    public static final Endpoint<ReturnIdRequest, Void> UNBIND_RETURN_ID =
            Endpoint.<ReturnIdRequest, Void>post(
                    "unbindReturnId", NO_WORRY_RETURN + "/unbind", Void.class, Safety.WRITE,
                    (rules, v, r) -> ComponentRules.returnId(v, r, "unbindReturnId"))
                    .identifiedBy(r -> "return_id " + quoted(r.returnId()));

    /** addReturn (legacy): POST /cgi-bin/express/delivery/return/add. A write. */
    public static final Endpoint<AddReturnRequest, AddReturnResponse> ADD_RETURN =
            Endpoint.<AddReturnRequest, AddReturnResponse>post(
                    "addReturn", LEGACY_RETURN + "/add", AddReturnResponse.class, Safety.WRITE,
                    (rules, v, r) -> ComponentRules.addReturn(v, r, false))
                    .identifiedBy(r -> "shop_order_id " + quoted(r.shopOrderId()));

    /** getReturn (legacy): POST /cgi-bin/express/delivery/return/get. */
    public static final Endpoint<ReturnIdRequest, GetReturnResponse> GET_RETURN =
            Endpoint.<ReturnIdRequest, GetReturnResponse>post(
                    "getReturn", LEGACY_RETURN + "/get", GetReturnResponse.class, Safety.READ,
                    (rules, v, r) -> ComponentRules.returnId(v, r, "getReturn"));

    /** unbindReturn (legacy): POST /cgi-bin/express/delivery/return/unbind. A write. */
    public static final Endpoint<ReturnIdRequest, Void> UNBIND_RETURN =
            Endpoint.<ReturnIdRequest, Void>post(
                    "unbindReturn", LEGACY_RETURN + "/unbind", Void.class, Safety.WRITE,
                    (rules, v, r) -> ComponentRules.returnId(v, r, "unbindReturn"))
                    .identifiedBy(r -> "return_id " + quoted(r.returnId()));

    // Third-party "apply to open" calls: only a service provider's authorizer_access_token is accepted
    // (933004 otherwise); body {}; writes (each counts toward a daily quota of 500).

    /** applyMsgPlugin: POST /cgi-bin/express/delivery/open_msg/open_openmsg. A write; third-party only (权限集 45). */
    public static final Endpoint<Void, Void> APPLY_MSG_PLUGIN = Endpoint.<Void, Void>post(
            "applyMsgPlugin", OPEN_MSG + "/open_openmsg", Void.class, Safety.WRITE, (rules, checks, none) -> { });

    /** applyQueryPlugin: POST /cgi-bin/express/delivery/open_msg/open_query_plugin. A write; third-party only. */
    public static final Endpoint<Void, Void> APPLY_QUERY_PLUGIN = Endpoint.<Void, Void>post(
            "applyQueryPlugin", OPEN_MSG + "/open_query_plugin", Void.class, Safety.WRITE, (rules, checks, none) -> { });

    /** applyReturnPlugin: POST /cgi-bin/express/delivery/return/open_return. A write; third-party only. */
    public static final Endpoint<Void, Void> APPLY_RETURN_PLUGIN = Endpoint.<Void, Void>post(
            "applyReturnPlugin", LEGACY_RETURN + "/open_return", Void.class, Safety.WRITE, (rules, checks, none) -> { });

    /** The tracking, message and return components' endpoints, the three "apply to open" calls last. */
    public static final List<Endpoint<?, ?>> COMPONENTS = List.of(TRACE_WAYBILL, QUERY_TRACE, UPDATE_WAYBILL_GOODS,
            GET_DELIVERY_LIST, FOLLOW_WAYBILL, QUERY_FOLLOW_TRACE, UPDATE_FOLLOW_WAYBILL_GOODS, ADD_RETURN_ID,
            GET_RETURN_ID, UNBIND_RETURN_ID, ADD_RETURN, GET_RETURN, UNBIND_RETURN, APPLY_MSG_PLUGIN,
            APPLY_QUERY_PLUGIN, APPLY_RETURN_PLUGIN);

    // Freight insurance (无忧退货/运费险): /wxa/business/insurance_freight/..., operation names as WeChat's pages
    // give them (接口英文名, such as insurance_freight_createorder).

    private static final String INSURANCE = "/wxa/business/insurance_freight";

    // Decision: open and query_open are GET without a body, as their own pages say ("GET https://..."),
    // although the family's overview says every call is a POST and other SDKs post them.
    /**
     * insurance_freight_open: GET {@code /wxa/business/insurance_freight/open}. A write (it opens the
     * service); a repeat is answered 2001.
     */
    public static final Endpoint<Void, Void> INSURANCE_OPEN = Endpoint.get(
            "insurance_freight_open", INSURANCE + "/open", Void.class).write();

    /** insurance_freight_query_open: GET {@code /wxa/business/insurance_freight/query_open}. */
    public static final Endpoint<Void, OpenStatusResponse> INSURANCE_QUERY_OPEN = Endpoint.get(
            "insurance_freight_query_open", INSURANCE + "/query_open", OpenStatusResponse.class);

    /** insurance_freight_createorder: POST {@code .../createorder}. A write: it buys a policy. */
    public static final Endpoint<InsuranceOrderRequest, InsuranceOrderResponse> INSURANCE_CREATE_ORDER =
            Endpoint.<InsuranceOrderRequest, InsuranceOrderResponse>post(
                    "insurance_freight_createorder", INSURANCE + "/createorder", InsuranceOrderResponse.class,
                    Safety.WRITE, InsuranceRules::createOrder)
                    .identifiedBy(r -> "order_no " + quoted(r.orderNo()));

    /** insurance_freight_claim: POST {@code .../claim}. A write: it files the order's one claim. */
    public static final Endpoint<ClaimRequest, ClaimResponse> INSURANCE_CLAIM =
            Endpoint.<ClaimRequest, ClaimResponse>post(
                    "insurance_freight_claim", INSURANCE + "/claim", ClaimResponse.class, Safety.WRITE,
                    (rules, v, r) -> InsuranceRules.claim(v, r))
                    .identifiedBy(r -> "order_no " + quoted(r.orderNo()));

    /** insurance_freight_createchargeid: POST {@code .../createchargeid}. A write: each call opens a charge order. */
    public static final Endpoint<ChargeIdRequest, ChargeIdResponse> INSURANCE_CREATE_CHARGE_ID =
            Endpoint.<ChargeIdRequest, ChargeIdResponse>post(
                    "insurance_freight_createchargeid", INSURANCE + "/createchargeid", ChargeIdResponse.class,
                    Safety.WRITE, (rules, v, r) -> InsuranceRules.createChargeId(v, r))
                    .identifiedBy(r -> "quota " + r.quota());

    /** insurance_freight_applypay: POST {@code .../applypay}. A write (a payment step). */
    public static final Endpoint<ApplyPayRequest, ApplyPayResponse> INSURANCE_APPLY_PAY =
            Endpoint.<ApplyPayRequest, ApplyPayResponse>post(
                    "insurance_freight_applypay", INSURANCE + "/applypay", ApplyPayResponse.class, Safety.WRITE,
                    (rules, v, r) -> InsuranceRules.applyPay(v, r))
                    .identifiedBy(r -> "order_id " + quoted(r.orderId()));

    /** insurance_freight_getpayorderlist: POST {@code .../getpayorderlist}. */
    public static final Endpoint<PayOrderListRequest, PayOrderListResponse> INSURANCE_GET_PAY_ORDER_LIST =
            Endpoint.<PayOrderListRequest, PayOrderListResponse>post(
                    "insurance_freight_getpayorderlist", INSURANCE + "/getpayorderlist", PayOrderListResponse.class,
                    Safety.READ, (rules, v, r) -> InsuranceRules.payOrderList(v, r));

    /** insurance_freight_refund: POST {@code .../refund} with the body {}. A write: it refunds the funds. */
    public static final Endpoint<Void, Void> INSURANCE_REFUND = Endpoint.postEmpty(
            "insurance_freight_refund", INSURANCE + "/refund", Void.class).write();

    /** insurance_freight_getsummary: POST {@code .../getsummary}. */
    public static final Endpoint<SummaryRequest, SummaryResponse> INSURANCE_GET_SUMMARY =
            Endpoint.<SummaryRequest, SummaryResponse>post(
                    "insurance_freight_getsummary", INSURANCE + "/getsummary", SummaryResponse.class, Safety.READ,
                    (rules, v, r) -> InsuranceRules.summary(v, r));

    /** insurance_freight_getorderlist: POST {@code .../getorderlist}; snake_case and camelCase replies are read. */
    public static final Endpoint<PolicyListRequest, PolicyListResponse> INSURANCE_GET_ORDER_LIST =
            Endpoint.<PolicyListRequest, PolicyListResponse>post(
                    "insurance_freight_getorderlist", INSURANCE + "/getorderlist", PolicyListResponse.class,
                    Safety.READ, (rules, v, r) -> InsuranceRules.policyList(v, r));

    /** insurance_freight_update_notify_funds: POST {@code .../update_notify_funds}. A write. */
    public static final Endpoint<NotifyFundsRequest, Void> INSURANCE_UPDATE_NOTIFY_FUNDS =
            Endpoint.<NotifyFundsRequest, Void>post(
                    "insurance_freight_update_notify_funds", INSURANCE + "/update_notify_funds", Void.class,
                    Safety.WRITE, (rules, v, r) -> InsuranceRules.notifyFunds(v, r))
                    .identifiedBy(r -> "notify_funds " + r.notifyFunds());

    /** The freight insurance endpoints, in the order of WeChat's index. */
    public static final List<Endpoint<?, ?>> FREIGHT_INSURANCE = List.of(INSURANCE_OPEN, INSURANCE_QUERY_OPEN,
            INSURANCE_CREATE_ORDER, INSURANCE_CLAIM, INSURANCE_CREATE_CHARGE_ID, INSURANCE_APPLY_PAY,
            INSURANCE_GET_PAY_ORDER_LIST, INSURANCE_REFUND, INSURANCE_GET_SUMMARY, INSURANCE_GET_ORDER_LIST,
            INSURANCE_UPDATE_NOTIFY_FUNDS);

    /** {@code "value"}, at most 64 characters of it. */
    static String quoted(String value) {
        return value == null ? "(none)" : "\"" + (value.length() <= 64 ? value : value.substring(0, 64) + "...") + "\"";
    }

    /** Every intracity endpoint, in the order of WeChat's index. */
    public static final List<Endpoint<?, ?>> INTRACITY_ALL = List.of(
            INTRACITY_APPLY, INTRACITY_CREATE_STORE, INTRACITY_QUERY_STORE, INTRACITY_UPDATE_STORE,
            INTRACITY_STORE_CHARGE, INTRACITY_STORE_REFUND, INTRACITY_QUERY_FLOW,
            INTRACITY_BALANCE_QUERY, INTRACITY_PRE_ADD_ORDER, INTRACITY_ADD_ORDER,
            INTRACITY_QUERY_ORDER, INTRACITY_CANCEL_ORDER, INTRACITY_SET_PAY_MODE,
            INTRACITY_GET_PAY_MODE, INTRACITY_GET_CITY, INTRACITY_MOCK_NOTIFY);

    /**
     * Every Logistics Assistant, tracking/message/return component and freight insurance endpoint (the intracity
     * ones are {@link #INTRACITY_ALL}).
     */
    public static final List<Endpoint<?, ?>> ALL = Stream.of(List.of(ADD_ORDER, BATCH_GET_ORDER, CANCEL_ORDER,
            GET_ALL_ACCOUNT, GET_ALL_DELIVERY, GET_ORDER, GET_PATH, GET_PRINTER, UPDATE_PRINTER, GET_QUOTA, BIND_ACCOUNT,
            TEST_UPDATE_ORDER, GET_CONTACT, UPDATE_PATH, PREVIEW_TEMPLATE, UPDATE_BUSINESS), COMPONENTS, FREIGHT_INSURANCE)
            .flatMap(List::stream).toList();
}
