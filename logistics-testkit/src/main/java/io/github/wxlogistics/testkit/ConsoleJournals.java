package io.github.wxlogistics.testkit;

import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.testkit.internal.PushAttempt;
import io.github.wxlogistics.testkit.internal.PushTarget;
import io.github.wxlogistics.testkit.internal.Pushes;
import io.github.wxlogistics.testkit.internal.console.ConsoleView;
import io.github.wxlogistics.testkit.internal.console.Secrets;
import io.github.wxlogistics.testkit.internal.console.Section;
import io.github.wxlogistics.testkit.internal.console.StateViews;
import jakarta.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The console's views of the two journals: the requests the fake received (with how each was
 * answered) and the pushes it made (with mode, format, attempts, the answer and whether it
 * verified). Bodies, packets and replies pass through {@link Secrets}. Entries from before the
 * console's last reset are left out; the server's own {@code requests()} and {@code pushes()}
 * keep everything.
 */
final class ConsoleJournals {

    /** How many entries a journal view shows at most, newest first. */
    static final int MAX_ROWS = 300;
    /** How much of one body, packet or answer a row shows (a request body may be up to 1 MiB). */
    static final int MAX_TEXT = 20_000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.ofHours(8));

    private ConsoleJournals() {
    }

    /** The request journal, newest first, from {@code since} on. */
    static ConsoleView requests(Journal journal, LongSupplier since) {
        return view("requests", "Requests", "Request journal", secrets -> {
            List<RecordedRequest> all = journal.snapshot();
            Section s = Section.titled("Requests received").note("Newest first; access tokens, the AppSecret, "
                    + "order Tokens and passwords are masked (a fingerprint tells them apart) unless revealed.")
                    .column("seq", "#", "text").column("time", "Time", "text").column("method", "Method", "text")
                    .column("operation", "Operation", "mono").column("path", "Path", "mono")
                    .column("status", "HTTP", "badge").column("errcode", "errcode", "badge").column("ms", "ms", "text");
            int shown = 0;
            for (int i = all.size() - 1; i >= 0 && all.get(i).sequenceNumber() >= since.getAsLong()
                    && shown < MAX_ROWS; i--, shown++) {
                RecordedRequest r = all.get(i);
                Journal.Answer a = journal.answer(r.sequenceNumber());
                Section.Row row = Section.Row.of().id("request:" + r.sequenceNumber())
                        .cell("seq", r.sequenceNumber())
                        .cell("time", TIME.format(Instant.ofEpochMilli(a.receivedAtMillis())))
                        .cell("method", r.method()).cell("operation", r.operation().orElse("—"))
                        .cell("path", r.path())
                        .badge("status", a.status() == 0 ? a.delivery() : Integer.toString(a.status()),
                                a.status() == 0 ? "muted" : a.status() / 100 == 2 ? "ok" : "bad")
                        .badge("errcode", a.errcode().map(String::valueOf).orElse("—"),
                                a.errcode().map(c -> c == 0 ? "ok" : "bad").orElse("muted"))
                        .cell("ms", a.durationMillis() < 0 ? "…" : Long.toString(a.durationMillis()));
                Map<String, String> query = secrets.query(r.query());
                row.detail("Query", query.isEmpty() ? "(none)" : query.entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("\n")));
                row.detail("Body", r.body().length == 0 ? "(empty)" : shown(secrets.text(r.bodyText())));
                if (!a.delivery().equals("complete")) {
                    row.detail("Reply", a.delivery());
                }
                s.row(row);
            }
            return List.of(s);
        });
    }

    /** The push journal, newest first, from {@code since} on, with the push URLs above it. */
    static ConsoleView pushes(PushJournal journal, Pushes pushes, LongSupplier since, Section fireForms) {
        return ConsoleView.of("pushes", "Pushes", secrets -> StateViews.page("Pushes",
                List.of(attempts(journal, since, secrets), targets(pushes), fireForms)));
    }

    private static Section attempts(PushJournal journal, LongSupplier since, Secrets secrets) {
        List<RecordedPush> all = journal.snapshot();
        Section s = Section.titled("Push attempts").note("Every delivery attempt, newest first. Verified: an encrypted "
                + "reply whose MsgSignature held, decrypted; plain: a plaintext reply (nothing to verify).")
                .column("seq", "#", "text").column("recipient", "To", "text").column("event", "Event", "mono")
                .column("attempt", "Try", "text").column("mode", "Mode", "text").column("format", "Format", "text")
                .column("outcome", "Outcome", "badge").column("check", "Reply", "badge")
                .column("result", "Result", "text");
        int shown = 0;
        for (int i = all.size() - 1; i >= 0 && all.get(i).sequenceNumber() >= since.getAsLong() && shown < MAX_ROWS;
                i--, shown++) {
            RecordedPush p = all.get(i);
            Optional<PushAttempt> attempt = journal.attempt(p.sequenceNumber());
            PushTarget target = attempt.map(PushAttempt::target).orElse(null);
            Section.Row row = Section.Row.of().id("push:" + p.sequenceNumber()).cell("seq", p.sequenceNumber())
                    .cell("recipient", p.recipient()).cell("event", p.event()).cell("attempt", p.attempt())
                    .cell("mode", target == null ? "" : target.mode().name().toLowerCase(Locale.ROOT))
                    .cell("format", target == null ? "" : target.json() ? "JSON" : "XML")
                    .badge("outcome", p.outcome().name() + (p.status() == 0 ? "" : " " + p.status()),
                            p.outcome() == RecordedPush.Outcome.ANSWERED ? "ok" : "bad")
                    .badge("check", check(attempt), tone(attempt))
                    .cell("result", result(p));
            row.detail("URL", p.url().toString());
            row.detail("Query", p.query().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("\n")));
            row.detail("Packet (plaintext)", shown(secrets.text(p.packet())));
            if (target != null && target.mode() != PushMode.PLAINTEXT) {
                row.detail("Body as sent", shown(secrets.text(p.bodyText())));
            }
            row.detail("Answer", p.reply().isEmpty() ? "(none)" : shown(secrets.text(p.reply())));
            row.action("resend", "Re-send", Json.createObjectBuilder().add("seq", p.sequenceNumber()).build());
            s.row(row);
        }
        return s;
    }

    /** The text, or its start and how much is left out (masking ran on the whole text first). */
    static String shown(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "\n… (" + (text.length() - MAX_TEXT)
                + " more characters not shown here; RecordedRequest / RecordedPush hold all of it)";
    }

    private static String check(Optional<PushAttempt> attempt) {
        return switch (attempt.map(PushAttempt::check).orElse(PushAttempt.ReplyCheck.NONE)) {
            case VERIFIED -> "verified, decrypted";
            case PLAIN -> "plain";
            case FAILED -> "failed";
            case NONE -> "—";
        };
    }

    private static String tone(Optional<PushAttempt> attempt) {
        return switch (attempt.map(PushAttempt::check).orElse(PushAttempt.ReplyCheck.NONE)) {
            case VERIFIED -> "ok";
            case PLAIN -> "info";
            case FAILED -> "bad";
            case NONE -> "muted";
        };
    }

    private static String result(RecordedPush p) {
        if (p.replyFields().containsKey("ResultCode")) {
            String msg = p.replyField("ResultMsg").orElse("");
            return "ResultCode " + p.replyFields().get("ResultCode") + (msg.isEmpty() ? "" : " " + msg)
                    + p.replyField("WayBillID").map(w -> ", WayBillID " + w).orElse("");
        }
        return p.reply().strip().length() > 40 ? p.reply().strip().substring(0, 40) + "…" : p.reply().strip();
    }

    private static Section targets(Pushes pushes) {
        Section s = Section.titled("Push URLs").column("recipient", "To", "text").column("url", "URL", "mono")
                .column("mode", "Mode", "text").column("format", "Format", "text")
                .column("to_user", "ToUserName", "mono");
        pushes.courierTargets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.row(target(e.getKey(), e.getValue())));
        pushes.merchantTarget().ifPresent(t -> s.row(target(RecordedPush.MERCHANT, t)));
        return s;
    }

    private static Section.Row target(String recipient, PushTarget t) {
        return Section.Row.of().id("target:" + recipient).cell("recipient", recipient).cell("url", t.url().toString())
                .cell("mode", t.mode().name().toLowerCase(Locale.ROOT)).cell("format", t.json() ? "JSON" : "XML")
                .cell("to_user", t.toUserName());
    }

    /** A view of sections. */
    static ConsoleView view(String name, String title, String heading, Function<Secrets, List<Section>> sections) {
        return ConsoleView.of(name, title, secrets -> StateViews.page(heading, sections.apply(secrets)));
    }
}
