package io.github.wxlogistics.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** What the fake makes up for a new waybill: its token, printable HTML and waybill data. */
public final class Waybills {

    private Waybills() {
    }

    /**
     * The courier-side order token of a waybill. Deterministic so that a standalone user can
     * call the courier APIs without the add_waybill push the fake never sends.
     */
    public static String courierToken(String waybillId) {
        return "TOKEN_" + waybillId;
    }

    /** Base64 of a small HTML page standing in for the rendered waybill. */
    public static String printHtml(String deliveryId, String waybillId, String orderId) {
        String html = "<html><body><h1>" + deliveryId + "</h1><p>waybill " + waybillId + "</p><p>order "
                + escape(orderId) + "</p></body></html>";
        return Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The bag address and sorting mark a courier would return, keyed by its delivery id. */
    public static List<KeyValue> waybillData(String deliveryId, Contact receiver, long sequence) {
        String city = receiver.city().isEmpty() ? "广州" : receiver.city();
        String mark = String.format("%03d-%02d-%02d %03d", sequence % 1000, sequence % 100, (sequence / 7) % 100,
                (sequence * 37) % 1000);
        return List.of(new KeyValue(deliveryId + "_bagAddr", city), new KeyValue(deliveryId + "_mark", mark));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
