package io.github.wxlogistics.model.intracity;

import io.github.wxlogistics.model.PersonalData;

/**
 * The rider, in intracity_queryorder's reply.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryorder">intracity_queryorder</a>.
 *
 * @param transporterName  the rider's name
 * @param transporterPhone the rider's phone
 */
public record TransporterInfo(String transporterName, String transporterPhone) {

    /**
     * The fields, with personal data (names, phone numbers, addresses) masked.
     *
     * @return the fields, with personal data masked
     */
    @Override
    public String toString() {
        return "TransporterInfo[" + "transporterName=" + PersonalData.name(transporterName) + ", "
                + "transporterPhone=" + PersonalData.phone(transporterPhone) + "]";
    }
}
