package io.github.wxlogistics.internal.validation;

import static io.github.wxlogistics.internal.validation.RequestRules.CUSTOM_REMARK_MAX_BYTES;
import static io.github.wxlogistics.internal.validation.RequestRules.GOODS_NAME_MAX_BYTES;
import static io.github.wxlogistics.internal.validation.RequestRules.ORDER_ID_MAX_BYTES;

import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.Shop;
import java.math.BigDecimal;

/**
 * The rules of addOrder's nested parts (sender, receiver, cargo, shop), with their byte limits
 * (the official addOrder page). An absent part is one violation; its own fields are not checked then.
 */
final class AddOrderRules {

    private AddOrderRules() {
    }

    /** The byte limits of an addOrder body, for previewTemplate's {@code custom}: absent fields pass. */
    static void limits(Checks v, String prefix, AddOrderRequest r) {
        v.maxBytes(prefix + "order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        v.maxBytes(prefix + "custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
        if (r.sender() != null) {
            personLimits(v, prefix + "sender", r.sender());
        }
        if (r.receiver() != null) {
            personLimits(v, prefix + "receiver", r.receiver());
        }
        if (r.shop() != null) {
            v.maxBytes(prefix + "shop.goods_name", r.shop().goodsName(), GOODS_NAME_MAX_BYTES);
        }
    }

    static void person(Checks v, String at, Person p) {
        if (!v.requiredValue(at, p)) {
            return;
        }
        v.required(at + ".name", p.name());
        if (isBlank(p.tel()) && isBlank(p.mobile())) {
            v.add(at + ".mobile", "is required when " + at + ".tel is empty");
        }
        v.required(at + ".province", p.province());
        v.required(at + ".city", p.city());
        v.required(at + ".area", p.area());
        v.required(at + ".address", p.address());
        personLimits(v, at, p);
    }

    static void personLimits(Checks v, String at, Person p) {
        v.maxBytes(at + ".name", p.name(), 64);
        v.maxBytes(at + ".tel", p.tel(), 32);
        v.maxBytes(at + ".mobile", p.mobile(), 32);
        v.maxBytes(at + ".company", p.company(), 64);
        v.maxBytes(at + ".post_code", p.postCode(), 10);
        v.maxBytes(at + ".country", p.country(), 64);
        v.maxBytes(at + ".province", p.province(), 64);
        v.maxBytes(at + ".city", p.city(), 64);
        v.maxBytes(at + ".area", p.area(), 64);
        v.maxBytes(at + ".address", p.address(), 512);
    }

    static void cargo(Checks v, String at, Cargo c) {
        if (!v.requiredValue(at, c)) {
            return;
        }
        v.positive(at + ".count", c.count());
        positiveDecimal(v, at + ".weight", c.weight(), "kg");
        positiveDecimal(v, at + ".space_x", c.spaceX(), "cm");
        positiveDecimal(v, at + ".space_y", c.spaceY(), "cm");
        positiveDecimal(v, at + ".space_z", c.spaceZ(), "cm");
        if (c.detailList().isEmpty()) {
            v.add(at + ".detail_list", "must not be empty");
        }
        for (int i = 0; i < c.detailList().size(); i++) {
            String item = at + ".detail_list[" + i + "]";
            if (v.requiredValue(item, c.detailList().get(i))) {
                v.required(item + ".name", c.detailList().get(i).name(), GOODS_NAME_MAX_BYTES);
                v.positive(item + ".count", c.detailList().get(i).count());
            }
        }
    }

    /** {@code insured}: use_insured 0 or 1; insured_value in fen, not negative, positive when insured. */
    static void insured(Checks v, String at, Insured i) {
        if (!v.requiredValue(at, i)) {
            return;
        }
        if (i.useInsured() != 0 && i.useInsured() != 1) {
            v.add(at + ".use_insured", "must be 0 (no insurance) or 1 (insured), was " + i.useInsured());
        }
        if (i.insuredValue() < 0 || (i.useInsured() == 1 && i.insuredValue() == 0)) {
            v.add(at + ".insured_value", "must be "
                    + (i.useInsured() == 1 ? "positive" : "zero or more") + " (fen), was " + i.insuredValue());
        }
    }

    private static void positiveDecimal(Checks v, String field, BigDecimal value, String unit) {
        if (v.requiredValue(field, value) && value.signum() <= 0) {
            v.add(field, "must be positive (" + unit + "), was " + value.toPlainString());
        }
    }

    static void shop(Checks v, String at, Shop s) {
        if (!v.requiredValue(at, s)) {
            return;
        }
        v.maxBytes(at + ".goods_name", s.goodsName(), GOODS_NAME_MAX_BYTES);
        if (s.detailList() != null && !s.detailList().isEmpty()) {
            for (int i = 0; i < s.detailList().size(); i++) {
                String item = at + ".detail_list[" + i + "]";
                if (v.requiredValue(item, s.detailList().get(i))) {
                    v.required(item + ".goods_name", s.detailList().get(i).goodsName(), GOODS_NAME_MAX_BYTES);
                    v.required(item + ".goods_img_url", s.detailList().get(i).goodsImgUrl());
                    v.required(item + ".goods_desc", s.detailList().get(i).goodsDesc());
                }
            }
            return;
        }
        // Without detail_list WeChat needs the single-goods fields (9300535 otherwise).
        v.required(at + ".img_url", s.imgUrl());
        v.required(at + ".goods_name", s.goodsName());
        if (v.requiredValue(at + ".goods_count", s.goodsCount())) {
            v.positive(at + ".goods_count", s.goodsCount());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
