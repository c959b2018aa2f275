package io.github.wxlogistics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request builder sets each field through the setter named like the record component (the
 * whole point: two values of one type cannot swap places), {@code toBuilder()} round-trips, and
 * the defaults and convenience overloads do what their Javadoc says.
 */
class BuildersTest {

    /** The request records and nested request parts with two or more fields of one type. */
    static List<Class<? extends Record>> builtTypes() {
        return List.of(AddOrderRequest.class, Person.class, Cargo.class, Shop.class, ShopDetail.class,
                GetOrderRequest.class, GetPathRequest.class, CancelOrderRequest.class, OrderQuery.class,
                GetQuotaRequest.class, BindAccountRequest.class, TestUpdateOrderRequest.class,
                GetContactRequest.class, UpdatePathRequest.class, PreviewTemplateRequest.class,
                UpdateBusinessRequest.class, UpdatePrinterRequest.class,
                io.github.wxlogistics.model.intracity.AddressInfo.class, io.github.wxlogistics.model.intracity.CreateStoreRequest.class,
                io.github.wxlogistics.model.intracity.StoreContent.class, io.github.wxlogistics.model.intracity.StoreChargeRequest.class,
                io.github.wxlogistics.model.intracity.QueryFlowRequest.class, io.github.wxlogistics.model.intracity.IntracityCargo.class,
                io.github.wxlogistics.model.intracity.PreAddOrderRequest.class,
                io.github.wxlogistics.model.intracity.IntracityAddOrderRequest.class);
    }

    @ParameterizedTest
    @MethodSource("builtTypes")
    void eachSetterSetsTheComponentOfItsName(Class<? extends Record> type) throws Exception {
        Map<RecordComponent, Object> given = new LinkedHashMap<>();
        Object builder = type.getMethod("builder").invoke(null);
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object value = distinctValue(c, i);
            Method setter = builder.getClass().getMethod(c.getName(), c.getType());
            assertThat(setter.getReturnType()).as("%s.Builder.%s returns the builder", type.getSimpleName(), c.getName())
                    .isEqualTo(builder.getClass());
            assertThat(setter.invoke(builder, value)).isSameAs(builder);
            given.put(c, value);
        }
        Object built = builder.getClass().getMethod("build").invoke(builder);

