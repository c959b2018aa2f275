package io.github.wxlogistics.model;

import java.util.List;
import java.util.Objects;

/**
 * updatePrinter's request: binds or unbinds a waybill printer.
 *
 * @param openid     the printer's openid (required)
 * @param updateType bind or unbind (required)
 * @param tagidList  platform apps only: tag IDs separated by commas, no spaces, at most 10
 */
public record UpdatePrinterRequest(String openid, BindAction updateType, String tagidList) {

    /** A request to bind or unbind a printer. */
    public static UpdatePrinterRequest of(String openid, BindAction updateType) {
        return new UpdatePrinterRequest(openid, updateType, null);
    }

    /** This request with these tag IDs, joined with commas as the wire wants them; an empty list sends none. */
    public UpdatePrinterRequest withTagids(List<String> tagids) {
        Objects.requireNonNull(tagids, "tagids");
        return new UpdatePrinterRequest(openid, updateType, tagids.isEmpty() ? null : String.join(",", tagids));
    }
}
