package io.github.wxlogistics.testkit.internal.console;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of the console, such as the orders or the request journal. A view renders what it
 * shows as data the page draws generically, so that a new family (traces, returns, insurance,
 * intracity) adds a view class and one line where the views are listed, and no JavaScript:
 *
 * <pre>{@code
 * {"title": "Orders and waybills",
 *  "sections": [{"title": "Orders", "note": "...",
 *                "columns": [{"key": "order_id", "label": "Order", "type": "mono"}, ...],
 *                "rows": [{"cells": {"order_id": "..."}, "badges": {"status": "ok"},
 *                          "detail": [{"label": "Path", "text": "..."}],
 *                          "actions": [{"action": "advance", "label": "Advance", "args": {...}}]}],
 *                "forms": [{"action": "fault", "label": "Script", "fields": [...]}]}]}
 * }</pre>
 *
 * Column types: {@code text} (default), {@code mono}, {@code time} (Unix seconds), {@code badge}
 * (the row's {@code badges} entry names the tone: {@code ok}, {@code warn}, {@code bad}, {@code info}).
 * Form field types: {@code text}, {@code number}, {@code select} (with {@code options}), {@code json}
 * (a text area holding a JSON object). Implementations are thread-safe.
 */
public interface ConsoleView {

    /**
     * The view's name in the URL ({@code /console/api/view/NAME}) and the page's tab.
     *
     * @return lower-case letters and dashes
     */
    String name();

    /**
     * The tab's label.
     *
     * @return a short label
     */
    String title();

    /**
     * What the view shows now, secrets passed through {@code secrets}.
     *
     * @param secrets masks secrets unless the user asked to reveal them
     * @return the view as described above
     */
    JsonObject render(Secrets secrets);

    /**
     * A view from its parts.
     *
     * @param name   the view's name in the URL
     * @param title  the tab's label
     * @param render what it shows now (thread-safe)
     * @return the view
     */
    static ConsoleView of(String name, String title, Function<Secrets, JsonObject> render) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(render, "render");
        return new ConsoleView() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public JsonObject render(Secrets secrets) {
                return render.apply(secrets);
            }
        };
    }
}
