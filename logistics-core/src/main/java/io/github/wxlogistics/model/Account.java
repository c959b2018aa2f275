package io.github.wxlogistics.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A courier account bound to the mini program (one element of getAllAccount's {@code list}).
 *
 * @param bizId           courier customer code
 * @param deliveryId      courier ID
 * @param createTime      bind time, Unix seconds; {@code null} when the reply omits it
 * @param updateTime      update time, Unix seconds; {@code null} when the reply omits it
 * @param statusCode      bind status
 * @param alias           account alias
 * @param remarkWrongMsg  why binding failed (EMS review)
 * @param remarkContent   remark given at bind time
 * @param quotaNum        e-waybill balance (a fraction is kept); {@code null} when the reply omits it
 * @param quotaUpdateTime when the balance was updated, Unix seconds; {@code null} when the reply omits it
 * @param serviceType     services this account supports; empty when the reply omits them
 */
public record Account(String bizId, String deliveryId, Long createTime, Long updateTime, BindStatus statusCode,
        String alias, String remarkWrongMsg, String remarkContent, BigDecimal quotaNum, Long quotaUpdateTime,
        List<ServiceType> serviceType) {

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
