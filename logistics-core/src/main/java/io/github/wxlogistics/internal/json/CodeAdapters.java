package io.github.wxlogistics.internal.json;

import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddSource;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.BindStatus;
import io.github.wxlogistics.model.OrderStatus;
import io.github.wxlogistics.model.PrintType;
import io.github.wxlogistics.model.TakeMode;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.List;

/** JSON-B adapters that map the model's code types to and from plain JSON numbers. */
final class CodeAdapters {

    private CodeAdapters() {
    }

    static List<JsonbAdapter<?, ?>> all() {
        return List.of(new ActionTypeAdapter(), new OrderStatusAdapter(), new BindStatusAdapter(), new PrintTypeAdapter(),
                new AddSourceAdapter(), new TakeModeAdapter(), new BindActionAdapter());
    }

    /** action_type. */
    public static final class ActionTypeAdapter implements JsonbAdapter<ActionType, Integer> {
        @Override
        public Integer adaptToJson(ActionType value) {
            return value.code();
        }

        @Override
        public ActionType adaptFromJson(Integer value) {
            return ActionType.of(value);
        }
    }

    /** order_status. */
    public static final class OrderStatusAdapter implements JsonbAdapter<OrderStatus, Integer> {
        @Override
        public Integer adaptToJson(OrderStatus value) {
            return value.code();
        }

        @Override
        public OrderStatus adaptFromJson(Integer value) {
            return OrderStatus.of(value);
        }
    }

    /** status_code. */
    public static final class BindStatusAdapter implements JsonbAdapter<BindStatus, Integer> {
        @Override
        public Integer adaptToJson(BindStatus value) {
            return value.code();
        }

        @Override
        public BindStatus adaptFromJson(Integer value) {
            return BindStatus.of(value);
        }
    }

    /** print_type. */
    public static final class PrintTypeAdapter implements JsonbAdapter<PrintType, Integer> {
        @Override
        public Integer adaptToJson(PrintType value) {
            return value.code();
        }

        @Override
        public PrintType adaptFromJson(Integer value) {
            for (PrintType type : PrintType.values()) {
                if (type.code() == value) {
                    return type;
                }
            }
            throw new IllegalArgumentException("unknown print_type " + value);
        }
    }

    /** add_source. */
    public static final class AddSourceAdapter implements JsonbAdapter<AddSource, Integer> {
        @Override
        public Integer adaptToJson(AddSource value) {
            return value.code();
        }

        @Override
        public AddSource adaptFromJson(Integer value) {
            return AddSource.of(value);
        }
    }

    /** take_mode. */
    public static final class TakeModeAdapter implements JsonbAdapter<TakeMode, Integer> {
        @Override
        public Integer adaptToJson(TakeMode value) {
            return value.code();
        }

        @Override
        public TakeMode adaptFromJson(Integer value) {
            return TakeMode.of(value);
        }
    }

    /** bindAccount's type and updatePrinter's update_type. */
    public static final class BindActionAdapter implements JsonbAdapter<BindAction, String> {
        @Override
        public String adaptToJson(BindAction value) {
            return value.value();
        }

        @Override
        public BindAction adaptFromJson(String value) {
            return BindAction.of(value);
        }
    }
}
