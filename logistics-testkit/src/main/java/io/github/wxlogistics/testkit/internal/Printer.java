package io.github.wxlogistics.testkit.internal;

import java.util.List;

/** A waybill printer (an openid) and its tag ids. */
public record Printer(String openid, List<String> tagids) {

    /** Copies the lists. */
    public Printer {
        tagids = List.copyOf(tagids);
    }
}
