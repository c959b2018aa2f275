package io.github.wxlogistics.model;

/**
 * getContact's reply.
 *
 * @param waybillId waybill ID
 * @param sender    the sender
 * @param receiver  the receiver
 */
public record GetContactResponse(String waybillId, WaybillContact sender, WaybillContact receiver) {
}
