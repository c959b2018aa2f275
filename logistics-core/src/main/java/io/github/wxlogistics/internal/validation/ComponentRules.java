package io.github.wxlogistics.internal.validation;

import io.github.wxlogistics.model.AddReturnRequest;
import io.github.wxlogistics.model.GoodsDetail;
import io.github.wxlogistics.model.GoodsInfo;
import io.github.wxlogistics.model.QueryTraceRequest;
import io.github.wxlogistics.model.ReturnGoods;
import io.github.wxlogistics.model.ReturnIdRequest;
import io.github.wxlogistics.model.TraceWaybillRequest;
import io.github.wxlogistics.model.UpdateWaybillGoodsRequest;

/**
 * The input rules of the tracking, message and return components, one method per request type,
 * in the manner of {@link RequestRules}. Limits the pages give are checked as given (goods_name at
 * most 60 characters, goods_desc 40, the address fields in bytes, as addOrder's); URLs and page paths, which they
 * give no limit for, are capped at {@link #URL_MAX_BYTES}; identifiers at {@link Checks#ID_MAX_BYTES}.
 */
public final class ComponentRules {

    /** {@code goods_name}: "不超过60字" on the update_waybill_goods page, in characters. */
    static final int GOODS_NAME_MAX_CHARS = 60;
    /** {@code goods_desc}: "不超过40个汉字" on the follow_waybill page, in characters. */
    static final int GOODS_DESC_MAX_CHARS = 40;
    /** URLs and page paths: no documented limit; 1024 bytes stops a runaway value. */
    static final int URL_MAX_BYTES = 1024;
    /** Phone numbers: the return address's 32 bytes, applied to the tracking phones too. */
    static final int PHONE_MAX_BYTES = 32;

    private ComponentRules() {
    }

    /** trace_waybill and follow_waybill. */
    public static void traceWaybill(Checks v, TraceWaybillRequest r, String name) {
        if (!v.requiredValue(name + " request", r)) {
            return;
        }
        v.id("openid", r.openid());
        v.maxBytes("sender_phone", r.senderPhone(), PHONE_MAX_BYTES);
        v.required("receiver_phone", r.receiverPhone(), PHONE_MAX_BYTES);
        v.id("waybill_id", r.waybillId());
        v.id("trans_id", r.transId());
        v.maxBytes("order_detail_path", r.orderDetailPath(), URL_MAX_BYTES);
        v.optionalId("delivery_id", r.deliveryId());
        goodsInfo(v, r.goodsInfo());
    }

    /** query_trace and query_follow_trace. */
    public static void queryTrace(Checks v, QueryTraceRequest r, String name) {
        if (!v.requiredValue(name + " request", r)) {
            return;
        }
        v.required("waybill_token", r.waybillToken(), URL_MAX_BYTES);
        v.optionalId("openid", r.openid());
    }

    /** update_waybill_goods and update_follow_waybill_goods. */
    public static void updateWaybillGoods(Checks v, UpdateWaybillGoodsRequest r, String name) {
        if (!v.requiredValue(name + " request", r)) {
            return;
        }
        v.required("waybill_token", r.waybillToken(), URL_MAX_BYTES);
        goodsInfo(v, r.goodsInfo());
    }

    private static void goodsInfo(Checks v, GoodsInfo goods) {
        if (!v.requiredValue("goods_info", goods) || !v.requiredValue("goods_info.detail_list", goods.detailList())) {
            return;
        }
        if (goods.detailList().isEmpty()) {
            v.add("goods_info.detail_list", "must hold at least one product");
        }
        for (int i = 0; i < goods.detailList().size(); i++) {
            GoodsDetail d = goods.detailList().get(i);
            String at = "goods_info.detail_list[" + i + "]";
            if (v.requiredValue(at, d)) {
                if (v.required(at + ".goods_name", d.goodsName())) {
                    maxChars(v, at + ".goods_name", d.goodsName(), GOODS_NAME_MAX_CHARS);
                }
                v.required(at + ".goods_img_url", d.goodsImgUrl(), URL_MAX_BYTES);
                if (d.goodsDesc() != null) {
                    maxChars(v, at + ".goods_desc", d.goodsDesc(), GOODS_DESC_MAX_CHARS);
                }
            }
        }
    }

    private static void maxChars(Checks v, String field, String value, int max) {
        int chars = value.codePointCount(0, value.length());
        if (chars > max) {
            v.add(field, "must be at most " + max + " characters, was " + chars);
        }
    }

    /** no_worry_return/add ({@code current}) and the legacy return/add. */
    public static void addReturn(Checks v, AddReturnRequest r, boolean current) {
        if (!v.requiredValue((current ? "addReturnId" : "addReturn") + " request", r)) {
            return;
        }
        v.id("shop_order_id", r.shopOrderId());
        v.id("openid", r.openid());
        v.required("order_path", r.orderPath(), URL_MAX_BYTES);
        if (v.requiredValue("order_price", r.orderPrice())) {
            v.positive("order_price", r.orderPrice());
        }
        if (current) {
            v.id("wx_pay_id", r.wxPayId());
        } else if (r.wxPayId() != null) {
            v.add("wx_pay_id", "is not a field of the legacy return/add; use addReturnId (no_worry_return/add)");
        }
        // The addresses have addOrder's sender shape and limits; user_addr may be partial.
        AddOrderRules.person(v, "biz_addr", r.bizAddr());
        if (r.userAddr() != null) {
            AddOrderRules.personLimits(v, "user_addr", r.userAddr());
        }
        if (v.requiredValue("goods_list", r.goodsList())) {
            if (r.goodsList().isEmpty()) {
                v.add("goods_list", "must hold at least one product");
            }
            for (int i = 0; i < r.goodsList().size(); i++) {
                ReturnGoods g = r.goodsList().get(i);
                String at = "goods_list[" + i + "]";
                if (v.requiredValue(at, g)) {
                    v.required(at + ".name", g.name(), URL_MAX_BYTES);
                    v.required(at + ".url", g.url(), URL_MAX_BYTES);
                }
            }
        }
    }

    /** get and unbind, on either path. */
    public static void returnId(Checks v, ReturnIdRequest r, String name) {
        if (v.requiredValue(name + " request", r)) {
            v.id("return_id", r.returnId());
        }
    }
}
