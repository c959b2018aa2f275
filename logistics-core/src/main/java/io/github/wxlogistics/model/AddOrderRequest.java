package io.github.wxlogistics.model;

import java.time.Instant;
import java.util.Objects;

/**
 * addOrder's request: creates a waybill (API.md 4.1). Also the {@code custom} object of
 * previewTemplate.
 *
 * @param addSource    where the order was placed (required); {@code wx_appid} is required for App/H5
 * @param wxAppid      the App or H5 appid; required when {@code add_source} is 2
 * @param orderId      the merchant's order ID, unique per order (required, at most 512 bytes)
 * @param openid       the buyer's openid; required unless {@code add_source} is 2
 * @param deliveryId   the courier ID (required)
 * @param bizId        the courier customer code or cash code such as {@code SF_CASH} (required)
 * @param customRemark remark printed on the waybill (at most 1024 bytes)
 * @param tagid        tenant tag, for platform-type mini programs only
 * @param sender       the sender (required)
 * @param receiver     the receiver (required)
 * @param cargo        the cargo (required)
 * @param shop         the goods shown to the buyer (required)
 * @param insured      the insurance (required)
 * @param service      the courier service (required)
 * @param expectTime   expected pickup time, Unix seconds; 0 means agreed beforehand; required for SF cash orders
 * @param takeMode     settlement mode (YTO only)
 */
public record AddOrderRequest(AddSource addSource, String wxAppid, String orderId, String openid, String deliveryId,
        String bizId, String customRemark, Integer tagid, Person sender, Person receiver, Cargo cargo, Shop shop,
        Insured insured, Service service, Long expectTime, TakeMode takeMode) {

    /** A mini program order (add_source 0) with every required part. */
    public static AddOrderRequest of(String orderId, String openid, String deliveryId, String bizId, Person sender,
            Person receiver, Cargo cargo, Shop shop, Insured insured, Service service) {
        return new AddOrderRequest(AddSource.MINI_PROGRAM, null, orderId, openid, deliveryId, bizId, null, null,
                sender, receiver, cargo, shop, insured, service, null, null);
    }

    /** This request as an App or H5 order (add_source 2) placed through the app {@code wxAppid}. */
    public AddOrderRequest withAppOrder(String wxAppid) {
        return withAddSource(AddSource.APP_OR_H5).withWxAppid(wxAppid);
    }

    /** This request with another add_source. */
    public AddOrderRequest withAddSource(AddSource value) {
        return new AddOrderRequest(value, wxAppid, orderId, openid, deliveryId, bizId, customRemark, tagid, sender,
                receiver, cargo, shop, insured, service, expectTime, takeMode);
    }

    /** This request with the App or H5 appid. */
    public AddOrderRequest withWxAppid(String value) {
        return new AddOrderRequest(addSource, value, orderId, openid, deliveryId, bizId, customRemark, tagid, sender,
                receiver, cargo, shop, insured, service, expectTime, takeMode);
    }

    /** This request with a remark printed on the waybill. */
    public AddOrderRequest withCustomRemark(String value) {
        return new AddOrderRequest(addSource, wxAppid, orderId, openid, deliveryId, bizId, value, tagid, sender,
                receiver, cargo, shop, insured, service, expectTime, takeMode);
    }

    /** This request with a tenant tag. */
    public AddOrderRequest withTagid(int value) {
        return new AddOrderRequest(addSource, wxAppid, orderId, openid, deliveryId, bizId, customRemark, value, sender,
                receiver, cargo, shop, insured, service, expectTime, takeMode);
    }

    /** This request with an expected pickup time (whole seconds are sent). */
    public AddOrderRequest withExpectTime(Instant value) {
        return new AddOrderRequest(addSource, wxAppid, orderId, openid, deliveryId, bizId, customRemark, tagid, sender,
                receiver, cargo, shop, insured, service, Objects.requireNonNull(value, "value").getEpochSecond(),
                takeMode);
    }

    /** This request with a settlement mode. */
    public AddOrderRequest withTakeMode(TakeMode value) {
        return new AddOrderRequest(addSource, wxAppid, orderId, openid, deliveryId, bizId, customRemark, tagid, sender,
                receiver, cargo, shop, insured, service, expectTime, value);
    }
}
