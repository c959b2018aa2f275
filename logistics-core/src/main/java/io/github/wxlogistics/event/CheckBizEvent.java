package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * {@code check_biz} (courier side, logistics.onCheckBusiness): a merchant asks to bind a customer
 * code; the courier checks it and answers with a {@link CheckBizReply}. The shop and sender
 * fields are sent for EMS only. {@link #toString()} hides {@code BizPwd}.
 *
 * @param envelope       the common fields
 * @param bizId          the customer code ({@code BizID})
 * @param bizPwd         its password ({@code BizPwd})
 * @param shopAppId      the merchant's AppID ({@code ShopAppID})
 * @param shopName       the mini program's nickname ({@code ShopName}), EMS only
 * @param shopTelphone   the shop's phone ({@code ShopTelphone}, spelled so on the wire), EMS only
 * @param shopContact    the shop's contact person ({@code ShopContact}), EMS only
 * @param serviceName    the service ({@code ServiceName}), EMS only
 * @param senderProvince {@code SenderProvince}, EMS only
 * @param senderCity     {@code SenderCity}, EMS only
 * @param senderArea     {@code SenderArea}, EMS only
 * @param senderAddress  {@code SenderAddress}, EMS only
 * @param fields         every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.onCheckBusiness.html">logistics.onCheckBusiness</a>
 */
public record CheckBizEvent(EventEnvelope envelope, String bizId, String bizPwd, String shopAppId, String shopName,
        String shopTelphone, String shopContact, String serviceName, String senderProvince, String senderCity,
        String senderArea, String senderAddress, PushFields fields) implements RequestEvent<CheckBizReply> {

    /** The event name on the wire. */
    public static final String NAME = "check_biz";

    /**
     * Checks the envelope and raw fields.
     *
     * @param envelope       the common fields
     * @param bizId          the customer code ({@code BizID})
     * @param bizPwd         its password ({@code BizPwd})
     * @param shopAppId      the merchant's AppID ({@code ShopAppID})
     * @param shopName       the mini program's nickname ({@code ShopName}), EMS only
     * @param shopTelphone   the shop's phone ({@code ShopTelphone}, spelled so on the wire), EMS only
     * @param shopContact    the shop's contact person ({@code ShopContact}), EMS only
     * @param serviceName    the service ({@code ServiceName}), EMS only
     * @param senderProvince {@code SenderProvince}, EMS only
     * @param senderCity     {@code SenderCity}, EMS only
     * @param senderArea     {@code SenderArea}, EMS only
     * @param senderAddress  {@code SenderAddress}, EMS only
     * @param fields         every field of the body as it arrived
     */
    public CheckBizEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String toString() {
        return "CheckBizEvent[envelope=" + envelope + ", bizId=" + bizId + ", bizPwd=***, shopAppId=" + shopAppId
                + ", shopName=" + shopName + ", shopTelphone=" + shopTelphone + ", shopContact=" + shopContact
                + ", serviceName=" + serviceName + ", senderProvince=" + senderProvince + ", senderCity="
                + senderCity + ", senderArea=" + senderArea + ", senderAddress=" + senderAddress + ", fields="
                + fields + "]";
    }
}
