package io.github.wxlogistics.model;

/**
 * getContact's request (courier side).
 *
 * @param token     the {@code Token} of the add_waybill push (required); hidden by {@link #toString()}
 * @param waybillId the waybill ID (required)
 */
public record GetContactRequest(String token, String waybillId) {

    /** A request for a waybill's contacts. */
    public static GetContactRequest of(String token, String waybillId) {
        return new GetContactRequest(token, waybillId);
    }

    @Override
    public String toString() {
        return "GetContactRequest[token=***, waybillId=" + waybillId + "]";
    }
}
