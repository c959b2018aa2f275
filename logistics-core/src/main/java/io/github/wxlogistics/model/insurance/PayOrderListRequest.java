package io.github.wxlogistics.model.insurance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * getpayorderlist's request (拉取充值订单信息). Build it with {@link #builder()}.
 *
 * @param statusList {@code status_list}: the charge-order statuses to list, the codes of
 *                   {@link ChargeOrderStatus} (required, at least one); copied
 * @param offset     {@code offset}: how many to skip; {@code null} to omit (WeChat starts at 0)
 * @param limit      {@code limit}: how many to return; {@code null} to omit
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getpayorderlist.html">insurance_freight_getpayorderlist</a>
 */
public record PayOrderListRequest(List<Integer> statusList, Integer offset, Integer limit) {

    /**
     * Copies {@code statusList} ({@code null} stays {@code null}, so validation can name it).
     *
     * @param statusList {@code status_list}: the charge-order statuses to list, the codes of
     *                   {@link ChargeOrderStatus} (required, at least one); copied
     * @param offset     {@code offset}: how many to skip; {@code null} to omit (WeChat starts at 0)
     * @param limit      {@code limit}: how many to return; {@code null} to omit
     */
    public PayOrderListRequest {
        statusList = statusList == null ? null : Collections.unmodifiableList(new ArrayList<>(statusList));
    }

    /**
     * A builder with every field unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PayOrderListRequest}s; not thread-safe; {@link #build()} checks nothing. */
    public static final class Builder {
        private List<Integer> statusList;
        private Integer offset;
        private Integer limit;

        private Builder() {
        }

        /**
         * Sets {@code status_list} as codes.
         *
         * @param value the codes, such as {@code List.of(2, 3)}
         * @return this builder
         */
        public Builder statusList(List<Integer> value) {
            this.statusList = value;
            return this;
        }

        /**
         * Sets {@code status_list}.
         *
         * @param value the statuses, such as {@link ChargeOrderStatus#PAID}
         * @return this builder
         */
        public Builder statusList(ChargeOrderStatus... value) {
            this.statusList = Arrays.stream(value).map(ChargeOrderStatus::code).toList();
            return this;
        }

        /**
         * Sets {@code offset}.
         *
         * @param value how many to skip
         * @return this builder
         */
        public Builder offset(Integer value) {
            this.offset = value;
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param value how many to return
         * @return this builder
         */
        public Builder limit(Integer value) {
            this.limit = value;
            return this;
        }

        /**
         * The request with the fields set so far. Never throws.
         *
         * @return the request
         */
        public PayOrderListRequest build() {
            return new PayOrderListRequest(statusList, offset, limit);
        }
    }
}
