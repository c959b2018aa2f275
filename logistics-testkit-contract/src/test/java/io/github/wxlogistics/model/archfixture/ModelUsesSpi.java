package io.github.wxlogistics.model.archfixture;

/** Violates rule (b): the model may depend on java.. and the model only. */
public record ModelUsesSpi(io.github.wxlogistics.spi.JsonCodec codec) {
}
