package io.github.wxlogistics.testkit.standalone;

import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.PushEndpoint;
import io.github.wxlogistics.testkit.RecordedPush;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link FakeWeChatServer} on its own, for pointing an app or curl at a local fake WeChat:
 * <pre>
 * java -jar logistics-testkit-standalone.jar --port 8080 --app-id wxtest --app-secret test-secret
 * </pre>
 * It serves the demo data unless told otherwise, prints its base URI, and stops on Ctrl-C. With
 * {@code --courier-push} and {@code --merchant-push} it pushes events to those URLs, as WeChat does,
 * so a courier's and a merchant's push receivers in other processes take part. It serves the
 * console at {@code /console/} unless told {@code --no-console}. Its first argument
 * {@code receive} starts the push printer instead ({@link PushPrinter}).
 */
public final class FakeWeChatServerMain {

    /** The text {@code --help} prints. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar logistics-testkit-standalone.jar [options]",
            "       java -jar logistics-testkit-standalone.jar receive [receive options]   (see receive --help)",
            "Runs a fake WeChat Logistics Assistant API on 127.0.0.1.",
            "",
            "Options:",
            "  --port N                 port to listen on (default 8080; 0 picks a free port)",
            "  --app-id ID              AppID the token endpoints accept (default wxtest)",
            "  --app-secret SECRET      AppSecret the token endpoints accept (default test-secret)",
            "  --token-lifetime SECONDS lifetime of issued access tokens (default 7200)",
            "  --fixture FILE           also load this fixture JSON (couriers, accounts, orders, printers)",
            "  --no-demo-data           start without the demo data of the API documents' examples",
            "  --no-console             do not serve the console (by default at http://127.0.0.1:PORT/console/)",
            "  --courier-push ID=URL,token=T[,aes-key=K,app-id=A][,mode=M][,format=F][,to-user=U]",
            "                           push the courier ID's events (add_waybill, cancel_waybill, check_biz,",
            "                           get_quota) to URL and let its replies decide; repeatable, one per courier.",
            "                           aes-key and app-id (the courier's own AppID) are needed in compatible",
            "                           and safe mode; mode plaintext|compatible|safe (default safe with an",
            "                           aes-key, else plaintext); format xml|json (default xml)",
            "  --merchant-push URL,token=T[,aes-key=K][,app-id=A][,mode=M][,format=F][,to-user=U]",
            "                           push the merchant's events (add_express_path, update_business_bind_result,",
            "                           wxainsurance_claim_result) to URL; app-id defaults to --app-id",
            "  --push-timeout MILLIS    how long a push waits for its answer before it is re-sent (default 5000)",
            "  --push-attempts N        how many times a push is delivered at most (default 3)",
            "  --api-security DIR       switch on WeChat's API security for the AppID: every call but the token",
            "                           endpoints must be encrypted and signed, every answer is; the keys made at",
            "                           start are written to DIR (symmetric-key.txt, app-private-key.pem,",
            "                           platform-public-key.pem and their numbers) for the client to load",
            "  --platform APPID,secret=S,token=T,aes-key=K[,url=URL][,ticket-interval=SECONDS]",
            "                           play the open platform for a third-party platform (第三方平台): APPID and",
            "                           secret for api_component_token; component_verify_ticket (and the",
            "                           authorization events) pushed to URL, signed with token and encrypted with",
            "                           aes-key, every ticket-interval seconds (default 600) and once at start",
            "  --authorize APPID=SETS   with --platform and url=: the merchant APPID authorizes the platform at",
            "                           start with these permission sets (such as 45 or 45+71; authorized is",
            "                           pushed); its authorizer tokens are then accepted; repeatable",
            "  --help                   print this help and exit",
            "",
            "The 16 intracity calls (同城配送, /cgi-bin/express/intracity/) are served too; like WeChat's they need",
            "--api-security (without it every one but apply answers 934011). Order-status callbacks are POSTed",
            "to each order's callback_url.");

    private FakeWeChatServerMain() {
    }

    /**
     * Starts the server and runs until Ctrl-C, or with {@code receive} the push printer (whose
     * threads keep the JVM alive until Ctrl-C). Bad arguments print the usage and exit with status 2.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("receive")) {
            receive(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Optional<FakeWeChatServer> server;
        try {
            server = start(args, System.out);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + describe(e));
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (server.isPresent()) {
            FakeWeChatServer running = server.get();
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "fake-wechat-shutdown"));
            awaitExit();
        }
    }

    /**
     * The message of a start failure with its cause's ({@code Address already in use} for a busy
     * port, with advice), which the wrapping message alone would hide.
     */
    static String describe(RuntimeException e) {
        Throwable cause = e.getCause();
        if (cause == null || cause.getMessage() == null || e.getMessage().contains(cause.getMessage())) {
            return e.getMessage();
        }
        String advice = cause instanceof java.net.BindException ? " (another program has that port: choose another"
                + " with --port N, or --port 0 for a free one)" : "";
        return e.getMessage() + ": " + cause.getMessage() + advice;
    }

