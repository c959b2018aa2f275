package io.github.wxlogistics.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads the push samples in {@code src/test/resources/events}: {@code <event>.xml} opens with an
 * XML comment naming its source (left in: the parser must skip it), {@code <event>.json} with a
 * {@code //} line, dropped here because JSON has no comments.
 */
public final class EventFixtures {

    /** The six Logistics Assistant events and freight insurance's claim result, with a sample in both formats. */
    public static final List<String> EVENTS = List.of("add_express_path", "update_business_bind_result",
            "add_waybill", "cancel_waybill", "check_biz", "get_quota", "wxainsurance_claim_result");

    private EventFixtures() {
    }

    /** The sample's text; {@code format} is {@code xml} or {@code json}. */
    public static String text(String event, String format) {
        try (InputStream in = EventFixtures.class.getResourceAsStream("/events/" + event + "." + format)) {
            if (in == null) {
                throw new IllegalArgumentException("no event fixture " + event + "." + format);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("//"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample as UTF-8 bytes. */
    public static byte[] bytes(String event, String format) {
        return text(event, format).getBytes(StandardCharsets.UTF_8);
    }
}
