package io.github.wxlogistics.model.intracity;

import io.github.wxlogistics.model.PersonalData;
import java.math.BigDecimal;

/**
 * The receiver, in intracity_queryorder's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryorder">intracity_queryorder</a>.
 *
 * @param receiverName the receiver's name
 * @param address      the receiver's address
 * @param phoneNum     the receiver's phone
 * @param lng          longitude
 * @param lat          latitude
 */
public record ReceiverInfo(String receiverName, String address, String phoneNum, BigDecimal lng, BigDecimal lat) {

    /**
     * The fields, with personal data (names, phone numbers, addresses) masked.
     *
     * @return the fields, with personal data masked
     */
    @Override
    public String toString() {
        return "ReceiverInfo[" + "receiverName=" + PersonalData.name(receiverName) + ", "
                + "address=" + PersonalData.address(address) + ", "
                + "phoneNum=" + PersonalData.phone(phoneNum) + ", "
                + "lng=" + lng + ", "
                + "lat=" + lat + "]";
    }
}
