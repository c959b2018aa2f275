package io.github.wxlogistics.model.intracity;

import java.util.List;

/**
 * intracity_queryflow's reply. Totals in fen.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryflow">intracity_queryflow</a>.
 *
 * @param flowList       the entries
 * @param totalPayAmt    the total paid
 * @param totalRefundAmt the total refunded
 * @param totalDeductAmt the total deducted
 */
public record QueryFlowResponse(List<Flow> flowList, Long totalPayAmt, Long totalRefundAmt, Long totalDeductAmt) {
}
