package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.EventEnvelope;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.ResultCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of each courier reply packet (as WeChat's pages for the courier events lay them out): the envelope turned around
 * (ToUserName is the push's FromUserName and back), CreateTime now, MsgType {@code event}, the
 * event's name, the ids the page says to echo, then the courier's result.
 */
final class ReplyPackets {

    private ReplyPackets() {
    }

    static List<ReplyField> addWaybill(AddWaybillEvent push, AddWaybillReply reply, long now) {
        List<ReplyField> out = envelope(push.envelope(), AddWaybillEvent.NAME, now);
        out.add(ReplyField.text("Token", push.token()));
        out.add(ReplyField.text("OrderID", push.orderId()));
        out.add(ReplyField.text("BizID", push.bizId()));
        out.add(ReplyField.text("WayBillID", reply.waybillId() != null ? reply.waybillId() : push.waybillId()));
        result(out, reply.resultCode().code(), reply.resultMsg());
        out.add(ReplyField.text("WaybillData", reply.waybillData()));
        return out;
    }

    static List<ReplyField> cancelWaybill(CancelWaybillEvent push, CancelWaybillReply reply, long now) {
        List<ReplyField> out = envelope(push.envelope(), CancelWaybillEvent.NAME, now);
        out.add(ReplyField.text("BizID", push.bizId()));
        out.add(ReplyField.text("OrderID", push.orderId()));
        out.add(ReplyField.text("WayBillID", push.waybillId()));
        result(out, reply.resultCode().code(), reply.resultMsg());
        return out;
    }

    static List<ReplyField> checkBiz(CheckBizEvent push, CheckBizReply reply, long now) {
        return quota(push.envelope(), CheckBizEvent.NAME, push.bizId(), reply.resultCode().code(), reply.resultMsg(),
                reply.quota(), now);
    }

    static List<ReplyField> getQuota(GetQuotaEvent push, GetQuotaReply reply, long now) {
        return quota(push.envelope(), GetQuotaEvent.NAME, push.bizId(), reply.resultCode().code(), reply.resultMsg(),
                reply.quota(), now);
    }

    /** check_biz and get_quota answer alike: BizID echoed, the result, the Quota. */
    private static List<ReplyField> quota(EventEnvelope push, String event, String bizId, int code, String message,
            long quota, long now) {
        List<ReplyField> out = envelope(push, event, now);
        out.add(ReplyField.text("BizID", bizId));
        result(out, code, message);
        out.add(ReplyField.number("Quota", quota));
        return out;
    }

    private static List<ReplyField> envelope(EventEnvelope push, String event, long now) {
        List<ReplyField> out = new ArrayList<>();
        out.add(ReplyField.text("ToUserName", push.fromUserName()));
        out.add(ReplyField.text("FromUserName", push.toUserName()));
        out.add(ReplyField.number("CreateTime", now));
        out.add(ReplyField.text("MsgType", "event"));
        out.add(ReplyField.text("Event", event));
        return out;
    }

    private static void result(List<ReplyField> out, int code, String message) {
        out.add(ReplyField.number("ResultCode", code));
        out.add(ReplyField.text("ResultMsg", message));
    }
}
