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

    /**
     * The fields with the personal ones masked (name to its first character, phone numbers to
     * their first three and last four digits, the address to its length).
     *
     * @return a description safe to log
     */
    @Override
    public String toString() {
        return "WaybillContact[name=" + PersonalData.name(name) + ", tel=" + PersonalData.phone(tel) + ", mobile="
                + PersonalData.phone(mobile) + ", address=" + PersonalData.address(address) + "]";
    }
}
