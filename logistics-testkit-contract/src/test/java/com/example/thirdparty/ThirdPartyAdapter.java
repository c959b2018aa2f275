package com.example.thirdparty;

import io.github.wxlogistics.internal.archfixture.InternalHelper;
import io.github.wxlogistics.transport.gamma.CleanAdapter;

/** A third party's adapter that breaks rules (d) and (e). */
public final class ThirdPartyAdapter {
    InternalHelper helper;
    CleanAdapter other;
}
