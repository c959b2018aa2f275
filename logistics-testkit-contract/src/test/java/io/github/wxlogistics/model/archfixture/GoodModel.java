package io.github.wxlogistics.model.archfixture;

import java.util.List;

/** Satisfies rule (b): primitives, arrays, java types and other model types only. */
public record GoodModel(int count, double weight, byte[] raw, String name, List<String> tags, ModelUsesSpi[] others) {
}
