package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fake's intracity state: stores, balances per store and carrier, money flows, orders and the
 * AppID's pay mode. One {@link BoundedLock} guards it; the accessors expect it held.
 */
public final class IntracityState {

    /** A registered store. */
    record Store(String wxStoreId, String outStoreId, String storeName, int orderPattern, String prefer,
            JsonObject address, String cityCode) {
    }

    /** One money movement: 1 top-up, 2 spending, 3 refund. */
    record Flow(int flowType, String wxStoreId, String serviceTransId, long amount, long time, String billId,
            long payOrderId) {
    }

    private final BoundedLock lock = new BoundedLock();
    private final Clock clock;
    final Map<String, Store> stores = new LinkedHashMap<>();
    final Map<String, Long> balances = new LinkedHashMap<>();
    final List<Flow> flows = new ArrayList<>();
    final Map<String, IntracityOrder> orders = new LinkedHashMap<>();
    String payMode = "PAY_MODE_STORE";
    boolean applied;
    private long nextStore = 1;
    private long nextOrder = 1;

    /** An empty state whose times come from {@code clock}. */
    public IntracityState(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code action} holding the state's lock. */
    public <T> T locked(Supplier<T> action) {
        return lock.locked(action);
    }

    /** Now, in Unix seconds. */
    long now() {
        return clock.instant().getEpochSecond();
    }

    String newStoreId() {
        return "40000000000" + String.format("%08d", nextStore++);
    }

    String newOrderId() {
        return "WX" + String.format("%014d", nextOrder++);
    }

    Optional<Store> storeByOutId(String outStoreId) {
        return stores.values().stream().filter(s -> s.outStoreId().equals(outStoreId)).findFirst();
    }

    Optional<IntracityOrder> orderByStoreOrder(String wxStoreId, String storeOrderId) {
        return orders.values().stream().filter(o -> o.wxStoreId.equals(wxStoreId) && o.storeOrderId.equals(storeOrderId))
                .findFirst();
    }

    /** The balance of a store with a carrier, in fen. */
    public long balance(String wxStoreId, String serviceTransId) {
        return balances.getOrDefault(wxStoreId + "|" + serviceTransId, 0L);
    }

    void addBalance(String wxStoreId, String serviceTransId, long fen) {
        balances.merge(wxStoreId + "|" + serviceTransId, fen, Long::sum);
    }

    /** The order WeChat numbered {@code wxOrderId}. */
    public Optional<IntracityOrder> order(String wxOrderId) {
        return Optional.ofNullable(orders.get(wxOrderId));
    }
}
