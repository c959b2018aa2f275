package io.github.wxlogistics.testkit.internal.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Builds one section of a {@link ConsoleView}: a titled table with columns, rows (cells, badges,
 * detail blocks, row actions) and forms, in the shape the page draws. Not thread-safe; build one
 * per render.
 */
public final class Section {

    private final JsonObjectBuilder section = Json.createObjectBuilder();
    private final JsonArrayBuilder columns = Json.createArrayBuilder();
    private final JsonArrayBuilder rows = Json.createArrayBuilder();
    private final JsonArrayBuilder forms = Json.createArrayBuilder();

    private Section(String title) {
        section.add("title", title);
    }

    /** A section with this title. */
    public static Section titled(String title) {
        return new Section(title);
    }

    /** A line of explanation under the title. */
    public Section note(String note) {
        section.add("note", note);
        return this;
    }

    /** A column: {@code type} is {@code text}, {@code mono}, {@code time} or {@code badge}. */
    public Section column(String key, String label, String type) {
        columns.add(Json.createObjectBuilder().add("key", key).add("label", label).add("type", type));
        return this;
    }

    /** A row built by {@code row}. */
    public Section row(Row row) {
        rows.add(row.build());
        return this;
    }

    /** A form: an action with input fields, each built with {@link #field}. */
    public Section form(String action, String label, String description, JsonArrayBuilder fields) {
        forms.add(Json.createObjectBuilder().add("action", action).add("label", label)
                .add("description", description).add("fields", fields));
        return this;
    }

    /** A form field; {@code value} is its initial value (a string, or the JSON text of a {@code json} field). */
    public static JsonObjectBuilder field(String name, String label, String type, String value) {
        return Json.createObjectBuilder().add("name", name).add("label", label).add("type", type).add("value", value);
    }

    /** The section as the page reads it. */
    public JsonObject build() {
        return section.add("columns", columns).add("rows", rows).add("forms", forms).build();
    }

    /** A row of a section. */
    public static final class Row {
        private final JsonObjectBuilder cells = Json.createObjectBuilder();
        private final JsonObjectBuilder badges = Json.createObjectBuilder();
        private final JsonArrayBuilder detail = Json.createArrayBuilder();
        private final JsonArrayBuilder actions = Json.createArrayBuilder();
        private String id = "";

        /** A new row. */
        public static Row of() {
            return new Row();
        }

        /** The row's id, which the page keeps expanded rows by. */
        public Row id(String value) {
            this.id = value;
            return this;
        }

        /** A text cell. */
        public Row cell(String key, String value) {
            cells.add(key, value);
            return this;
        }

        /** A number cell. */
        public Row cell(String key, long value) {
            cells.add(key, value);
            return this;
        }

        /** A badge cell and its tone: {@code ok}, {@code warn}, {@code bad}, {@code info} or {@code muted}. */
        public Row badge(String key, String value, String tone) {
            cells.add(key, value);
            badges.add(key, tone);
            return this;
        }

        /** A block of the row's detail, shown when it is expanded. */
        public Row detail(String label, String text) {
            detail.add(Json.createObjectBuilder().add("label", label).add("text", text));
            return this;
        }

        /** A button on the row that runs {@code action} with {@code args}. */
        public Row action(String action, String label, JsonObject args) {
            actions.add(Json.createObjectBuilder().add("action", action).add("label", label).add("args", args));
            return this;
        }

        JsonValue build() {
            return Json.createObjectBuilder().add("id", id).add("cells", cells).add("badges", badges)
                    .add("detail", detail).add("actions", actions).build();
        }
    }
}
