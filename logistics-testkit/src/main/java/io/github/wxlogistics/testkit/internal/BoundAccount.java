package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A courier account bound to the mini program. No password is kept: the fake only knows
 * whether the courier would reject it ({@code passwordWrong}).
 */
public record BoundAccount(String bizId, String deliveryId, long createTime, long updateTime, int statusCode,
        String alias, String remarkWrongMsg, String remarkContent, long quotaNum, long quotaUpdateTime,
        List<CourierService> serviceTypes, boolean passwordWrong) {

    /** Bound and usable. */
    public static final int BOUND = 0;
    /** Waiting for the courier's review (updateBusiness). */
    public static final int UNDER_REVIEW = 1;
    /** The courier rejected the binding. */
    public static final int BIND_FAILED = 2;
    /** Unbound by the merchant. */
    public static final int UNBOUND = 3;

    /** Copies the lists. */
    public BoundAccount {
        serviceTypes = List.copyOf(serviceTypes);
    }

    /** The map key of an account. */
    public static String key(String deliveryId, String bizId) {
        return deliveryId + "\u0000" + bizId;
    }

    /** This account with a new status, as of {@code now}. */
    public BoundAccount withStatus(int status, String wrongMsg, long now) {
        return new BoundAccount(bizId, deliveryId, createTime, now, status, alias, wrongMsg, remarkContent, quotaNum,
                quotaUpdateTime, serviceTypes, passwordWrong);
    }

    /** This account after a rebind as of {@code now}. */
    public BoundAccount rebound(int status, String remark, long now) {
        return new BoundAccount(bizId, deliveryId, now, now, status, alias, "", remark, quotaNum, quotaUpdateTime,
                serviceTypes, passwordWrong);
    }

    /** This account with one waybill less of quota. */
    public BoundAccount consumeQuota(long now) {
        return new BoundAccount(bizId, deliveryId, createTime, updateTime, statusCode, alias, remarkWrongMsg,
                remarkContent, quotaNum - 1, now, serviceTypes, passwordWrong);
    }

    /** This account with the quota a courier reported, as of {@code now}. */
    public BoundAccount withQuota(long quota, long now) {
        return new BoundAccount(bizId, deliveryId, createTime, updateTime, statusCode, alias, remarkWrongMsg,
                remarkContent, quota, now, serviceTypes, passwordWrong);
    }

    /** The getAllAccount form; {@code service_type} only when the account lists services. */
    public JsonObject toJson() {
        JsonObjectBuilder b = Jsons.object().add("biz_id", bizId).add("delivery_id", deliveryId)
                .add("create_time", createTime).add("update_time", updateTime).add("status_code", statusCode)
                .add("alias", alias).add("remark_wrong_msg", remarkWrongMsg).add("remark_content", remarkContent)
                .add("quota_num", quotaNum).add("quota_update_time", quotaUpdateTime);
        if (!serviceTypes.isEmpty()) {
            JsonArrayBuilder services = Jsons.array();
            serviceTypes.forEach(s -> services.add(s.toJson()));
            b.add("service_type", services);
        }
        return b.build();
    }
}
