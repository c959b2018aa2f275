package io.github.wxlogistics.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * previewTemplate's reply.
 *
 * @param waybillId               the waybill ID
 * @param renderedWaybillTemplate the rendered HTML, Base64-encoded as WeChat sends it
 */
public record PreviewTemplateResponse(String waybillId, String renderedWaybillTemplate) {

    /**
     * The rendered HTML, decoded from Base64 as UTF-8.
     *
     * @throws IllegalStateException if {@code rendered_waybill_template} is absent or not Base64
     * @return the rendered HTML, decoded from Base64 as UTF-8
     */
    public String decodeRenderedWaybillTemplate() {
        if (renderedWaybillTemplate == null) {
            throw new IllegalStateException("rendered_waybill_template is absent from the reply");
        }
        try {
            return new String(Base64.getDecoder().decode(renderedWaybillTemplate), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rendered_waybill_template is not Base64: " + e.getMessage(), e);
        }
    }
}
