package io.github.wxlogistics.testkit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivery attempt of a push {@link FakeWeChatServer} made, and what came back: for tests to
 * assert what the courier or the merchant was sent and how it answered. A push re-sent after a
 * timeout is recorded once per attempt.
 *
 * <p>{@link #toString()} shows neither the packet nor the reply (they carry the order Token and
 * {@code BizPwd}) nor the query.
 *
 * @param sequenceNumber 0 for the first attempt the server made, then 1, 2...
 * @param recipient      the courier's delivery_id (such as {@code SF}), or {@link #MERCHANT}
 * @param event          the event, such as {@code add_waybill}
 * @param attempt        1 for the first delivery of the push, 2 and on for re-sends
 * @param url            the push URL, without the query parameters added
 * @param query          the query parameters sent: {@code signature}, {@code timestamp}, {@code nonce},
 *                       and in compatible and safe mode {@code encrypt_type} and {@code msg_signature}
 * @param packet         the push packet in plaintext (XML or JSON), before any encryption
 * @param fields         the packet's top-level text fields, such as {@code OrderID}
 * @param body           the body as sent (in safe mode only {@code ToUserName} and {@code Encrypt})
 * @param outcome        what the attempt came to
 * @param status         the HTTP status of the answer, 0 when none came
 * @param reply          the answer in plaintext (a safe-mode reply packet decrypted), empty when none
 * @param replyFields    the reply packet's top-level text fields, such as {@code ResultCode}; empty
 *                       for merchant pushes and when the reply could not be read
 */
public record RecordedPush(long sequenceNumber, String recipient, String event, int attempt, URI url,
        Map<String, String> query, String packet, Map<String, String> fields, byte[] body, Outcome outcome, int status,
        String reply, Map<String, String> replyFields) {

    /** The {@link #recipient()} of pushes to the merchant's push URL. */
    public static final String MERCHANT = "merchant";

    /** What a delivery attempt came to. */
    public enum Outcome {
        /** A 2xx answer; for a courier push, a reply packet that verified and could be read. */
        ANSWERED,
        /** An answer with a status other than 2xx; the push is re-sent. */
        REFUSED,
        /** No answer within the push timeout; the push is re-sent. */
        TIMED_OUT,
        /** No answer: the connection could not be made or broke; the push is re-sent. */
        FAILED,
        /** A 2xx answer to a courier push whose reply could not be verified, decrypted or read; not re-sent. */
        BAD_REPLY
    }

    /**
     * Checks the fields and copies the maps and the body.
     *
     * @param sequenceNumber 0 for the first attempt the server made, then 1, 2...
     * @param recipient      the courier's delivery_id, or {@link #MERCHANT}
     * @param event          the event
     * @param attempt        1 for the first delivery of the push, 2 and on for re-sends
     * @param url            the push URL, without the query parameters added
     * @param query          the query parameters sent
     * @param packet         the push packet in plaintext
     * @param fields         the packet's top-level text fields
     * @param body           the body as sent
     * @param outcome        what the attempt came to
     * @param status         the HTTP status of the answer, 0 when none came
     * @param reply          the answer in plaintext, empty when none
     * @param replyFields    the reply packet's top-level text fields
     * @throws NullPointerException if an argument is null
     */
    public RecordedPush {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(url, "url");
        query = Map.copyOf(Objects.requireNonNull(query, "query"));
        Objects.requireNonNull(packet, "packet");
        fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reply, "reply");
        replyFields = Map.copyOf(Objects.requireNonNull(replyFields, "replyFields"));
    }

    /**
     * A copy of the body as sent.
     *
     * @return the body bytes
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as sent, decoded as UTF-8.
     *
     * @return the body text
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * A top-level text field of the push packet.
     *
     * @param name the field name, such as {@code WayBillID}
     * @return its value, if the packet has it
     */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * A top-level text field of the reply packet.
     *
     * @param name the field name, such as {@code ResultCode}
     * @return its value, if the reply has it
     */
    public Optional<String> replyField(String name) {
        return Optional.ofNullable(replyFields.get(Objects.requireNonNull(name, "name")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedPush p && sequenceNumber == p.sequenceNumber && recipient.equals(p.recipient)
                && event.equals(p.event) && attempt == p.attempt && url.equals(p.url) && query.equals(p.query)
                && packet.equals(p.packet) && fields.equals(p.fields) && Arrays.equals(body, p.body)
                && outcome == p.outcome && status == p.status && reply.equals(p.reply)
                && replyFields.equals(p.replyFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequenceNumber, recipient, event, attempt, url, query, packet, fields, Arrays.hashCode(body),
                outcome, status, reply, replyFields);
    }

    @Override
    public String toString() {
        return "RecordedPush[#" + sequenceNumber + " " + event + " to " + recipient + " at " + url + ", attempt "
                + attempt + ", " + outcome + (status != 0 ? " " + status : "") + "]";
    }
}
