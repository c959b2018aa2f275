/**
 * The public facade: {@link io.github.wxlogistics.LogisticsClient} and its builder, the blocking
 * {@link io.github.wxlogistics.MerchantClient} and {@link io.github.wxlogistics.CourierClient},
 * and their non-blocking counterparts under {@link io.github.wxlogistics.AsyncLogisticsClient}.
 */
package io.github.wxlogistics;
