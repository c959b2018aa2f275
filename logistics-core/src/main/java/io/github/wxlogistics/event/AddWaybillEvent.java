package io.github.wxlogistics.event;

import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import java.util.Objects;

/**
 * {@code add_waybill} (courier side, logistics.onAddOrder): a merchant's addOrder, forwarded to
 * the courier, who answers with an {@link AddWaybillReply}. WeChat may push the same order again
 * on a bad network; the same BizID and OrderID MUST yield the same waybill, and the receiver
 * deduplicates on them. The data comes from the merchant unchecked: validate it.
 *
 * <p>{@link #toString()} hides {@code Token} and {@code BizPwd}.
 *
 * @param envelope  the common fields
 * @param token     the order's {@code Token}: keep it, getContact and updatePath need it
 * @param orderId   the merchant's order ID ({@code OrderID})
 * @param bizId     the merchant's customer code or monthly account ({@code BizID})
 * @param bizPwd    its password ({@code BizPwd})
 * @param shopAppId the merchant's AppID ({@code ShopAppID})
 * @param waybillId the waybill ID from WeChat's number range ({@code WayBillID}); {@code 0} means
 *                  the courier assigns one, see {@link #courierAssignsWaybillId()}
 * @param remark    the remark printed on the waybill ({@code Remark}), or {@code null}
 * @param sender    {@code Sender}, or {@code null} if absent
 * @param receiver  {@code Receiver}, or {@code null} if absent
 * @param cargo     {@code Cargo} (weight in kg, sizes in cm, exact decimals), or {@code null}
 * @param insured   {@code Insured} (value in fen), or {@code null}
 * @param service   {@code Service}, or {@code null}
 * @param fields    every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.onAddOrder.html">logistics.onAddOrder</a>
 */
public record AddWaybillEvent(EventEnvelope envelope, String token, String orderId, String bizId, String bizPwd,
        String shopAppId, String waybillId, String remark, Person sender, Person receiver, Cargo cargo,
        Insured insured, ServiceType service, PushFields fields) implements RequestEvent<AddWaybillReply> {

    /** The event name on the wire. */
    public static final String NAME = "add_waybill";

    /**
     * Checks the envelope and raw fields.
     *
     * @param envelope  the common fields
     * @param token     the order's {@code Token}: keep it, getContact and updatePath need it
     * @param orderId   the merchant's order ID ({@code OrderID})
     * @param bizId     the merchant's customer code or monthly account ({@code BizID})
     * @param bizPwd    its password ({@code BizPwd})
     * @param shopAppId the merchant's AppID ({@code ShopAppID})
     * @param waybillId the waybill ID from WeChat's number range ({@code WayBillID}); {@code 0} means
     *                  the courier assigns one, see {@link #courierAssignsWaybillId()}
     * @param remark    the remark printed on the waybill ({@code Remark}), or {@code null}
     * @param sender    {@code Sender}, or {@code null} if absent
     * @param receiver  {@code Receiver}, or {@code null} if absent
     * @param cargo     {@code Cargo} (weight in kg, sizes in cm, exact decimals), or {@code null}
     * @param insured   {@code Insured} (value in fen), or {@code null}
     * @param service   {@code Service}, or {@code null}
     * @param fields    every field of the body as it arrived
     */
    public AddWaybillEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
    }

    /**
     * Whether WeChat left the waybill ID to the courier ({@code WayBillID} is {@code 0} or absent).
     *
     * @return true when the courier must assign the waybill ID itself
     */
    public boolean courierAssignsWaybillId() {
        return waybillId == null || waybillId.isEmpty() || "0".equals(waybillId);
    }

    @Override
    public String toString() {
        return "AddWaybillEvent[envelope=" + envelope + ", token=***, orderId=" + orderId + ", bizId=" + bizId
                + ", bizPwd=***, shopAppId=" + shopAppId + ", waybillId=" + waybillId + ", remark=" + remark
                + ", sender=" + sender + ", receiver=" + receiver + ", cargo=" + cargo + ", insured=" + insured
                + ", service=" + service + ", fields=" + fields + "]";
    }
}
