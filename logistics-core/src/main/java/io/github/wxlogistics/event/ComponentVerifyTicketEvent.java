package io.github.wxlogistics.event;

import java.util.Objects;

/**
 * {@code component_verify_ticket} (third-party platform, authorization-event URL): WeChat's ticket,
 * pushed every 10 minutes, from which the platform's {@code component_access_token} is fetched.
 * Answered {@code success}. {@code io.github.wxlogistics.platform.ComponentPlatform#pushReceiver()}
 * handles it (stores the ticket); {@link #toString()} never shows the ticket.
 *
 * @param envelope              the common fields (only {@code CreateTime} is sent)
 * @param appId                 the platform's AppID ({@code AppId})
 * @param componentVerifyTicket the ticket ({@code ComponentVerifyTicket}), a secret
 * @param fields                every field of the body as it arrived
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/component_verify_ticket.html">component_verify_ticket</a>
 */
public record ComponentVerifyTicketEvent(EventEnvelope envelope, String appId, String componentVerifyTicket,
        PushFields fields) implements NoticeEvent {

    /** The event name on the wire ({@code InfoType}). */
    public static final String NAME = "component_verify_ticket";

    /**
     * Checks the envelope and raw fields.
     *
     * @param envelope              the common fields
     * @param appId                 the platform's AppID
     * @param componentVerifyTicket the ticket
     * @param fields                every field of the body as it arrived
     */
    public ComponentVerifyTicketEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String toString() {
        return "ComponentVerifyTicketEvent[envelope=" + envelope + ", appId=" + appId
                + ", componentVerifyTicket=***, fields=" + fields + "]";
    }
}
