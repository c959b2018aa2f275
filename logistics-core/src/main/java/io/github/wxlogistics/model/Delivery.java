package io.github.wxlogistics.model;

import java.util.List;

/**
 * A courier company (one element of getAllDelivery's {@code data}). Replies may carry only the
 * ID and name; an absent number is {@code null}, never 0.
 *
 * @param deliveryId   courier ID
 * @param deliveryName courier name
 * @param canUseCash   1 when cash orders are supported; {@code null} when the reply omits it
 * @param canGetQuota  1 when getQuota is supported; {@code null} when the reply omits it
 * @param cashBizId    the biz_id for cash orders, when {@code can_use_cash} is 1
 * @param serviceType  the services offered; empty when the reply omits them
 */
public record Delivery(String deliveryId, String deliveryName, Integer canUseCash, Integer canGetQuota, String cashBizId,
        List<ServiceType> serviceType) {

    /**
     * Copies {@code serviceType}, reading {@code null} as empty.
     *
     * @param deliveryId courier ID
     * @param deliveryName courier name
     * @param canUseCash 1 when cash orders are supported
     * @param canGetQuota 1 when getQuota is supported
     * @param cashBizId the biz_id for cash orders, when {@code can_use_cash} is 1
     * @param serviceType the services offered; empty when the reply omits them
     */
    public Delivery {
        serviceType = serviceType == null ? List.of() : List.copyOf(serviceType);
    }
}
