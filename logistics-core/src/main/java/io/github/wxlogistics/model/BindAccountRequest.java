package io.github.wxlogistics.model;

/**
 * bindAccount's request: binds or unbinds a courier account. The review result of couriers that
 * review (EMS) arrives later as an event.
 *
 * @param type          bind or unbind (required)
 * @param bizId         the courier customer code (required)
 * @param deliveryId    the courier ID (required)
 * @param password      the customer password (not needed for EMS, SF, JD); hidden by {@link #toString()}
 * @param remarkContent remark for the courier's review (EMS)
 */
public record BindAccountRequest(BindAction type, String bizId, String deliveryId, String password,
        String remarkContent) {

    /** A request to bind or unbind an account. */
    public static BindAccountRequest of(BindAction type, String bizId, String deliveryId) {
        return new BindAccountRequest(type, bizId, deliveryId, null, null);
    }

    /** This request with the customer password. */
    public BindAccountRequest withPassword(String value) {
        return new BindAccountRequest(type, bizId, deliveryId, value, remarkContent);
    }

    /** This request with a remark for the review. */
    public BindAccountRequest withRemarkContent(String value) {
        return new BindAccountRequest(type, bizId, deliveryId, password, value);
    }

    @Override
    public String toString() {
        return "BindAccountRequest[type=" + type + ", bizId=" + bizId + ", deliveryId=" + deliveryId
                + ", password=" + (password == null ? "null" : "***") + ", remarkContent=" + remarkContent + "]";
    }
}
