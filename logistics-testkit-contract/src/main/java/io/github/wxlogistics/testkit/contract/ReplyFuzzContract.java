package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.Dispatcher;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every call's reply through the real client over the adapter under test: the fake
 * server's own reply to each of the 16 calls, truncated at every byte offset and mutated a few
 * hundred times more with a seeded generator (bytes flipped, ranges cut or doubled, numbers made
 * huge, fractional or exponent-sized, text members turned into numbers, nesting a thousand levels
 * deep, JSON tokens and invalid UTF-8 inserted). Every reply must end in a faithful success (the
 * body is a JSON object WeChat would mean as success, and every member the reply record holds is
 * what the JSON says, to the character: nothing re-rendered) or the library's own
 * {@link DecodeException} or {@link ApiException}, within the attempt deadline; afterwards the
 * transport must still serve a normal call at once (on Vert.x: the event loop is not stuck). The
 * test prints a one-line summary.
 */
public abstract class ReplyFuzzContract {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);
    private static final int MUTATIONS_PER_CALL = 300;
    private static final long SEED = 20261129L;

    private FakeWeChatServer server;
    private HttpTransport transport;
    private LogisticsClient client;
    private final AtomicReference<String> fuzzedOperation = new AtomicReference<>("");
    private final AtomicReference<byte[]> fuzzedReply = new AtomicReference<>(new byte[0]);

    /** For subclasses. */
    protected ReplyFuzzContract() {
    }

    /**
     * A new transport for the fuzz; the suite closes it at the end.
     *
     * @return the transport under test
     */
    protected abstract HttpTransport createTransport();

    @BeforeEach
    void start() {
        server = FakeWeChatServer.builder().demoData().start();
        Dispatcher weChat = server.weChatDispatcher();
        server.setDispatcher(request -> request.operation().equals(java.util.Optional.of(fuzzedOperation.get()))
                ? FakeResponse.of(200, "application/json; charset=UTF-8", fuzzedReply.get())
                : weChat.dispatch(request));
        transport = createTransport();
        client = LogisticsClient.builder().credentials(server.appId(), server.appSecret()).baseUri(server.baseUri())
                .transport(transport).attemptTimeout(ATTEMPT_TIMEOUT).callTimeout(ATTEMPT_TIMEOUT.plusSeconds(1))
                .retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        transport.close();
        server.close();
    }

    @Test
    void everyMutatedReplyEndsInAFaithfulSuccessOrTheLibrarysOwnExceptionInTime() {
        Map<String, Function<LogisticsClient, Object>> calls = CallCatalog.everyCall(server);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        int replies = 0;
        for (Map.Entry<String, Function<LogisticsClient, Object>> call : calls.entrySet()) {
            byte[] golden = goldenReply(call.getKey(), call.getValue());
            Random random = new Random(SEED ^ call.getKey().hashCode());
            List<byte[]> variants = new ArrayList<>();
            for (int length = 0; length < golden.length; length++) {
                variants.add(Arrays.copyOf(golden, length));
            }
            // The smallest body that sent Parsson's skipArray into an endless loop (parsson issue 23).
            variants.add("{\"a\":[".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < MUTATIONS_PER_CALL; i++) {
                variants.add(Mutations.mutate(golden, random));
            }
            fuzzedOperation.set(call.getKey());
            for (byte[] variant : variants) {
                fuzzedReply.set(variant);
                long start = System.nanoTime();
                String outcome = outcome(call.getKey(), call.getValue(), variant, failures);
                long millis = (System.nanoTime() - start) / 1_000_000;
                slowest = Math.max(slowest, millis);
                if (millis >= ATTEMPT_TIMEOUT.toMillis()) {
                    failures.add(call.getKey() + ": took " + millis + " ms for " + shown(variant));
                }
                outcomes.merge(outcome, 1, Integer::sum);
                replies++;
            }
        }
        fuzzedOperation.set("");
        long start = System.nanoTime();
        assertThat(client.merchant().getAllAccount().count()).as("a normal call after the fuzz").isPositive();
        long after = (System.nanoTime() - start) / 1_000_000;
        System.out.println("reply fuzz [" + transport.getClass().getSimpleName() + "]: " + replies + " replies over "
                + calls.size() + " calls: " + outcomes + ", slowest " + slowest + " ms, a normal call after it " + after
                + " ms");
        assertThat(failures).as("replies that did not end as they should").isEmpty();
    }

    /** The fake's own reply to the call, which the variants start from. */
    private byte[] goldenReply(String operation, Function<LogisticsClient, Object> call) {
        AtomicReference<byte[]> captured = new AtomicReference<>();
        Dispatcher weChat = server.weChatDispatcher();
        Dispatcher fuzzing = server.dispatcher();
        server.setDispatcher(request -> {
            FakeResponse reply = weChat.dispatch(request);
            if (request.operation().equals(java.util.Optional.of(operation))) {
                captured.set(reply.body());
            }
            return reply;
        });
        try {
            call.apply(client);
        } catch (ApiException e) {
            // the fake's reply may be an error for this state; it is still a reply to mutate
        } finally {
            server.setDispatcher(fuzzing);
        }
        assertThat(captured.get()).as("the fake's reply to %s", operation).isNotNull();
        return captured.get();
    }

    private String outcome(String operation, Function<LogisticsClient, Object> call, byte[] reply, List<String> failures) {
        Object value;
        try {
            value = call.apply(client);
        } catch (DecodeException e) {
            if (!e.getMessage().startsWith(operation)) {
                failures.add(operation + ": DecodeException does not name the call: " + e.getMessage());
            }
            return "DecodeException";
        } catch (ApiException e) {
            return "ApiException";
        } catch (RuntimeException e) {
            failures.add(operation + ": " + e + " for " + shown(reply));
            return e.getClass().getSimpleName();
        }
        if (!meansSuccess(reply)) {
            failures.add(operation + ": succeeded on a reply that is not a successful JSON object: " + shown(reply));
        } else {
            String changed = strictObject(reply) == null ? null : Faithful.difference(value, strictObject(reply));
            if (changed != null) {
                failures.add(operation + ": a value changed silently (" + changed + ") for " + shown(reply));
            }
        }
        return "success";
    }

    /** The reply as an independent strict parser reads it, or {@code null} when it refuses it. */
    private static JsonObject strictObject(byte[] reply) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(reply))) {
            return reader.readValue() instanceof JsonObject object ? object : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether an independent strict parse sees a JSON object with errcode absent or 0. */
    private static boolean meansSuccess(byte[] reply) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(reply))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                return false;
            }
            JsonValue errcode = object.get("errcode");
            return errcode == null || errcode.getValueType() == JsonValue.ValueType.NULL
                    || errcode instanceof JsonNumber number && number.bigDecimalValue().signum() == 0;
        } catch (RuntimeException e) {
            // Raw control characters (tab and line breaks too) inside strings are accepted by the
            // client on purpose, as WeChat sends them; a strict parser refuses them.
            for (byte b : reply) {
                if (b >= 0 && b < 0x20) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The reply's first bytes, with control and non-ASCII bytes as {@code \xNN}. */
    private static String shown(byte[] reply) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(reply.length, 160); i++) {
            int b = reply[i] & 0xFF;
            text.append(b < 0x20 || b >= 0x7F ? String.format("\\x%02X", b) : String.valueOf((char) b));
        }
        return reply.length > 160 ? text + "..." : text.toString();
    }
}
