package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.support.ScriptedTransport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No access token, app secret or courier order token reaches a log line, exception message or toString(). */
class RedactionTest {

    private static final String SECRET = "APP-SECRET-7d1f0c";
    private static final String TOKEN_PREFIX = "ACCESS-TOKEN-9b2e";
    private static final String ORDER_TOKEN = "ORDER-TOKEN-55aa";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("io.github.wxlogistics");
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            // The message and the whole exception, whatever the console format leaves out.
            StringBuilder text = new StringBuilder(formatter.formatMessage(record));
            if (record.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                text.append('\n').append(trace);
            }
            lines.add(text.toString());
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void captureAllLogs() {
        previous = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void restore() {
        root.removeHandler(capture);
        root.setLevel(previous);
    }

    @Test
    void secretsNeverLeak() {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger apiCalls = new AtomicInteger();
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> {
            String path = r.uri().getPath();
            if (path.startsWith("/cgi-bin/stable_token") || path.equals("/cgi-bin/token")) {
                return ScriptedTransport.json(200, "{\"access_token\":\"" + TOKEN_PREFIX + issued.incrementAndGet()
                        + "\",\"expires_in\":7200}");
            }
            return switch (apiCalls.incrementAndGet()) {
                case 1 -> ScriptedTransport.json(200, "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
                case 3 -> ScriptedTransport.json(200, "{\"errcode\":9300507,\"errmsg\":\"invalid token\"}");
                case 4 -> ScriptedTransport.json(500, "{\"errcode\":-1}");
                default -> ScriptedTransport.json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
            };
        });
        List<Throwable> thrown = new ArrayList<>();
        List<Object> shown = new ArrayList<>();
        for (TokenSource source : TokenSource.values()) {
            apiCalls.set(0);
            try (LogisticsClient client = LogisticsClient.builder().credentials("wxapp", SECRET).tokenSource(source)
                    .transport(transport).retryPolicy(RetryPolicy.none()).build()) {
                shown.add(client);
                client.merchant().getOrder(GetOrderRequest.builder().orderId("o1").deliveryId("SF").build());
                thrown.add(catchThrowable(() -> client.courier().getContact(
                        GetContactRequest.builder().token(ORDER_TOKEN).waybillId("w1").build())));
                thrown.add(catchThrowable(() -> client.courier().updatePath(
                        UpdatePathRequest.builder().token(ORDER_TOKEN).waybillId("w1").actionTime(1L)
                                .actionType(ActionType.SIGNED).actionMsg("m").build())));
                transport.enqueueFailure();
                thrown.add(catchThrowable(() -> client.merchant().getAllAccount()));
            }
        }
        ScriptedTransport refusing = new ScriptedTransport()
                .otherwise(r -> ScriptedTransport.json(200, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}"));
        try (LogisticsClient client = LogisticsClient.builder().credentials("wxapp", SECRET).transport(refusing).build()) {
            thrown.add(catchThrowable(() -> client.merchant().getAllAccount()));
        }
        shown.addAll(transport.requests());
        shown.add(GetContactRequest.builder().token(ORDER_TOKEN).waybillId("w").build());
        shown.add(UpdatePathRequest.builder().token(ORDER_TOKEN).waybillId("w").actionTime(1L)
                .actionType(ActionType.SIGNED).actionMsg("m").build());

        assertThat(thrown).hasSize(7).doesNotContainNull();
        assertThat(lines).as("the run logged its exchanges").anyMatch(l -> l.contains("access_token=***"));
        List<String> everything = new ArrayList<>(lines);
        thrown.forEach(t -> everything.add(describe(t)));
        shown.forEach(o -> everything.add(o.toString()));
        assertThat(everything).noneMatch(s -> s.contains(SECRET) || s.contains(TOKEN_PREFIX) || s.contains(ORDER_TOKEN));
    }

    @Test
    void aFailedCallLogsOneWarningNamingTheOperationAndTheCauseButNoCredential() {
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> {
            String path = r.uri().getPath();
            if (path.startsWith("/cgi-bin/stable_token")) {
                return ScriptedTransport.json(200, "{\"access_token\":\"" + TOKEN_PREFIX + "w\",\"expires_in\":7200}");
            }
            if (path.endsWith("/order/get")) {
                return ScriptedTransport.json(200, "{\"errcode\":47001,\"errmsg\":\"data format error rid: 6a1f-77\"}");
            }
            return ScriptedTransport.json(503, "busy for " + r.uri());
        });
        try (LogisticsClient client = LogisticsClient.builder().credentials("wxapp", SECRET).transport(transport)
                .retryPolicy(RetryPolicy.none()).build()) {
            catchThrowable(() -> client.merchant().getOrder(GetOrderRequest.builder().orderId("o1").deliveryId("SF").build()));
            catchThrowable(() -> client.merchant().getAllAccount());
            transport.enqueueFailure();
            catchThrowable(() -> client.courier().getContact(
                    GetContactRequest.builder().token(ORDER_TOKEN).waybillId("w1").build()));
        }

        List<String> warnings = records.stream()
                .filter(r -> r.getLevel() == Level.WARNING && r.getLoggerName().equals("io.github.wxlogistics.call"))
                .map(r -> new SimpleFormatter().formatMessage(r))
                .toList();
        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).startsWith("getOrder: failed on attempt 1 after ")
                .contains("errcode 47001", "data format error", "rid: 6a1f-77");
        assertThat(warnings.get(1)).startsWith("getAllAccount: failed on attempt 1 after ").contains("HTTP 503")
                .contains("access_token=***");
        assertThat(warnings.get(2)).startsWith("getContact: failed on attempt 1 after ").contains("connection reset");
        assertThat(lines).as("every line of the run, DEBUG included").isNotEmpty()
                .noneMatch(l -> l.contains(SECRET) || l.contains(TOKEN_PREFIX) || l.contains(ORDER_TOKEN));
    }

