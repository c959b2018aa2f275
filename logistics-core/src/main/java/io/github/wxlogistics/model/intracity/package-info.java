/**
 * The requests, replies and codes of intracity delivery (同城配送, {@code /cgi-bin/express/intracity/}),
 * called through {@link io.github.wxlogistics.LogisticsClient#intracity()}. Money is in fen
 * ({@code long}), weight in grams, distances in metres, times in Unix seconds, coordinates in decimal
 * degrees ({@link java.math.BigDecimal}, sent as given). Builders as in {@link io.github.wxlogistics.model}.
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_apply">intracity_apply and the other calls</a>
 */
package io.github.wxlogistics.model.intracity;
