package io.github.wxlogistics.internal.json;

import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddSource;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.BindStatus;
import io.github.wxlogistics.model.OrderStatus;
import io.github.wxlogistics.model.PrintType;
import io.github.wxlogistics.model.TakeMode;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** JSON-B adapters that map the model's code types to and from plain JSON numbers or strings. */
final class CodeAdapters {

    private CodeAdapters() {
    }

    // Each adapter is an anonymous subclass so that its type arguments stay readable at run time:
    // JSON-B picks the adapter for a property by them.
    static List<JsonbAdapter<?, ?>> all() {
        return List.of(
                new Code<ActionType, Integer>(ActionType::code, ActionType::of) { },
                new Code<OrderStatus, Integer>(OrderStatus::code, OrderStatus::of) { },
                new Code<BindStatus, Integer>(BindStatus::code, BindStatus::of) { },
                new Code<AddSource, Integer>(AddSource::code, AddSource::of) { },
                new Code<TakeMode, Integer>(TakeMode::code, TakeMode::of) { },
                new Code<BindAction, String>(BindAction::value, BindAction::of) { },
                new Code<PrintType, Integer>(PrintType::code, CodeAdapters::printType) { });
    }

    private static PrintType printType(Integer value) {
        return Arrays.stream(PrintType.values()).filter(t -> t.code() == value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown print_type " + value));
    }

    /**
     * Maps a code type to its wire value and back.
     *
     * @param <T> the model's code type
     * @param <W> the wire type, Integer or String
     */
    abstract static class Code<T, W> implements JsonbAdapter<T, W> {
        private final Function<T, W> toWire;
        private final Function<W, T> fromWire;

        Code(Function<T, W> toWire, Function<W, T> fromWire) {
            this.toWire = toWire;
            this.fromWire = fromWire;
        }

        @Override
        public W adaptToJson(T value) {
            return toWire.apply(value);
        }

        @Override
        public T adaptFromJson(W value) {
            return fromWire.apply(value);
        }
    }
}
