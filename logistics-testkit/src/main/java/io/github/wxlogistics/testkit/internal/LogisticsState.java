package io.github.wxlogistics.testkit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything the fake WeChat knows about the merchant: couriers, bound accounts, orders with
 * their waybills and paths, printers. One lock guards it all; every critical section is short
 * and the lock is a {@link BoundedLock}.
 */
public final class LogisticsState {

    /** Sandbox orders allowed per day (WeChat's documented limit). */
    public static final int SANDBOX_ORDERS_PER_DAY = 10;

    private final BoundedLock lock = new BoundedLock();
    private final Clock clock;
    private final Map<String, Courier> couriers = new LinkedHashMap<>();
    private final Map<String, BoundAccount> accounts = new LinkedHashMap<>();
    private final Map<String, Order> ordersById = new LinkedHashMap<>();
    private final Map<String, String> orderIdByWaybill = new HashMap<>();
    private final Map<String, Printer> printers = new LinkedHashMap<>();
    /** The password of each account's last bindAccount, sent to the courier as BizPwd; never shown. */
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<LocalDate, Integer> sandboxOrdersByDay = new HashMap<>();
    private long waybillSequence = 100_000_000_000L;

    /** An empty state whose timestamps come from {@code clock}. */
    public LogisticsState(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code action} holding the state's lock. */
    public <T> T locked(Supplier<T> action) {
        return lock.locked(action);
    }

    /** Adds fixture content; entries replace earlier ones with the same id. */
    public void seed(SeedData data) {
        locked(() -> {
            data.couriers().forEach(c -> couriers.put(c.deliveryId(), c));
            data.accounts().forEach(this::putAccount);
            data.orders().forEach(this::putOrder);
            data.printers().forEach(p -> printers.put(p.openid(), p));
            return null;
        });
    }

    /**
     * Forgets every courier, account, order, printer and password, then applies {@code seeds} in
     * order: the console's reset. Waybill ids keep counting up, so no id is handed out twice.
     */
    public void reset(List<SeedData> seeds) {
        locked(() -> {
            couriers.clear();
            accounts.clear();
            ordersById.clear();
            orderIdByWaybill.clear();
            printers.clear();
            passwords.clear();
            sandboxOrdersByDay.clear();
            return null;
        });
        seeds.forEach(this::seed);
    }

    /** Now, in Unix seconds. */
    public long now() {
        return clock.instant().getEpochSecond();
    }

    // The accessors below expect the caller to hold the lock (they are called inside locked()).

    /** The courier with this id. */
    public Optional<Courier> courier(String deliveryId) {
        return Optional.ofNullable(couriers.get(deliveryId));
    }

    /** All couriers in insertion order. */
    public List<Courier> couriers() {
        return new ArrayList<>(couriers.values());
    }

    /** The account for this courier and biz_id. */
    public Optional<BoundAccount> account(String deliveryId, String bizId) {
        return Optional.ofNullable(accounts.get(BoundAccount.key(deliveryId, bizId)));
    }

    /** All accounts in insertion order. */
    public List<BoundAccount> accounts() {
        return new ArrayList<>(accounts.values());
    }

    /** Stores or replaces an account. */
    public void putAccount(BoundAccount account) {
        accounts.put(BoundAccount.key(account.deliveryId(), account.bizId()), account);
    }

    /** The password the merchant last bound this account with, empty when none is known. */
    public String password(String deliveryId, String bizId) {
        return passwords.getOrDefault(BoundAccount.key(deliveryId, bizId), "");
    }

    /** Remembers the password an account was bound with. */
    public void putPassword(String deliveryId, String bizId, String password) {
        passwords.put(BoundAccount.key(deliveryId, bizId), password);
    }

    /** The order with this id. */
    public Optional<Order> order(String orderId) {
        return Optional.ofNullable(ordersById.get(orderId));
    }

    /** All orders in insertion order. */
    public List<Order> orders() {
        return new ArrayList<>(ordersById.values());
    }

    /** The order owning this waybill. */
    public Optional<Order> orderByWaybill(String waybillId) {
        String orderId = orderIdByWaybill.get(waybillId);
        return orderId == null ? Optional.empty() : order(orderId);
    }

    /** Stores or replaces an order and indexes its waybill. */
    public void putOrder(Order order) {
        Order previous = ordersById.put(order.orderId(), order);
        if (previous != null && !previous.waybillId().equals(order.waybillId())) {
            orderIdByWaybill.remove(previous.waybillId());
        }
        orderIdByWaybill.put(order.waybillId(), order.orderId());
    }

    /** A waybill id no order uses yet. */
    public String nextWaybillId() {
        String id;
        do {
            id = Long.toString(++waybillSequence);
        } while (orderIdByWaybill.containsKey(id));
        return id;
    }

    /** Counts one more sandbox order today; false when today's allowance is used up. */
    public boolean takeSandboxOrder() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(8));
        int used = sandboxOrdersByDay.getOrDefault(today, 0);
        if (used >= SANDBOX_ORDERS_PER_DAY) {
            return false;
        }
        sandboxOrdersByDay.put(today, used + 1);
        return true;
    }

    /** All printers in insertion order. */
    public List<Printer> printers() {
        return new ArrayList<>(printers.values());
    }

    /** Binds or re-binds a printer. */
    public void putPrinter(Printer printer) {
        printers.put(printer.openid(), printer);
    }

    /** Unbinds a printer. */
    public void removePrinter(String openid) {
        printers.remove(openid);
    }
}
