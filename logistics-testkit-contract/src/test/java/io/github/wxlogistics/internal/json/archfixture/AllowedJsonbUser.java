package io.github.wxlogistics.internal.json.archfixture;

/** Satisfies rule (c): JSON-B inside io.github.wxlogistics.internal.json. */
public final class AllowedJsonbUser {
    jakarta.json.bind.Jsonb jsonb;
}
