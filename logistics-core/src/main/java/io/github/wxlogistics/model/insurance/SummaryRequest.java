package io.github.wxlogistics.model.insurance;

import java.time.Instant;

/**
 * getsummary's request (拉取理赔摘要): the period, Unix seconds, begin no later than end.
 *
 * @param beginTime {@code begin_time} (required)
 * @param endTime   {@code end_time} (required)
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/freight/api_insurance_freight_getsummary.html">insurance_freight_getsummary</a>
 */
public record SummaryRequest(long beginTime, long endTime) {

    /**
     * The period from {@code begin} to {@code end}, sent as Unix seconds.
     *
     * @param begin the period's start
     * @param end   the period's end
     * @return the request
     */
    public static SummaryRequest between(Instant begin, Instant end) {
        return new SummaryRequest(begin.getEpochSecond(), end.getEpochSecond());
    }
}
