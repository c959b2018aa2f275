package io.github.wxlogistics.testkit.standalone;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.BusinessBindResultEvent;
import io.github.wxlogistics.event.ClaimResultEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.GetQuotaEvent;
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.event.CancelWaybillReply;
import io.github.wxlogistics.event.CheckBizReply;
import io.github.wxlogistics.event.GetQuotaReply;
import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.event.ResultCode;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.testkit.internal.ReceiverHandler;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The standalone jar's {@code receive} mode: a push URL that verifies, decrypts and prints every
 * push as one JSON line on standard output, and answers courier events with a configurable reply.
 * Point the mini program's push configuration (or {@code --courier-push} / {@code --merchant-push}
 * of the fake server) at it while setting up:
 * <pre>
 * java -jar logistics-testkit-standalone.jar receive --port 9000 --token T --aes-key K --app-id wx...
 * {"event":"add_waybill","fields":{"ToUserName":"gh_sf",...,"BizPwd":"***",...},"reply":{"ResultCode":0,...}}
 * </pre>
 * URL checks and refused requests are reported on standard error, never with a secret. A push
 * WeChat re-sends after a timeout is answered from the duplicate store and printed once.
 */
public final class PushPrinter implements AutoCloseable {

    /** The text {@code receive --help} prints. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar logistics-testkit-standalone.jar receive --token T [options]",
            "Receives pushes as a mini program's push URL: verifies, decrypts and prints each as one JSON line",
            "on standard output, and answers courier events (add_waybill, cancel_waybill, check_biz, get_quota).",
            "",
            "Options:",
            "  --port N                   port to listen on (default 9000; 0 picks a free port)",
            "  --host ADDRESS             address to listen on (default 127.0.0.1; 0.0.0.0 for all interfaces)",
            "  --path PATH                the push URL's path (default /)",
            "  --token T                  the push Token of the console's push settings (required)",
            "  --aes-key K                the 43-character EncodingAESKey (compatible and safe mode)",
            "  --app-id A                 the mini program's AppID, checked in every decrypted push",
            "  --mode M                   plaintext|compatible|safe (default safe with --aes-key, else plaintext)",
            "  --format F                 xml|json: refuse (400) pushes in the other format (default: accept both);",
            "                             replies always use the push's format",
            "  --reply-result-code N      ResultCode of every courier reply (default 0)",
            "  --reply-result-msg TEXT    ResultMsg of every courier reply (default success, or refused)",
            "  --reply-waybill-id ID      WayBillID of add_waybill replies (default: the push's, or a generated",
            "                             one when the push's is 0)",
            "  --reply-waybill-data DATA  WaybillData of add_waybill replies, ##key##value##... (default empty)",
            "  --reply-quota N            Quota of check_biz and get_quota replies (default 100)",
            "  --help                     print this help and exit");

    private static final JsonGeneratorFactory JSON = JsonProvider.provider().createGeneratorFactory(Map.of());
    private static final String MASKED = "***";
    /** Fields printed as {@code ***}: the courier's password and the open platform's ticket and codes. */
    private static final java.util.Set<String> SECRET_FIELDS = java.util.Set.of("BizPwd", "ComponentVerifyTicket",
            "AuthorizationCode", "PreAuthCode");

    private final HttpServer http;
    private final ExecutorService executor;
    private final PushReceiver receiver;
    private final URI uri;

    private PushPrinter(HttpServer http, ExecutorService executor, PushReceiver receiver, URI uri) {
        this.http = http;
        this.executor = executor;
        this.receiver = receiver;
        this.uri = uri;
    }

