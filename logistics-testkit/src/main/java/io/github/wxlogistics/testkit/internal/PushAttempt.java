package io.github.wxlogistics.testkit.internal;

import java.net.URI;
import java.util.Map;

/**
 * One delivery attempt of a push and what came back, as the sender reports it to the journal.
 *
 * @param recipient    the courier's delivery_id, or {@code merchant}
 * @param event        the event name, such as {@code add_waybill}
 * @param url          the push URL, without the query
 * @param attempt      1 for the first delivery, then 2, 3...
 * @param query        the query parameters sent
 * @param packet       the plaintext packet
 * @param body         the body as sent (encrypted in safe mode)
 * @param outcome      what happened
 * @param status       the HTTP status, 0 when no response came
 * @param reply        the plaintext reply (decrypted), empty when none
 * @param replyFields  the reply's top-level text fields, empty when none could be read
 * @param check        how the reply was opened
 * @param target       where and how it was pushed (the console shows the mode and format, and re-sends)
 * @param source       the packet before rendering (the console re-sends it)
 */
public record PushAttempt(String recipient, String event, URI url, int attempt, Map<String, String> query,
        String packet, byte[] body, Result outcome, int status, String reply, Map<String, String> replyFields,
        ReplyCheck check, PushTarget target, PushPacket source) {

    /** How a reply packet was opened. */
    public enum ReplyCheck {
        /** No reply packet was expected (merchant pushes) or none came. */
        NONE,
        /** A plaintext reply, read as it is: nothing to verify (plaintext and compatible mode). */
        PLAIN,
        /** An encrypted reply whose MsgSignature held, decrypted. */
        VERIFIED,
        /** A reply that could not be verified, decrypted or read. */
        FAILED
    }

    /** What an attempt came to. */
    public enum Result {
        /** A 2xx reply that verified and could be read. */
        ANSWERED,
        /** A status other than 2xx. */
        REFUSED,
        /** No response within the push timeout. */
        TIMED_OUT,
        /** No response: the connection could not be made or broke. */
        FAILED,
        /** A 2xx reply that could not be verified, decrypted or read. */
        BAD_REPLY
    }

    @Override
    public String toString() {
        return "PushAttempt[" + event + " to " + recipient + ", attempt " + attempt + ", " + outcome + "]";
    }
}
