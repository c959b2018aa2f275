package io.github.wxlogistics.internal.json;

import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddSource;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.BindStatus;
import io.github.wxlogistics.model.OrderStatus;
import io.github.wxlogistics.model.PrintType;
import io.github.wxlogistics.model.ReturnMethod;
import io.github.wxlogistics.model.ReturnOrderStatus;
import io.github.wxlogistics.model.TakeMode;
import io.github.wxlogistics.model.insurance.ChargeOrderStatus;
import io.github.wxlogistics.model.insurance.PolicyStatus;
import io.github.wxlogistics.model.intracity.CargoType;
import io.github.wxlogistics.model.intracity.IntracityStatus;
import io.github.wxlogistics.model.intracity.PayMode;
import io.github.wxlogistics.model.TraceStatus;
import jakarta.json.JsonValue;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** JSON-B adapters that map the model's code types to and from plain JSON numbers or strings. */
final class CodeAdapters {

    private CodeAdapters() {
    }

    // Each adapter is an anonymous subclass so that its type arguments stay readable at run time:
    // JSON-B picks the adapter for a property by them.
    static List<JsonbAdapter<?, ?>> all() {
        return List.of(
                new Code<>(ActionType.class, Integer.class, ActionType::code, ActionType::of) { },
                new Code<>(OrderStatus.class, Integer.class, OrderStatus::code, OrderStatus::of) { },
                new Code<>(BindStatus.class, Integer.class, BindStatus::code, BindStatus::of) { },
                new Code<>(AddSource.class, Integer.class, AddSource::code, AddSource::of) { },
                new Code<>(TakeMode.class, Integer.class, TakeMode::code, TakeMode::of) { },
                new Code<>(BindAction.class, String.class, BindAction::value, BindAction::of) { },
                new Code<>(PrintType.class, Integer.class, PrintType::code, CodeAdapters::printType) { },
                new Code<>(IntracityStatus.class, Integer.class, IntracityStatus::code, IntracityStatus::of) { },
                new Code<>(CargoType.class, Integer.class, CargoType::code, CargoType::of) { },
                new Code<>(PayMode.class, String.class, PayMode::value, PayMode::of) { },
                new Code<>(TraceStatus.class, Integer.class, TraceStatus::code, TraceStatus::of) { },
                new Code<>(ReturnOrderStatus.class, Integer.class, ReturnOrderStatus::code, ReturnOrderStatus::of) { },
                new Code<>(ChargeOrderStatus.class, Integer.class, ChargeOrderStatus::code, ChargeOrderStatus::of) { },
                new Code<>(PolicyStatus.class, Integer.class, PolicyStatus::code, PolicyStatus::of) { },
                // WeChat sends the return component's status as 1 or as "1" (NUMBER_OR_TEXT): bound
                // through text, which Yasson also reads from a number; ShapeCheck admits exactly those two.
                new Code<>(ReturnMethod.class, String.class, m -> Integer.toString(m.code()),
                        v -> ReturnMethod.of(Integer.parseInt(v.strip()))) { });
    }

    /** Code types WeChat sends as an integer or as text holding one (the return component's status). */
    static final Set<Class<?>> NUMBER_OR_TEXT = Set.of(ReturnMethod.class);

    /** Each code type and the JSON type it travels as; {@link JsonValue} for the types of {@link #NUMBER_OR_TEXT}. */
    static Map<Class<?>, Class<?>> wireTypes() {
        return all().stream().map(a -> (Code<?, ?>) a).collect(Collectors.toUnmodifiableMap(c -> c.type,
                c -> NUMBER_OR_TEXT.contains(c.type) ? JsonValue.class : c.wire));
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
        private final Class<T> type;
        private final Class<W> wire;
        private final Function<T, W> toWire;
        private final Function<W, T> fromWire;

        Code(Class<T> type, Class<W> wire, Function<T, W> toWire, Function<W, T> fromWire) {
            this.type = type;
            this.wire = wire;
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
