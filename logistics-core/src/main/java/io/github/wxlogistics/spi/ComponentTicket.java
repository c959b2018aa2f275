package io.github.wxlogistics.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code component_verify_ticket}, the secret WeChat pushes to a third-party platform's
 * authorization-event URL every 10 minutes and from which its {@code component_access_token} is
 * fetched. {@link #toString()} never shows the value.
 *
 * @param value     the ticket as pushed ({@code ComponentVerifyTicket})
 * @param createdAt when WeChat created it ({@code CreateTime}); a ticket is usable for 12 hours
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/component_verify_ticket.html">component_verify_ticket</a>
 */
public record ComponentTicket(String value, Instant createdAt) {

    /**
     * Checks that the value is present and not blank.
     *
     * @param value     the ticket as pushed
     * @param createdAt when WeChat created it
     */
    public ComponentTicket {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(createdAt, "createdAt");
        if (value.isBlank()) {
            throw new IllegalArgumentException("component_verify_ticket must not be blank");
        }
    }

    @Override
    public String toString() {
        return "ComponentTicket[value=***, createdAt=" + createdAt + "]";
    }
}
