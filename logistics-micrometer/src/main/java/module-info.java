/**
 * The {@link io.github.wxlogistics.spi.LogisticsListener} port on the Micrometer Observation
 * API: one instrumentation that gives timers and counters (with a meter handler) and spans
 * (with a tracing handler).
 */
module io.github.wxlogistics.micrometer {
    requires transitive io.github.wxlogistics.core;
    requires transitive micrometer.observation;

    exports io.github.wxlogistics.micrometer;
}
