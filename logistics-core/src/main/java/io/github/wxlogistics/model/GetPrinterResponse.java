package io.github.wxlogistics.model;

import java.util.List;

/**
 * getPrinter's reply.
 *
 * @param count     number of printers
 * @param openid    the printers' openids
 * @param tagidList tag IDs, as strings (an array here, a comma-separated string in updatePrinter)
 */
public record GetPrinterResponse(int count, List<String> openid, List<String> tagidList) {

    /**
     * Copies the lists, reading {@code null} as empty.
     *
     * @param count number of printers
     * @param openid the printers' openids
     * @param tagidList tag IDs, as strings (an array here, a comma-separated string in updatePrinter)
     */
    public GetPrinterResponse {
        openid = openid == null ? List.of() : List.copyOf(openid);
        tagidList = tagidList == null ? List.of() : List.copyOf(tagidList);
    }
}