    /**
     * Parses the options (those after {@code receive}), starts listening and prints the push URL to
     * {@code err}; with {@code --help} prints the usage to {@code out} and starts nothing. The
     * caller owns the printer.
     *
     * @param args the options
     * @param out  where the push lines go
     * @param err  where the start line, URL checks and refusals go
     * @return the running printer, or empty after {@code --help}
     * @throws IllegalArgumentException for an unknown option or a bad value; the message holds no secret
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static Optional<PushPrinter> start(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return Optional.empty();
                }
                case "--port" -> o.port = number(option, value(args, ++i, option));
                case "--host" -> o.host = value(args, ++i, option);
                case "--path" -> o.path = value(args, ++i, option);
                case "--token" -> o.token = value(args, ++i, option);
                case "--aes-key" -> o.aesKey = value(args, ++i, option);
                case "--app-id" -> o.appId = value(args, ++i, option);
                case "--mode" -> o.mode = PushSpecs.mode(option, value(args, ++i, option));
                case "--format" -> o.format = PushSpecs.format(option, value(args, ++i, option));
                case "--reply-result-code" -> o.resultCode = number(option, value(args, ++i, option));
                case "--reply-result-msg" -> o.resultMsg = value(args, ++i, option);
                case "--reply-waybill-id" -> o.waybillId = value(args, ++i, option);
                case "--reply-waybill-data" -> o.waybillData = value(args, ++i, option);
                case "--reply-quota" -> o.quota = number(option, value(args, ++i, option));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (o.port < 0 || o.port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535");
        }
        if (o.quota < 0) {
            throw new IllegalArgumentException("--reply-quota must not be negative");
        }
        if (!o.path.startsWith("/")) {
            throw new IllegalArgumentException("--path must start with /");
        }
        return Optional.of(o.start(out, err));
    }

    /**
     * The port the printer listens on.
     *
     * @return the port
     */
    public int port() {
        return http.getAddress().getPort();
    }

    /**
     * The push URL, such as {@code http://127.0.0.1:9000/}.
     *
     * @return the URL to configure as the push URL
     */
    public URI uri() {
        return uri;
    }

