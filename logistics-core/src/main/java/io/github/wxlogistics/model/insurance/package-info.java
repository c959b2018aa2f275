/**
 * The requests, replies and codes of freight insurance (无忧退货 / 运费险,
 * {@code /wxa/business/insurance_freight/}), called through
 * {@link io.github.wxlogistics.LogisticsClient#freightInsurance()}. Money is in fen ({@code long}),
 * times in Unix seconds, as everywhere else in the library. Builders as in {@link io.github.wxlogistics.model}.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/industry/express/business/freight_insurance.html">无忧退货（运费险）简介</a>
 */
package io.github.wxlogistics.model.insurance;
