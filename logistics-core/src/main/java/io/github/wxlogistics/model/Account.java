package io.github.wxlogistics.model;

import java.util.List;

/**
 * A courier account bound to the mini program (one element of getAllAccount's {@code list}).
 *
 * @param bizId           courier customer code
 * @param deliveryId      courier ID
 * @param createTime      bind time, Unix seconds
 * @param updateTime      update time, Unix seconds
 * @param statusCode      bind status
 * @param alias           account alias
 * @param remarkWrongMsg  why binding failed (EMS review)
 * @param remarkContent   remark given at bind time
 * @param quotaNum        e-waybill balance
 * @param quotaUpdateTime when the balance was updated, Unix seconds
 * @param serviceType     services this account supports; empty when the reply omits them
 */
public record Account(String bizId, String deliveryId, long createTime, long updateTime, BindStatus statusCode,
        String alias, String remarkWrongMsg, String remarkContent, long quotaNum, long quotaUpdateTime,
        List<Service> serviceType) {

    /**
     * Copies {@code serviceType}, reading {@code null} as empty.
     *
     * @param bizId courier customer code
     * @param deliveryId courier ID
     * @param createTime bind time, Unix seconds
     * @param updateTime update time, Unix seconds
     * @param statusCode bind status
     * @param alias account alias
     * @param remarkWrongMsg why binding failed (EMS review)
     * @param remarkContent remark given at bind time
     * @param quotaNum e-waybill balance
     * @param quotaUpdateTime when the balance was updated, Unix seconds
     * @param serviceType services this account supports; empty when the reply omits them
     */
    public Account {
        serviceType = serviceType == null ? List.of() : List.copyOf(serviceType);
    }
}
