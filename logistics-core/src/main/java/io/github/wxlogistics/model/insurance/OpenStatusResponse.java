package io.github.wxlogistics.model.insurance;

/**
 * query_open's reply.
 *
 * @param isOpen {@code is_open}: 1 when freight insurance is open for the AppID, 0 when not
 */
public record OpenStatusResponse(int isOpen) {

    /**
     * Whether freight insurance is open.
     *
     * @return whether {@code is_open} is 1
     */
    public boolean opened() {
        return isOpen == 1;
    }
}
