package io.github.wxlogistics.testkit.internal.console;

import io.github.wxlogistics.testkit.internal.BoundAccount;
import io.github.wxlogistics.testkit.internal.Contact;
import io.github.wxlogistics.testkit.internal.Courier;
import io.github.wxlogistics.testkit.internal.KeyValue;
import io.github.wxlogistics.testkit.internal.LogisticsState;
import io.github.wxlogistics.testkit.internal.Order;
import io.github.wxlogistics.testkit.internal.Printer;
import io.github.wxlogistics.testkit.internal.TokenRegistry;
import io.github.wxlogistics.testkit.internal.TrackingNode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The views of the fake's state: orders and waybills with their paths; accounts, quotas and printers; tokens. */
public final class StateViews {

    /** China time, as WeChat's timestamps are read. */
    static final DateTimeFormatter CHINA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.ofHours(8));

    private static final Map<Integer, String> ACTIONS = Map.of(100001, "picked up", 100002, "pickup failed",
            100003, "courier assigned", 200001, "in transit", 300002, "out for delivery", 300003, "signed",
            300004, "sign failed", 400001, "cancelled", 400002, "held");

    private StateViews() {
    }

    /** What an action type means, such as {@code 300003 signed}. */
    static String actionName(int actionType) {
        return actionType + " " + ACTIONS.getOrDefault(actionType, "");
    }

    /**
     * Orders and waybills, newest first, each with its path and an "advance" button.
     *
     * @param merchantPush where add_express_path goes, empty when no merchant push URL is configured
     */
    public static ConsoleView orders(LogisticsState state, String merchantPush) {
        return ConsoleView.of("orders", "Orders", secrets -> {
            List<Order> orders = state.locked(state::orders);
            Section s = Section.titled("Orders and waybills").note(merchantPush.isEmpty()
                    ? "Advance appends the next tracking node; no merchant push URL is configured, so nothing is "
                            + "pushed."
                    : "Advance appends the next tracking node and pushes add_express_path to " + merchantPush + ".")
                    .column("order_id", "Order", "mono").column("delivery_id", "Courier", "text")
                    .column("waybill_id", "Waybill", "mono").column("openid", "Buyer", "mono")
                    .column("status", "Status", "badge").column("last", "Last node", "text")
                    .column("nodes", "Nodes", "text");
            for (int i = orders.size() - 1; i >= 0; i--) {
                s.row(row(orders.get(i), secrets));
            }
            return page("Orders and waybills", List.of(s));
        });
    }

    /** A view's JSON: its title and sections. */
    public static JsonObject page(String title, List<Section> sections) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        sections.forEach(section -> out.add(section.build()));
        return Json.createObjectBuilder().add("title", title).add("sections", out).build();
    }

    private static Section.Row row(Order o, Secrets secrets) {
        TrackingNode last = o.path().isEmpty() ? null : o.path().get(o.path().size() - 1);
        Section.Row r = Section.Row.of().id("order:" + o.orderId()).cell("order_id", o.orderId())
                .cell("delivery_id", o.deliveryId()).cell("waybill_id", o.waybillId()).cell("openid", o.openid())
                .badge("status", o.orderStatus() == Order.CANCELLED ? "cancelled" : "live",
                        o.orderStatus() == Order.CANCELLED ? "muted" : "ok")
                .cell("last", last == null ? "—" : actionName(last.actionType()))
                .cell("nodes", Integer.toString(o.path().size()));
        r.detail("Path", o.path().isEmpty() ? "(no tracking node yet)" : o.path().stream()
                .map(n -> CHINA_TIME.format(Instant.ofEpochSecond(n.actionTime())) + "  " + actionName(n.actionType())
                        + "  " + n.actionMsg())
                .collect(Collectors.joining("\n")));
        r.detail("Sender → receiver", contact(o.sender()) + "\n→ " + contact(o.receiver()));
        r.detail("Waybill data", o.waybillData().isEmpty() ? "(none)" : o.waybillData().stream()
                .map(KeyValue::key).map(k -> k + " = " + value(o.waybillData(), k)).collect(Collectors.joining("\n")));
        r.detail("Courier order Token", secrets.value(o.token()));
        if (o.orderStatus() != Order.CANCELLED) {
            r.action("advance", "Advance", Json.createObjectBuilder().add("waybill_id", o.waybillId()).build());
        }
        return r;
    }

    private static String value(List<KeyValue> data, String key) {
        return data.stream().filter(kv -> kv.key().equals(key)).map(KeyValue::value).findFirst().orElse("");
    }

    private static String contact(Contact c) {
        String where = String.join(" ", c.province(), c.city(), c.area(), c.address()).strip();
        String phone = c.mobile().isEmpty() ? c.tel() : c.mobile();
        return (c.name().isEmpty() ? "(no name)" : c.name()) + (phone.isEmpty() ? "" : ", " + phone)
                + (where.isEmpty() ? "" : ", " + where);
    }

    /** Bound accounts with their quotas, printers, and the courier catalogue. */
    public static ConsoleView accounts(LogisticsState state) {
        return ConsoleView.of("accounts", "Accounts", secrets -> {
            List<BoundAccount> accounts = state.locked(state::accounts);
            List<Printer> printers = state.locked(state::printers);
            List<Courier> couriers = state.locked(state::couriers);
            Section a = Section.titled("Bound accounts and quotas").column("delivery_id", "Courier", "text")
                    .column("biz_id", "biz_id", "mono").column("status", "Status", "badge")
                    .column("quota_num", "Quota", "text").column("quota_update_time", "Quota as of", "time")
                    .column("remark", "Remark", "text");
            for (BoundAccount acc : accounts) {
                a.row(Section.Row.of().id("account:" + acc.deliveryId() + "/" + acc.bizId())
                        .cell("delivery_id", acc.deliveryId()).cell("biz_id", acc.bizId())
                        .badge("status", status(acc.statusCode()), tone(acc.statusCode()))
                        .cell("quota_num", Long.toString(acc.quotaNum()))
                        .cell("quota_update_time", acc.quotaUpdateTime())
                        .cell("remark", acc.remarkWrongMsg().isEmpty() ? acc.remarkContent()
                                : acc.remarkWrongMsg()));
            }
            Section p = Section.titled("Printers").column("openid", "Printer openid", "mono")
                    .column("tags", "Tag ids", "text");
            printers.forEach(pr -> p.row(Section.Row.of().id("printer:" + pr.openid()).cell("openid", pr.openid())
                    .cell("tags", String.join(", ", pr.tagids()))));
            Section c = Section.titled("Couriers (getAllDelivery)").column("delivery_id", "delivery_id", "mono")
                    .column("name", "Name", "text").column("cash", "Cash biz_id", "mono")
                    .column("services", "Service types", "text");
            couriers.forEach(co -> c.row(Section.Row.of().id("courier:" + co.deliveryId())
                    .cell("delivery_id", co.deliveryId()).cell("name", co.deliveryName())
                    .cell("cash", co.cashBizId())
                    .cell("services", co.serviceTypes().stream().map(st -> st.type() + " " + st.name())
                            .collect(Collectors.joining(", ")))));
            return page("Accounts, quotas and printers", List.of(a, p, c));
        });
    }

    private static String status(int code) {
        return switch (code) {
            case BoundAccount.BOUND -> "0 bound";
            case BoundAccount.UNDER_REVIEW -> "1 under review";
            case BoundAccount.BIND_FAILED -> "2 bind failed";
            case BoundAccount.UNBOUND -> "3 unbound";
            default -> Integer.toString(code);
        };
    }

    private static String tone(int code) {
        return switch (code) {
            case BoundAccount.BOUND -> "ok";
            case BoundAccount.UNDER_REVIEW -> "warn";
            case BoundAccount.BIND_FAILED -> "bad";
            default -> "muted";
        };
    }

    /** The access tokens the fake issued, masked, with their expiry; and the token actions. */
    public static Section tokens(TokenRegistry tokens, Secrets secrets) {
        Section s = Section.titled("Access tokens").note("Expire: calls with these tokens get 42001. Revoke: 40001, "
                + "as a force_refresh elsewhere would. Either way the app should fetch a new one, once.")
                .column("kind", "Kind", "text").column("value", "Token", "mono").column("expires", "Expires", "time")
                .column("state", "State", "badge");
        for (TokenRegistry.Known k : tokens.known()) {
            s.row(Section.Row.of().id("token:" + Secrets.mask(k.value())).cell("kind", k.kind())
                    .cell("value", secrets.value(k.value())).cell("expires", k.expiresAt().getEpochSecond())
                    .badge("state", k.valid() ? "valid" : "expired", k.valid() ? "ok" : "muted"));
        }
        return s;
    }
}