    /** Stops listening and shuts down the threads; idempotent. */
    @Override
    public void close() {
        http.stop(0);
        receiver.close();
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "PushPrinter[" + uri + ", " + receiver.mode() + "]";
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String option, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + text, e);
        }
    }

    /** The parsed options and the replies they make. */
    private static final class Options {
        int port = 9000;
        String host = "127.0.0.1";
        String path = "/";
        String token;
        String aesKey;
        String appId;
        PushMode mode;
        PushFormat format;
        int resultCode;
        String resultMsg;
        String waybillId;
        String waybillData = "";
        int quota = 100;
        private final AtomicLong generated = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

        PushPrinter start(PrintStream out, PrintStream err) {
            if (token == null) {
                throw new IllegalArgumentException("--token is required");
            }
            PushReceiver.Builder b = PushReceiver.builder().token(token);
            if (aesKey != null) {
                b.encodingAesKey(aesKey);
            }
            if (appId != null) {
                b.appId(appId);
            }
            if (mode != null) {
                b.mode(mode);
            }
            ResultCode code = ResultCode.of(resultCode);
            String message = resultMsg != null ? resultMsg : code.isSuccess() ? "success" : "refused";
            AddWaybillReply refusedOrder = code.isSuccess() ? null : AddWaybillReply.failure(code, message);
            try {
                new AddWaybillReply(code, message, "check", waybillData);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--reply-waybill-data must be ##key##value##... pairs", e);
            }
            b.on(AddWaybillEvent.class, push -> print(out, push, refusedOrder != null ? refusedOrder
                    : new AddWaybillReply(code, message, waybillId(push), waybillData)));
            b.on(CancelWaybillEvent.class, push -> print(out, push, code.isSuccess() ? CancelWaybillReply.cancelled()
                    : CancelWaybillReply.refused(code, message)));
            b.on(CheckBizEvent.class, push -> print(out, push, code.isSuccess() ? CheckBizReply.approved(quota)
                    : CheckBizReply.refused(code, message)));
            b.on(GetQuotaEvent.class, push -> print(out, push, code.isSuccess() ? GetQuotaReply.of(quota)
                    : GetQuotaReply.refused(code, message)));
            b.on(AddExpressPathEvent.class, push -> print(out, push, null));
            b.on(BusinessBindResultEvent.class, push -> print(out, push, null));
            b.on(ClaimResultEvent.class, push -> print(out, push, null));
            // A third-party platform's authorization-event URL (--app-id is then the platform's AppID).
            b.on(io.github.wxlogistics.event.ComponentVerifyTicketEvent.class, push -> print(out, push, null));
            b.on(io.github.wxlogistics.event.AuthorizedEvent.class, push -> print(out, push, null));
            b.on(io.github.wxlogistics.event.UpdateAuthorizedEvent.class, push -> print(out, push, null));
            b.on(io.github.wxlogistics.event.UnauthorizedEvent.class, push -> print(out, push, null));
            PushReceiver receiver;
            try {
                receiver = b.build();
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage().replace("encodingAesKey", "--aes-key")
                        .replace("appId", "--app-id"), e);
            }
            HttpServer http;
            ExecutorService executor = Executors.newCachedThreadPool(daemons());
            try {
                http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
            } catch (UnknownHostException e) {
                receiver.close();
                executor.shutdown();
                throw new IllegalArgumentException("--host " + host + " is not an address", e);
            } catch (IOException e) {
                receiver.close();
                executor.shutdown();
                throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
            }
            http.createContext(path, new ReceiverHandler(receiver, request -> acceptsFormat(request, err),
                    (request, response) -> report(err, request, response)));
            http.setExecutor(executor);
            http.start();
            URI uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                    + http.getAddress().getPort() + path);
            err.println("Receiving pushes at " + uri + " (" + receiver.mode() + " mode"
                    + (format != null ? ", " + format + " only" : "") + "); Ctrl-C stops it");
            return new PushPrinter(http, executor, receiver, uri);
        }

        /** With {@code --format}, whether a POST's body is in that format (else 400, reported on {@code err}). */
        private boolean acceptsFormat(PushRequest request, PrintStream err) {
            if (format == null || !request.method().equalsIgnoreCase("POST")) {
                return true;
            }
            String body = new String(request.body(), StandardCharsets.UTF_8).stripLeading();
            boolean matches = format == PushFormat.XML ? body.startsWith("<") : body.startsWith("{");
            if (!matches) {
                err.println("POST answered 400: expected a " + format + " push; check the console's data format");
            }
            return matches;
        }

        private String waybillId(AddWaybillEvent push) {
            if (waybillId != null) {
                return waybillId;
            }
            return push.courierAssignsWaybillId() ? "WX" + generated.incrementAndGet() : push.waybillId();
        }
    }

    private static <R> R print(PrintStream out, PushEvent<?> push, R reply) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            // The Event field, or a third-party platform's InfoType.
            json.write("event", push.envelope().event() != null ? push.envelope().event()
                    : push.fields().text("InfoType").orElse(""));
            json.writeStartObject("fields");
            fields(json, push.fields());
            json.writeEnd();
            if (reply != null) {
                json.writeStartObject("reply");
                reply(json, reply);
                json.writeEnd();
            }
            json.writeEnd();
        }
        synchronized (out) {
            out.println(line);
            out.flush();
        }
        return reply;
    }

    private static void fields(JsonGenerator json, PushFields fields) {
        for (String name : fields.names()) {
            List<Object> values = new ArrayList<>(fields.texts(name));
            values.addAll(fields.objects(name));
            if (values.size() == 1 && !name.equals("Actions") && !name.equals("DetailList")) {
                json.writeKey(name);
                value(json, name, values.get(0));
            } else {
                json.writeStartArray(name);
                values.forEach(v -> value(json, name, v));
                json.writeEnd();
            }
        }
    }

    private static void value(JsonGenerator json, String name, Object value) {
        if (value instanceof PushFields object) {
            json.writeStartObject();
            fields(json, object);
            json.writeEnd();
        } else {
            json.write(SECRET_FIELDS.contains(name) ? MASKED : (String) value);
        }
    }

    private static void reply(JsonGenerator json, Object reply) {
        if (reply instanceof AddWaybillReply r) {
            json.write("ResultCode", r.resultCode().code()).write("ResultMsg", r.resultMsg());
            if (r.waybillId() != null) {
                json.write("WayBillID", r.waybillId());
            }
            json.write("WaybillData", r.waybillData());
        } else if (reply instanceof CancelWaybillReply r) {
            json.write("ResultCode", r.resultCode().code()).write("ResultMsg", r.resultMsg());
        } else if (reply instanceof CheckBizReply r) {
            json.write("ResultCode", r.resultCode().code()).write("ResultMsg", r.resultMsg()).write("Quota", r.quota());
        } else if (reply instanceof GetQuotaReply r) {
            json.write("ResultCode", r.resultCode().code()).write("ResultMsg", r.resultMsg()).write("Quota", r.quota());
        }
    }

    private static void report(PrintStream err, PushRequest request, PushResponse response) {
        String method = request.method().toUpperCase(Locale.ROOT);
        if (method.equals("GET")) {
            err.println(response.status() == 200 ? "URL check passed" : "URL check refused (" + response.status()
                    + "): check the Token");
        } else if (response.status() != 200) {
            err.println(method + " answered " + response.status() + (response.status() == 401
                    ? ": signature, timestamp or decryption refused; check the Token, EncodingAESKey, AppID and mode"
                    : ""));
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "push-printer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