    /**
     * Keeps {@code main} running until the JVM is stopped (Ctrl-C, SIGTERM): the server's threads
     * are daemons, so that a forgotten close() in a user's program never keeps a JVM alive.
     */
    private static void awaitExit() {
        try {
            new CountDownLatch(1).await();   // released only by the JVM's exit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void receive(String[] args) {
        Optional<PushPrinter> printer;
        try {
            printer = PushPrinter.start(args, System.out, System.err);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(PushPrinter.USAGE);
            System.exit(2);
            return;
        }
        printer.ifPresent(p -> Runtime.getRuntime().addShutdownHook(new Thread(p::close, "push-printer-shutdown")));
    }

    /**
     * Parses {@code args}, starts the server and prints its base URI to {@code out}; with
     * {@code --help} prints the usage instead and starts nothing. The caller owns the server.
     *
     * @throws IllegalArgumentException for an unknown option, a bad value or a bad fixture
     * @throws UncheckedIOException when a fixture cannot be read or the port cannot be bound
     */
    public static Optional<FakeWeChatServer> start(String[] args, PrintStream out) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        FakeWeChatServer.Builder builder = FakeWeChatServer.builder().port(8080);
        boolean demo = true;
        boolean console = true;
        List<Path> fixtures = new ArrayList<>();
        List<String> pushes = new ArrayList<>();
        Path apiSecurityKeys = null;
        URI platformUrl = null;
        Map<String, int[]> authorizations = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return Optional.empty();
                }
                case "--no-demo-data" -> demo = false;
                case "--no-console" -> console = false;
                case "--port" -> builder.port(intValue(option, value(args, ++i, option)));
                case "--app-id" -> builder.appId(value(args, ++i, option));
                case "--app-secret" -> builder.appSecret(value(args, ++i, option));
                case "--token-lifetime" ->
                        builder.tokenLifetime(Duration.ofSeconds(intValue(option, value(args, ++i, option))));
                case "--fixture" -> fixtures.add(Path.of(value(args, ++i, option)));
                case "--courier-push" -> {
                    PushSpecs.Courier courier = PushSpecs.courier(option, value(args, ++i, option));
                    builder.courierPush(courier.deliveryId(), courier.endpoint());
                    pushes.add("courier " + courier.deliveryId() + " at " + courier.endpoint().url());
                }
                case "--merchant-push" -> {
                    PushEndpoint merchant = PushSpecs.endpoint(option, value(args, ++i, option));
                    builder.merchantPush(merchant);
                    pushes.add("merchant at " + merchant.url());
                }
                case "--push-timeout" ->
                        builder.pushTimeout(Duration.ofMillis(intValue(option, value(args, ++i, option))));
                case "--push-attempts" -> builder.pushAttempts(intValue(option, value(args, ++i, option)));
                case "--api-security" -> {
                    apiSecurityKeys = Path.of(value(args, ++i, option));
                    builder.apiSecurity();
                }
                case "--platform" -> platformUrl = platform(builder, option, value(args, ++i, option));
                case "--authorize" -> {
                    String spec = value(args, ++i, option);
                    int eq = spec.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException(option + " needs APPID=SETS, such as wxmerchant01=45+71");
                    }
                    String[] sets = spec.substring(eq + 1).split("\\+");
                    int[] ids = new int[sets.length];
                    for (int s = 0; s < sets.length; s++) {
                        ids[s] = intValue(option, sets[s]);
                    }
                    authorizations.put(spec.substring(0, eq), ids);
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (demo) {
            builder.demoData();
        }
        // Fixtures after the demo data, so that their entries replace demo entries with the same id.
        fixtures.forEach(builder::fixture);
        if (console) {
            builder.console();
        }
        if (platformUrl == null && !authorizations.isEmpty()) {
            throw new IllegalArgumentException("--authorize needs --platform with url= (the platform's event URL,"
                    + " where the authorized push goes)");
        }
        FakeWeChatServer server = builder.start();
        out.println("Fake WeChat server listening on " + server.baseUri() + " (app id " + server.appId()
                + (demo ? ", demo data" : "") + "); Ctrl-C stops it");
        pushes.forEach(p -> out.println("  pushing to the " + p));
        if (apiSecurityKeys != null) {
            server.writeApiSecurityKeys(apiSecurityKeys);
            out.println("  API security on: keys written to " + apiSecurityKeys.toAbsolutePath());
        }
        if (platformUrl != null) {
            server.platform().eventUrl(platformUrl);
            RecordedPush ticket = server.platform().pushTicket();
            out.println("  open platform " + server.platform().componentAppId() + ": tickets pushed to " + platformUrl
                    + " (first one " + describe(ticket) + ")");
            authorizations.forEach((appId, sets) -> out.println("  merchant " + appId + " authorized: "
                    + describe(server.platform().authorize(appId, sets))));
        }
        server.consoleUri().ifPresent(uri -> out.println("  console: " + uri));
        return Optional.of(server);
    }

    /** A push's outcome, with the answer's status when one came, or why none did. */
    static String describe(RecordedPush push) {
        return switch (push.outcome()) {
            case ANSWERED -> "ANSWERED";
            case REFUSED -> "REFUSED with HTTP " + push.status() + (push.reply().isEmpty() ? "" : ": " + push.reply());
            case FAILED -> "FAILED: nothing answers at " + push.url() + " (start the platform's receiver first; the"
                    + " next ticket follows on the schedule)";
            case TIMED_OUT -> "TIMED_OUT: no answer from " + push.url() + " within the push timeout";
            case BAD_REPLY -> "BAD_REPLY: the answer could not be read";
        };
    }

    /** Registers the third-party platform of a {@code --platform} spec; its event URL, or null. */
    private static URI platform(FakeWeChatServer.Builder builder, String option, String spec) {
        String[] parts = spec.split(",");
        Map<String, String> values = new LinkedHashMap<>();
        for (int p = 1; p < parts.length; p++) {
            int eq = parts[p].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(option + ": " + parts[p].split("=")[0] + " needs name=value");
            }
            String name = parts[p].substring(0, eq);
            if (!List.of("secret", "token", "aes-key", "url", "ticket-interval").contains(name)) {
                throw new IllegalArgumentException(option + ": unknown setting " + name
                        + " (secret, token, aes-key, url, ticket-interval)");
            }
            values.put(name, parts[p].substring(eq + 1));
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("secret", "token", "aes-key")) {
            if (!values.containsKey(required)) {
                missing.add(required);
            }
        }
        if (parts[0].isBlank() || !missing.isEmpty()) {
            throw new IllegalArgumentException(option + " needs APPID,secret=S,token=T,aes-key=K"
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing)));
        }
        builder.openPlatform(parts[0], values.get("secret"), values.get("token"), values.get("aes-key"));
        if (values.containsKey("ticket-interval")) {
            builder.ticketInterval(Duration.ofSeconds(intValue(option, values.get("ticket-interval"))));
        }
        return values.containsKey("url") ? URI.create(values.get("url")) : null;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int intValue(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + text, e);
        }
    }
}
