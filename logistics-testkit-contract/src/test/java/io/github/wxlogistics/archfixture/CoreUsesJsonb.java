package io.github.wxlogistics.archfixture;

/** Violates rule (c): JSON-B outside io.github.wxlogistics.internal.json. */
public final class CoreUsesJsonb {
    jakarta.json.bind.Jsonb jsonb;
}
