package io.github.wxlogistics.testkit.internal;

import java.util.List;

/** Parsed fixture content, applied to a {@link LogisticsState} in list order. */
public record SeedData(List<Courier> couriers, List<BoundAccount> accounts, List<Order> orders, List<Printer> printers) {

    /** Copies the lists. */
    public SeedData {
        couriers = List.copyOf(couriers);
        accounts = List.copyOf(accounts);
        orders = List.copyOf(orders);
        printers = List.copyOf(printers);
    }
}
