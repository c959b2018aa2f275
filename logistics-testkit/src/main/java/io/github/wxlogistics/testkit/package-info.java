/**
 * The testkit: {@link io.github.wxlogistics.testkit.FakeWeChatServer}, a stateful fake of the
 * WeChat Logistics Assistant API on loopback, with scripted replies and faults
 * ({@link io.github.wxlogistics.testkit.FakeResponse}) keyed by operation name or path,
 * pluggable {@link io.github.wxlogistics.testkit.Dispatcher}s, a request journal
 * ({@link io.github.wxlogistics.testkit.RecordedRequest}), seed data
 * ({@link io.github.wxlogistics.testkit.FakeData}), a test clock
 * ({@link io.github.wxlogistics.testkit.MutableClock}), and pushes to push URLs
 * ({@link io.github.wxlogistics.testkit.PushEndpoint}) with their journal
 * ({@link io.github.wxlogistics.testkit.RecordedPush}). It needs no test framework: the JUnit 5
 * extension is in {@code logistics-testkit-junit5}, the contract suites and architecture rules
 * in {@code logistics-testkit-contract}.
 */
package io.github.wxlogistics.testkit;
