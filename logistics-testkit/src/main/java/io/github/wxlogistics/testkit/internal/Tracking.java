package io.github.wxlogistics.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The way a parcel goes, for the console's "advance": after no node, picked up (100001); then in
 * transit (200001), out for delivery (300002), signed (300003). A failed pickup is retried, a
 * held or failed delivery goes out again; signed and cancelled are final. API.md 7.1 lists the codes.
 */
public final class Tracking {

    private record Step(int actionType, String actionMsg) {
    }

    private static final Step PICKED_UP = new Step(100001, "快件已揽收");
    private static final Step IN_TRANSIT = new Step(200001, "快件运输中");
    private static final Step OUT_FOR_DELIVERY = new Step(300002, "快件派送中");
    private static final Step SIGNED = new Step(300003, "快件已签收");

    private static final Map<Integer, Step> AFTER = Map.of(
            100001, IN_TRANSIT,
            100002, PICKED_UP,
            100003, PICKED_UP,
            200001, OUT_FOR_DELIVERY,
            300001, SIGNED,   // in the getPath example (and so the demo data), though in no list
            300002, SIGNED,
            300004, OUT_FOR_DELIVERY,
            400002, IN_TRANSIT);

    private Tracking() {
    }

    /** The node after {@code path}'s last one at {@code actionTime}; empty when the path is final. */
    public static Optional<TrackingNode> next(List<TrackingNode> path, long actionTime) {
        Step step = path.isEmpty() ? PICKED_UP : AFTER.get(path.get(path.size() - 1).actionType());
        return Optional.ofNullable(step).map(s -> new TrackingNode(actionTime, s.actionType(), s.actionMsg()));
    }
}
