package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The fields of each push after the envelope, with the names and nesting of API.md 6.2 to 6.7,
 * taken from the merchant's request or the fake's state.
 */
public final class PushPackets {

    /** {@code add_waybill}: the merchant's order, forwarded to the courier. */
    public static final String ADD_WAYBILL = "add_waybill";
    /** {@code cancel_waybill}: the merchant cancelled an order. */
    public static final String CANCEL_WAYBILL = "cancel_waybill";
    /** {@code check_biz}: the merchant binds an account. */
    public static final String CHECK_BIZ = "check_biz";
    /** {@code get_quota}: the merchant asks for its quota. */
    public static final String GET_QUOTA = "get_quota";
    /** {@code add_express_path}: a waybill's path changed (to the merchant). */
    public static final String ADD_EXPRESS_PATH = "add_express_path";
    /** {@code update_business_bind_result}: the courier reviewed a binding (to the merchant). */
    public static final String BUSINESS_BIND_RESULT = "update_business_bind_result";

    private PushPackets() {
    }

    /**
     * {@code add_waybill} from an addOrder body.
     *
     * @param token     the order Token the courier needs for getContact and updatePath
     * @param password  the account's password ({@code BizPwd}), empty when none is known
     * @param shopAppId the merchant's AppID
     * @param waybillId the waybill ID WeChat proposes
     * @param order     the addOrder request body
     */
    public static Consumer<PushPacket.Builder> addWaybill(String token, String password, String shopAppId,
            String waybillId, JsonObject order) {
        return p -> {
            p.text("Token", token).text("OrderID", order.getString("order_id")).text("BizID", order.getString("biz_id"))
                    .text("BizPwd", password).text("ShopAppID", shopAppId).text("WayBillID", waybillId)
                    .text("Remark", Jsons.optString(order, "custom_remark", ""))
                    .object("Sender", person(order.getJsonObject("sender")))
                    .object("Receiver", person(order.getJsonObject("receiver")));
            JsonObject cargo = order.getJsonObject("cargo");
            List<PushPacket> details = new ArrayList<>();
            for (JsonValue item : Jsons.optArray(cargo, "detail_list")) {
                if (item instanceof JsonObject detail) {
                    details.add(PushPacket.builder().text("Name", Jsons.optString(detail, "name", ""))
                            .number("Count", number(detail, "count")).build());
                }
            }
            p.object("Cargo", PushPacket.builder().number("Weight", number(cargo, "weight"))
                    .number("Space_X", number(cargo, "space_x")).number("Space_Y", number(cargo, "space_y"))
                    .number("Space_Z", number(cargo, "space_z")).number("Count", number(cargo, "count"))
                    .objects("DetailList", details).build());
            JsonObject insured = order.getJsonObject("insured");
            p.object("Insured", PushPacket.builder().number("UseInsured", number(insured, "use_insured"))
                    .number("InsuredValue", number(insured, "insured_value")).build());
            JsonObject service = order.getJsonObject("service");
            p.object("Service", PushPacket.builder().number("ServiceType", number(service, "service_type"))
                    .text("ServiceName", Jsons.optString(service, "service_name", "")).build());
        };
    }

    /** {@code cancel_waybill} for an order (FromUserName is the ordering user). */
    public static Consumer<PushPacket.Builder> cancelWaybill(Order order, String password, String shopAppId) {
        return p -> p.text("OrderID", order.orderId()).text("BizID", order.bizId()).text("BizPwd", password)
                .text("ShopAppID", shopAppId).text("WayBillID", order.waybillId());
    }

    /** {@code check_biz} and {@code get_quota}: BizID, BizPwd and ShopAppID. */
    public static Consumer<PushPacket.Builder> account(String bizId, String password, String shopAppId) {
        return p -> p.text("BizID", bizId).text("BizPwd", password).text("ShopAppID", shopAppId);
    }

    /**
     * {@code add_express_path} for an order's whole path: every node so far, {@code Count} their
     * number, and {@code Version} the same number (it grows by one with every node, as WeChat's
     * sample has Version 3 with 3 nodes).
     */
    public static Consumer<PushPacket.Builder> addExpressPath(Order order) {
        return p -> {
            List<PushPacket> actions = new ArrayList<>();
            for (TrackingNode node : order.path()) {
                actions.add(PushPacket.builder().number("ActionTime", node.actionTime())
                        .number("ActionType", node.actionType()).text("ActionMsg", node.actionMsg()).build());
            }
            p.text("DeliveryID", order.deliveryId()).text("WayBillId", order.waybillId()).text("OrderId", order.orderId())
                    .number("Version", order.path().size()).number("Count", order.path().size())
                    .objects("Actions", actions);
        };
    }

    /**
     * {@code update_business_bind_result}, snake_case as on the wire: errcode 0 and errmsg
     * {@code ok} when approved, else the courier's result code and message.
     */
    public static Consumer<PushPacket.Builder> businessBindResult(String deliveryId, String bizId, long resultCode,
            String resultMsg) {
        return p -> p.number("errcode", resultCode).text("errmsg", resultCode == 0 ? "ok" : resultMsg)
                .text("delivery_id", deliveryId).text("biz_id", bizId);
    }

    /**
     * The {@code WaybillData} of a courier's reply ({@code ##key##value##...##}) as entries; empty
     * and {@code ##} both mean none.
     *
     * @throws ApiError 9300502 when it is not that format
     */
    public static List<KeyValue> waybillData(String text) {
        List<KeyValue> out = new ArrayList<>();
        if (text.isEmpty() || text.equals("##")) {
            return out;   // no entries: an empty element, or the bare separator of ##(key##value##)*
        }
        if (!text.matches("##(?:[^#]+##[^#]*##)*")) {
            throw ApiError.withHint(9300502, "the courier's WaybillData is not ##key##value## pairs");
        }
        String[] parts = text.substring(2, text.length() - 2).split("##", -1);
        for (int i = 0; i + 1 < parts.length; i += 2) {
            out.add(new KeyValue(parts[i], parts[i + 1]));
        }
        return out;
    }

    private static PushPacket person(JsonObject person) {
        return PushPacket.builder().text("Name", Jsons.optString(person, "name", ""))
                .text("Tel", Jsons.optString(person, "tel", "")).text("Mobile", Jsons.optString(person, "mobile", ""))
                .text("Company", Jsons.optString(person, "company", ""))
                .text("PostCode", Jsons.optString(person, "post_code", ""))
                .text("Country", Jsons.optString(person, "country", "中国"))
                .text("Province", Jsons.optString(person, "province", ""))
                .text("City", Jsons.optString(person, "city", "")).text("Area", Jsons.optString(person, "area", ""))
                .text("Address", Jsons.optString(person, "address", "")).build();
    }

    /** A number field as its exact literal, 0 when absent; 47001 when it is not a number. */
    private static BigDecimal number(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return BigDecimal.ZERO;
        }
        if (!(v instanceof JsonNumber n)) {
            throw ApiError.withHint(47001, field + " must be a number");
        }
        return n.bigDecimalValue();
    }
}
