package io.github.wxlogistics.internal.validation;

import static io.github.wxlogistics.internal.validation.Checks.maxBytes;
import static io.github.wxlogistics.internal.validation.Checks.positive;
import static io.github.wxlogistics.internal.validation.Checks.required;
import static io.github.wxlogistics.internal.validation.Checks.requiredValue;
import static io.github.wxlogistics.internal.validation.RequestRules.CUSTOM_REMARK_MAX_BYTES;
import static io.github.wxlogistics.internal.validation.RequestRules.GOODS_NAME_MAX_BYTES;
import static io.github.wxlogistics.internal.validation.RequestRules.ORDER_ID_MAX_BYTES;

import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.Shop;
import java.math.BigDecimal;

/** The rules of addOrder's nested parts (sender, receiver, cargo, shop), with their byte limits (API.md 4.1). */
final class AddOrderRules {

    private AddOrderRules() {
    }

    /** The byte limits of an addOrder body, for previewTemplate's {@code custom}: absent fields pass. */
    static void limits(String prefix, AddOrderRequest r) {
        maxBytes(prefix + "order_id", r.orderId(), ORDER_ID_MAX_BYTES);
        maxBytes(prefix + "custom_remark", r.customRemark(), CUSTOM_REMARK_MAX_BYTES);
        if (r.sender() != null) {
            personLimits(prefix + "sender", r.sender());
        }
        if (r.receiver() != null) {
            personLimits(prefix + "receiver", r.receiver());
        }
        if (r.shop() != null) {
            maxBytes(prefix + "shop.goods_name", r.shop().goodsName(), GOODS_NAME_MAX_BYTES);
        }
    }

    static void person(String at, Person p) {
        requiredValue(at, p);
        required(at + ".name", p.name());
        if (isBlank(p.tel()) && isBlank(p.mobile())) {
            throw new ValidationException(at + ".mobile", "is required when " + at + ".tel is empty");
        }
        required(at + ".province", p.province());
        required(at + ".city", p.city());
        required(at + ".area", p.area());
        required(at + ".address", p.address());
        personLimits(at, p);
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

    static void cargo(String at, Cargo c) {
        requiredValue(at, c);
        positive(at + ".count", c.count());
        positiveDecimal(at + ".weight", c.weight(), "kg");
        positiveDecimal(at + ".space_x", c.spaceX(), "cm");
        positiveDecimal(at + ".space_y", c.spaceY(), "cm");
        positiveDecimal(at + ".space_z", c.spaceZ(), "cm");
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

    /** {@code insured}: use_insured 0 or 1; insured_value in fen, not negative, positive when insured. */
    static void insured(String at, Insured i) {
        requiredValue(at, i);
        if (i.useInsured() != 0 && i.useInsured() != 1) {
            throw new ValidationException(at + ".use_insured", "must be 0 (no insurance) or 1 (insured), was " + i.useInsured());
        }
        if (i.insuredValue() < 0 || (i.useInsured() == 1 && i.insuredValue() == 0)) {
            throw new ValidationException(at + ".insured_value", "must be "
                    + (i.useInsured() == 1 ? "positive" : "zero or more") + " (fen), was " + i.insuredValue());
        }
    }

    private static void positiveDecimal(String field, BigDecimal value, String unit) {
        requiredValue(field, value);
        if (value.signum() <= 0) {
            throw new ValidationException(field, "must be positive (" + unit + "), was " + value.toPlainString());
        }
    }

    static void shop(String at, Shop s) {
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
}
