package io.github.wxlogistics.model;

import java.util.List;
import java.util.Objects;

/**
 * previewTemplate's request (courier side): renders a waybill template with an order's data.
 *
 * @param waybillId       the waybill ID (required)
 * @param waybillTemplate the HTML template, Base64-encoded (required)
 * @param waybillData     the {@code ##key##value##} string a courier answers add_waybill with (required)
 * @param custom          a full addOrder request whose fields the template reads as {@code custom.*} (required)
 */
public record PreviewTemplateRequest(String waybillId, String waybillTemplate, String waybillData,
        AddOrderRequest custom) {

    /** A preview request. */
    public static PreviewTemplateRequest of(String waybillId, String waybillTemplate, String waybillData,
            AddOrderRequest custom) {
        return new PreviewTemplateRequest(waybillId, waybillTemplate, waybillData, custom);
    }

    /**
     * Formats entries as the {@code waybill_data} string: {@code ##key##value##key##value##}.
     *
     * @throws IllegalArgumentException if an entry, key or value is null, a key is empty, or a key
     *     or value contains {@code #}, which would shift the pairs
     */
    public static String formatWaybillData(List<WaybillData> entries) {
        StringBuilder out = new StringBuilder("##");
        int i = 0;
        for (WaybillData entry : Objects.requireNonNull(entries, "entries")) {
            if (entry == null || entry.key() == null || entry.value() == null || entry.key().isEmpty()) {
                throw new IllegalArgumentException("waybill_data entry " + i + " needs a non-empty key and a value");
            }
            if (entry.key().indexOf('#') >= 0 || entry.value().indexOf('#') >= 0) {
                throw new IllegalArgumentException("waybill_data entry " + entry.key() + " contains #");
            }
            out.append(entry.key()).append("##").append(entry.value()).append("##");
            i++;
        }
        return out.toString();
    }
}