        for (Map.Entry<RecordComponent, Object> e : given.entrySet()) {
            assertThat(e.getKey().getAccessor().invoke(built)).as("%s.%s", type.getSimpleName(), e.getKey().getName())
                    .isEqualTo(e.getValue());
        }
        Object copy = type.getMethod("toBuilder").invoke(built);
        assertThat(copy.getClass().getMethod("build").invoke(copy)).isEqualTo(built).isNotSameAs(built);
    }

    @ParameterizedTest
    @MethodSource("builtTypes")
    void anEmptyBuilderBuildsWithoutThrowing(Class<? extends Record> type) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        assertThat(builder.getClass().getMethod("build").invoke(builder)).isInstanceOf(type);
    }

    @ParameterizedTest
    @MethodSource("builtTypes")
    void noConfusableFactoryOrWitherIsLeft(Class<? extends Record> type) {
        List<String> confusable = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.getReturnType() != type) {
                continue;
            }
            if (m.getName().startsWith("with")) {
                confusable.add(m.getName());
            }
            long distinct = Arrays.stream(m.getParameterTypes()).distinct().count();
            if (Modifier.isStatic(m.getModifiers()) && distinct < m.getParameterCount()) {
                confusable.add(m.getName());
            }
        }
        assertThat(confusable).isEmpty();
    }

    @Test
    void addOrderDefaultsToAMiniProgramOrderAndSendsWholeSeconds() {
        AddOrderRequest order = AddOrderRequest.builder().expectTime(Instant.ofEpochSecond(1555220000L, 999_000_000))
                .build();
        assertThat(order.addSource()).isEqualTo(AddSource.MINI_PROGRAM);
        assertThat(order.expectTime()).isEqualTo(1555220000L);
        assertThat(order.toBuilder().expectTime((Instant) null).build().expectTime()).isNull();
        assertThat(order.orderId()).isNull();
    }

    @Test
    void cargoCountsOneParcelUnlessTold() {
        Cargo cargo = Cargo.builder().weight(new BigDecimal("1.2")).build();
        assertThat(cargo.count()).isEqualTo(1);
        assertThat(cargo.detailList()).isEmpty();
        assertThat(cargo.toBuilder().count(3).build().count()).isEqualTo(3);
    }

    @Test
    void sandboxRequestsCarryTheSandboxIds() {
        TestUpdateOrderRequest request = TestUpdateOrderRequest.builder().orderId("o").waybillId("w")
                .actionTime(Instant.ofEpochSecond(123456789L, 500)).build();
        assertThat(request.bizId()).isEqualTo(TestUpdateOrderRequest.SANDBOX_BIZ_ID);
        assertThat(request.deliveryId()).isEqualTo(TestUpdateOrderRequest.SANDBOX_DELIVERY_ID);
        assertThat(request.actionTime()).isEqualTo(123456789L);
    }

    @Test
    void instantOverloadsSendWholeSecondsAndNullMeansUnset() {
        UpdatePathRequest.Builder path = UpdatePathRequest.builder();
        assertThat(path.actionTime(Instant.ofEpochSecond(1533052800L, 1)).build().actionTime()).isEqualTo(1533052800L);
        assertThat(path.actionTime((Instant) null).build().actionTime()).isZero();
    }

    @Test
    void updateBusinessApprovesUnlessTold() {
        assertThat(UpdateBusinessRequest.builder().shopAppId("wx").bizId("b").build().resultCode()).isZero();
    }

    @Test
    void printerTagsAreJoinedWithCommasAndAnEmptyListSendsNone() {
        UpdatePrinterRequest.Builder printer = UpdatePrinterRequest.builder().openid("o").updateType(BindAction.BIND);
        assertThat(printer.tagidList(List.of("123", "456")).build().tagidList()).isEqualTo("123,456");
        assertThat(printer.tagidList(List.of()).build().tagidList()).isNull();
        assertThat(printer.tagidList((List<String>) null).build().tagidList()).isNull();
    }

    @Test
    void toStringStillHidesSecrets() {
        assertThat(GetContactRequest.builder().token("SECRET-TOKEN").waybillId("w").build().toString())
                .doesNotContain("SECRET-TOKEN").contains("w");
        assertThat(UpdatePathRequest.builder().token("SECRET-TOKEN").build().toString()).doesNotContain("SECRET-TOKEN");
        assertThat(BindAccountRequest.builder().password("hunter2").build().toString()).doesNotContain("hunter2");
    }

    /** A value for component {@code i} that no other component of the record gets. */
    private static Object distinctValue(RecordComponent c, int i) {
        Class<?> t = c.getType();
        String name = c.getName();
        if (t == String.class) {
            return name + "-value";
        } else if (t == int.class || t == Integer.class) {
            return 100 + i;
        } else if (t == long.class || t == Long.class) {
            return 1_000_000L + i;
        } else if (t == BigDecimal.class) {
            return new BigDecimal(i + ".5");
        } else if (t == AddSource.class) {
            return AddSource.APP_OR_H5;
        } else if (t == TakeMode.class) {
            return TakeMode.HEADQUARTERS;
        } else if (t == BindAction.class) {
            return BindAction.UNBIND;
        } else if (t == PrintType.class) {
            return PrintType.ONE_PART;
        } else if (t == ActionType.class) {
            return ActionType.OUT_FOR_DELIVERY;
        } else if (t == Person.class) {
            return Person.builder().name(name).build();
        } else if (t == Cargo.class) {
            return Cargo.builder().count(2).weight(BigDecimal.ONE).build();
        } else if (t == Shop.class) {
            return Shop.builder().goodsName(name).build();
        } else if (t == Insured.class) {
            return Insured.of(10000);
        } else if (t == ServiceType.class) {
            return new ServiceType(1, name);
        } else if (t == io.github.wxlogistics.model.intracity.CargoType.class) {
            return io.github.wxlogistics.model.intracity.CargoType.CAKE;
        } else if (t == io.github.wxlogistics.model.intracity.PayMode.class) {
            return io.github.wxlogistics.model.intracity.PayMode.APP;
        } else if (t == io.github.wxlogistics.model.intracity.AddressInfo.class) {
            return io.github.wxlogistics.model.intracity.AddressInfo.builder().house(name).build();
        } else if (t == io.github.wxlogistics.model.intracity.IntracityCargo.class) {
            return io.github.wxlogistics.model.intracity.IntracityCargo.builder().cargoName(name).build();
        } else if (t == AddOrderRequest.class) {
            return AddOrderRequest.builder().orderId(name).build();
        } else if (t == List.class) {
            Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            if (element == CargoDetail.class) {
                return List.of(CargoDetail.of(name, i + 1));
            } else if (element == ShopDetail.class) {
                return List.of(ShopDetail.builder().goodsName(name).build());
            } else if (element == io.github.wxlogistics.model.intracity.Item.class) {
                return List.of(io.github.wxlogistics.model.intracity.Item.of(name, null, i + 1));
            }
        }
        throw new AssertionError("no sample value for " + c);
    }
}
