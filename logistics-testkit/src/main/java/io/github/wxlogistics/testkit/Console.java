package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.CourierCalls;
import io.github.wxlogistics.testkit.internal.LogisticsState;
import io.github.wxlogistics.testkit.internal.PushPacket;
import io.github.wxlogistics.testkit.internal.PushPackets;
import io.github.wxlogistics.testkit.internal.Pushes;
import io.github.wxlogistics.testkit.internal.SeedData;
import io.github.wxlogistics.testkit.internal.TokenRegistry;
import io.github.wxlogistics.testkit.internal.TrackingNode;
import io.github.wxlogistics.testkit.internal.console.Changes;
import io.github.wxlogistics.testkit.internal.console.ConsoleAction;
import io.github.wxlogistics.testkit.internal.console.ConsoleHandler;
import io.github.wxlogistics.testkit.internal.console.ConsoleView;
import io.github.wxlogistics.testkit.internal.console.Secrets;
import io.github.wxlogistics.testkit.internal.console.Section;
import io.github.wxlogistics.testkit.internal.console.StateViews;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * Puts the console together for one server: its views (one line each, in tab order: a view for a
 * new family is one more line in {@link #handler}) and its actions over the server's own state,
 * journals, scripting and push sender.
 */
final class Console {

    private static final List<String> COURIER_EVENTS = List.of(PushPackets.ADD_WAYBILL, PushPackets.CANCEL_WAYBILL,
            PushPackets.CHECK_BIZ, PushPackets.GET_QUOTA);
    private static final int MAX_FAULTS = 100;

    private final FakeWeChatServer server;
    private final LogisticsState state;
    private final TokenRegistry tokens;
    private final CourierCalls courier;
    private final Pushes pushes;
    private final Journal journal;
    private final PushJournal pushJournal;
    private final ScriptQueue script;
    private final List<SeedData> seeds;
    private final Clock clock;
    private final AtomicLong requestsSince = new AtomicLong();
    private final AtomicLong pushesSince = new AtomicLong();

    Console(FakeWeChatServer server, LogisticsState state, TokenRegistry tokens, CourierCalls courier, Pushes pushes,
            Journal journal, PushJournal pushJournal, ScriptQueue script, List<SeedData> seeds, Clock clock) {
        this.server = server;
        this.state = state;
        this.tokens = tokens;
        this.courier = courier;
        this.pushes = pushes;
        this.journal = journal;
        this.pushJournal = pushJournal;
        this.script = script;
        this.seeds = List.copyOf(seeds);
        this.clock = clock;
    }

    /** The console's HTTP handler, for {@link ConsoleHandler#PATH} on the server's port. */
    ConsoleHandler handler(URI baseUri, Changes changes) {
        String merchant = pushes.merchantTarget().map(t -> t.url().toString()).orElse("");
        List<ConsoleView> views = List.of(
                StateViews.orders(state, merchant),
                StateViews.accounts(state),
                ConsoleJournals.requests(journal, requestsSince::get),
                ConsoleJournals.pushes(pushJournal, pushes, pushesSince::get, fireForms()),
                ConsoleJournals.view("faults", "Faults & tokens", "Faults and tokens", this::faults));
        List<ConsoleAction> actions = List.of(
                action("advance", this::advance),
                action("fire", this::fire),
                action("resend", this::resend),
                action("expire-tokens", (args, secrets) -> {
                    server.expireAllTokens();
                    return message("Every access token issued so far is expired: the next call gets 42001.");
                }),
                action("revoke-tokens", (args, secrets) -> {
                    server.revokeAllTokens();
                    return message("Every access token issued so far is revoked: the next call gets 40001.");
                }),
                action("fault", this::fault),
                action("reset", this::reset));
        JsonObject about = Json.createObjectBuilder().add("app_id", server.appId())
                .add("base_uri", baseUri.toString()).add("merchant_push", merchant).build();
        return new ConsoleHandler(views, actions, changes, about);
    }

    private JsonObject advance(JsonObject args, Secrets secrets) {
        String waybillId = requireText(args, "waybill_id");
        TrackingNode node = courier.advance(waybillId, clock.instant().getEpochSecond());
        String pushed = pushes.merchantTarget().map(t -> "; add_express_path queued for the merchant at " + t.url())
                .orElse("; no merchant push URL, nothing pushed");
        return message("Waybill " + waybillId + ": " + node.actionType() + " " + node.actionMsg() + pushed);
    }

    private JsonObject fire(JsonObject args, Secrets secrets) {
        String deliveryId = requireText(args, "delivery_id");
        String event = requireText(args, "event");
        if (!COURIER_EVENTS.contains(event)) {
            throw new IllegalArgumentException("event must be one of " + String.join(", ", COURIER_EVENTS));
        }
        JsonObject fields = jsonObject(args, "fields");
        if (event.equals(PushPackets.ADD_WAYBILL) && fields.getString("Token", "").isEmpty()) {
            // An empty Token stands for a new order Token, as WeChat makes one for every add_waybill.
            fields = Json.createObjectBuilder(fields).add("Token", pushes.newOrderToken()).build();
        }
        PushPacket packet = PushPacket.fromJson(fields);
        long before = pushJournal.snapshot().size();
        pushes.fire(deliveryId, event, packet);
        List<RecordedPush> made = pushJournal.snapshot().stream().skip(before)
                .filter(p -> p.recipient().equals(deliveryId) && p.event().equals(event)).toList();
        if (made.isEmpty()) {
            return message(event + " to " + deliveryId + ": no attempt was made (the server is closing)");
        }
        return describe(event + " to " + deliveryId, made.get(made.size() - 1), secrets);
    }

    private JsonObject resend(JsonObject args, Secrets secrets) {
        long seq = requireLong(args, "seq");
        var earlier = pushJournal.attempt(seq).orElseThrow(() ->
                new IllegalArgumentException("seq: no push attempt #" + seq));
        long before = pushJournal.snapshot().size();
        pushes.resend(earlier);
        if (RecordedPush.MERCHANT.equals(earlier.recipient())) {
            return message(earlier.event() + " #" + seq + " queued again for the merchant");
        }
        List<RecordedPush> made = pushJournal.snapshot().stream().skip(before)
                .filter(p -> p.recipient().equals(earlier.recipient()) && p.event().equals(earlier.event())).toList();
        return made.isEmpty() ? message("no attempt was made (the server is closing)")
                : describe(earlier.event() + " #" + seq + " re-sent to " + earlier.recipient(),
                        made.get(made.size() - 1), secrets);
    }

    private JsonObject describe(String what, RecordedPush p, Secrets secrets) {
        String check = pushJournal.attempt(p.sequenceNumber()).map(a -> switch (a.check()) {
            case VERIFIED -> "reply verified (MsgSignature) and decrypted";
            case PLAIN -> "plaintext reply";
            case FAILED -> "reply could not be verified or read";
            case NONE -> "no reply";
        }).orElse("");
        String result = p.replyField("ResultCode").map(c -> ", ResultCode " + c).orElse("");
        return Json.createObjectBuilder()
                .add("message", what + ": " + p.outcome() + (p.status() == 0 ? "" : " " + p.status()) + ", " + check
                        + result + " (attempt " + p.attempt() + ", push #" + p.sequenceNumber() + ")")
                .add("detail", Json.createArrayBuilder()
                        .add(block("Packet sent (plaintext)", secrets.text(p.packet())))
                        .add(block("Answer", p.reply().isEmpty() ? "(none)" : secrets.text(p.reply()))))
                .build();
    }

    private JsonObject fault(JsonObject args, Secrets secrets) {
        String operation = requireText(args, "operation");
        String kind = requireText(args, "kind");
        long count = requireLong(args, "count");
        if (count < 1 || count > MAX_FAULTS) {
            throw new IllegalArgumentException("count must be 1.." + MAX_FAULTS + ": " + count);
        }
        if (!operation.equals("any") && !FakeWeChatServer.operations().containsKey(operation)) {
            throw new IllegalArgumentException("operation must be any or one of "
                    + String.join(", ", FakeWeChatServer.operations().keySet()));
        }
        FakeResponse response = switch (kind) {
            case "errcode" -> FakeResponse.errcode((int) requireLong(args, "value"));
            case "http-status" -> {
                long status = requireLong(args, "value");
                if (status < 400 || status > 599) {
                    throw new IllegalArgumentException("value: an HTTP status must be 400..599: " + status);
                }
                yield FakeResponse.httpStatus((int) status);
            }
            case "delay" -> {
                long millis = requireLong(args, "value");
                if (millis < 1 || millis > 600_000) {
                    throw new IllegalArgumentException("value: a delay must be 1..600000 ms: " + millis);
                }
                yield FakeResponse.proceed().withHeadersDelay(Duration.ofMillis(millis));
            }
            case "drop-connection" -> FakeResponse.dropConnectionMidBody();
            case "malformed-json" -> FakeResponse.malformedJson();
            default -> throw new IllegalArgumentException(
                    "kind must be errcode, http-status, delay, drop-connection or malformed-json: " + kind);
        };
        for (long i = 0; i < count; i++) {
            if (operation.equals("any")) {
                server.enqueue(response);
            } else {
                server.enqueue(operation, response);
            }
        }
        return message("The next " + count + " " + (operation.equals("any") ? "requests" : operation + " calls")
                + " get " + describe(response));
    }

    private JsonObject reset(JsonObject args, Secrets secrets) {
        state.reset(seeds);
        script.clear();
        requestsSince.set(journal.count());
        pushesSince.set(pushJournal.snapshot().size());
        return message("State reset to the start (seeds reloaded), scripted faults dropped, journals cleared in the "
                + "console; tokens stay valid.");
    }

    private List<Section> faults(Secrets secrets) {
        Section s = Section.titled("Scripted replies waiting").note("Used once each, oldest first, before the "
                + "WeChat fake answers.").column("n", "#", "text").column("for", "For", "mono")
                .column("reply", "Reply", "text");
        List<Map.Entry<String, FakeResponse>> pending = script.pending();
        for (int i = 0; i < pending.size(); i++) {
            String path = pending.get(i).getKey();
            String operation = path == null ? "any request" : FakeWeChatServer.operations().entrySet().stream()
                    .filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey).findFirst().orElse(path);
            s.row(Section.Row.of().id("script:" + i).cell("n", i + 1).cell("for", operation)
                    .cell("reply", describe(pending.get(i).getValue())));
        }
        JsonArrayBuilder operations = Json.createArrayBuilder().add("any");
        FakeWeChatServer.operations().keySet().forEach(operations::add);
        s.form("fault", "Script", "A fault for the next N calls of an operation.", Json.createArrayBuilder()
                .add(Section.field("operation", "Operation", "select", "getOrder").add("options", operations))
                .add(Section.field("kind", "Fault", "select", "errcode").add("options", Json.createArrayBuilder()
                        .add("errcode").add("http-status").add("delay").add("drop-connection").add("malformed-json")))
                .add(Section.field("value", "errcode / status / ms", "number", "-1"))
                .add(Section.field("count", "Next N calls", "number", "1")));
        Section t = StateViews.tokens(tokens, secrets);
        t.form("expire-tokens", "Expire all tokens", "Calls with them get 42001.", Json.createArrayBuilder());
        t.form("revoke-tokens", "Revoke all tokens", "Calls with them get 40001.", Json.createArrayBuilder());
        return List.of(s, t);
    }

    private Section fireForms() {
        Section s = Section.titled("Fire a courier event").note(pushes.courierTargets().isEmpty()
                ? "No courier push URL is configured (courierPush / --courier-push)."
                : "Pushes the event to the courier's push URL as WeChat would and shows its reply. Nothing in the "
                        + "state changes. An empty Token in add_waybill becomes a new order Token.");
        if (pushes.courierTargets().isEmpty()) {
            return s;
        }
        List<String> couriers = pushes.courierTargets().keySet().stream().sorted().toList();
        for (String event : COURIER_EVENTS) {
            s.form("fire", event, "Fields after the envelope (ToUserName, FromUserName, CreateTime, MsgType, Event).",
                    Json.createArrayBuilder()
                            .add(Section.field("delivery_id", "Courier", "select", couriers.get(0))
                                    .add("options", Json.createArrayBuilder(couriers)))
                            .add(Section.field("event", "Event", "hidden", event))
                            .add(Section.field("fields", "Fields", "json", template(event))));
        }
        return s;
    }

    private String template(String event) {
        String appId = server.appId();
        PushPacket.Builder b = PushPacket.builder();
        switch (event) {
            case PushPackets.ADD_WAYBILL -> PushPackets.addWaybill("", "", appId, "", sampleOrder()).accept(b);
            case PushPackets.CANCEL_WAYBILL -> b.text("OrderID", "console-order-1").text("BizID", "SF_CASH")
                    .text("BizPwd", "").text("ShopAppID", appId).text("WayBillID", "");
            default -> PushPackets.account("SF_CASH", "", appId).accept(b);
        }
        try (JsonReader reader = Json.createReader(new StringReader(b.build().json()))) {
            return Secrets.revealed().text(reader.readObject().toString());
        }
    }

    private static JsonObject sampleOrder() {
        JsonObjectBuilder person = Json.createObjectBuilder().add("name", "张三").add("mobile", "13800000000")
                .add("province", "广东省").add("city", "广州市").add("area", "天河区").add("address", "体育西路 1 号");
        return Json.createObjectBuilder().add("order_id", "console-order-1").add("biz_id", "SF_CASH")
                .add("custom_remark", "").add("sender", person).add("receiver", person)
                .add("cargo", Json.createObjectBuilder().add("weight", 1.2).add("space_x", 20).add("space_y", 15)
                        .add("space_z", 10).add("count", 1).add("detail_list", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("name", "书").add("count", 1))))
                .add("insured", Json.createObjectBuilder().add("use_insured", 0).add("insured_value", 0))
                .add("service", Json.createObjectBuilder().add("service_type", 0).add("service_name", "标准快递"))
                .build();
    }

    private static String describe(FakeResponse r) {
        String delay = r.headersDelay().isZero() ? "" : " after " + r.headersDelay().toMillis() + " ms";
        return switch (r.kind()) {
            case CANNED -> "HTTP " + r.status() + errcode(r) + delay;
            case PROCEED -> "the normal reply" + delay;
            case TRUNCATED_BODY -> "a truncated body" + delay;
            case DROP_MID_BODY -> "a connection dropped mid-body" + delay;
            case STALL -> "no reply (stall)";
        };
    }

    private static String errcode(FakeResponse r) {
        String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        var m = java.util.regex.Pattern.compile("\"errcode\":(-?\\d+)").matcher(body);
        return m.find() ? " errcode " + m.group(1) : "";
    }

    private static ConsoleAction action(String name, BiFunction<JsonObject, Secrets, JsonObject> run) {
        return new ConsoleAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public JsonObject run(JsonObject args, Secrets secrets) {
                return run.apply(args, secrets);
            }
        };
    }

    private static JsonObject message(String text) {
        return Json.createObjectBuilder().add("message", text).build();
    }

    private static JsonObject block(String label, String text) {
        return Json.createObjectBuilder().add("label", label).add("text", text).build();
    }

    private static String requireText(JsonObject args, String name) {
        JsonValue v = args.get(name);
        String text = v == null ? "" : v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return text.strip();
    }

    private static long requireLong(JsonObject args, String name) {
        String text = requireText(args, name);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + text, e);
        }
    }

    private static JsonObject jsonObject(JsonObject args, String name) {
        JsonValue v = args.get(name);
        if (v instanceof JsonObject o) {
            return o;
        }
        String text = requireText(args, name);
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException(name + " must be a JSON object", e);
        }
    }
}
