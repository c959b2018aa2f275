package io.github.wxlogistics.model;

/**
 * trace_waybill's (and follow_waybill's) reply.
 *
 * @param waybillToken {@code waybill_token}: the id to query the trace with and to pass to the
 *                     logistics plugin's {@code openWaybillTracking}
 */
public record TraceWaybillResponse(String waybillToken) {
}
