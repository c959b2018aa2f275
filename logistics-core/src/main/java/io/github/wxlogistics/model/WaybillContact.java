package io.github.wxlogistics.model;

/**
 * A sender or receiver as getContact returns it (province, city and area already merged into
 * {@code address}). The documents type it {@code Array.<Object>}; the wire carries an object.
 *
 * @param name    the person's name
 * @param tel     landline
 * @param mobile  mobile number
 * @param address the full address
 */
public record WaybillContact(String name, String tel, String mobile, String address) {
}