    @Test
    void errorPagesThatQuoteTheTokenOrTheUrlAreScrubbed() {
        ScriptedTransport transport = new ScriptedTransport().otherwise(r -> ScriptedTransport.json(502,
                "<html>bad gateway for " + r.uri() + " (token " + r.uri().getQuery().substring("access_token=".length()) + ")</html>"));
        try (LogisticsClient client = LogisticsClient.builder().accessToken(TOKEN_PREFIX + "x").transport(transport)
                .retryPolicy(RetryPolicy.none()).build()) {
            Throwable thrown = catchThrowable(() -> client.merchant().getAllAccount());
            assertThat(thrown).isInstanceOf(io.github.wxlogistics.error.HttpStatusException.class);
            assertThat(describe(thrown)).doesNotContain(TOKEN_PREFIX).contains("access_token=***");
            assertThat(((io.github.wxlogistics.error.HttpStatusException) thrown).bodyExcerpt()).doesNotContain(TOKEN_PREFIX);
        }
    }

    @Test
    void redactedUriHidesCredentialQueryParameters() {
        var request = TransportRequest.get(java.net.URI.create(
                "https://h/cgi-bin/token?grant_type=client_credential&appid=a&secret=" + SECRET + "&x=1"), Duration.ofSeconds(1));
        assertThat(request.redactedUri()).isEqualTo("https://h/cgi-bin/token?grant_type=client_credential&appid=a&secret=***&x=1");
        var withToken = request.withUri(java.net.URI.create("https://h/p?access_token=" + TOKEN_PREFIX));
        assertThat(withToken.toString()).contains("access_token=***").doesNotContain(TOKEN_PREFIX);
    }

    private static String describe(Throwable t) {
        StringWriter out = new StringWriter();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(String.valueOf(c.getMessage())).append('\n').append(c.toString()).append('\n');
        }
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
