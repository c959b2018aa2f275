package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;

/** A sender or receiver as the merchant gave it in addOrder (or a fixture). */
public record Contact(String name, String tel, String mobile, String province, String city, String area,
        String address) {

    /** Reads a Person object, absent fields as empty strings. */
    public static Contact fromJson(JsonObject o) {
        return new Contact(Jsons.optString(o, "name", ""), Jsons.optString(o, "tel", ""),
                Jsons.optString(o, "mobile", ""), Jsons.optString(o, "province", ""),
                Jsons.optString(o, "city", ""), Jsons.optString(o, "area", ""), Jsons.optString(o, "address", ""));
    }

    /** Whether the courier would accept it: name, address and a phone number present. */
    public boolean isComplete() {
        return !name.isEmpty() && !address.isEmpty() && (!tel.isEmpty() || !mobile.isEmpty());
    }

    /** The getContact form: province, city and area merged into {@code address}. */
    public JsonObject toContactJson() {
        return Jsons.object().add("address", province + city + area + address).add("name", name)
                .add("tel", tel).add("mobile", mobile).build();
    }
}
