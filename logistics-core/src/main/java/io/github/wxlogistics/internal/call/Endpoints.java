package io.github.wxlogistics.internal.call;

import static io.github.wxlogistics.internal.call.Endpoint.get;
import static io.github.wxlogistics.internal.call.Endpoint.post;

import io.github.wxlogistics.internal.validation.RequestRules;
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
import java.util.List;

/**
 * The endpoint catalogue: every call's operation name, method, path, reply type and safety
 * (the official pages of each call). The input rules are in {@link RequestRules}; each write
 * names its own key, said when its outcome is unknown. The intracity calls (同城配送) are catalogued
 * the same way in {@link IntracityEndpoints}: their model shares four class names with this one.
 */
public final class Endpoints {

    private static final String BUSINESS = "/cgi-bin/express/business";
    private static final String DELIVERY = "/cgi-bin/express/delivery";

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

    /** {@code "value"}, at most 64 characters of it. */
    static String quoted(String value) {
        return value == null ? "(none)" : "\"" + (value.length() <= 64 ? value : value.substring(0, 64) + "...") + "\"";
    }

    /** Every Logistics Assistant endpoint (the intracity ones are {@link IntracityEndpoints#ALL}). */
    public static final List<Endpoint<?, ?>> ALL = List.of(ADD_ORDER, BATCH_GET_ORDER, CANCEL_ORDER,
            GET_ALL_ACCOUNT, GET_ALL_DELIVERY, GET_ORDER, GET_PATH, GET_PRINTER, UPDATE_PRINTER, GET_QUOTA, BIND_ACCOUNT,
            TEST_UPDATE_ORDER, GET_CONTACT, UPDATE_PATH, PREVIEW_TEMPLATE, UPDATE_BUSINESS);
}
