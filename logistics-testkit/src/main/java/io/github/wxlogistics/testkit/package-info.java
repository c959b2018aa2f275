/**
 * The testkit: {@link io.github.wxlogistics.testkit.FakeWeChatServer}, a stateful fake of the
 * WeChat Logistics Assistant API on loopback, with scripted replies and faults
 * ({@link io.github.wxlogistics.testkit.FakeResponse}), a request journal
 * ({@link io.github.wxlogistics.testkit.RecordedRequest}), seed data
 * ({@link io.github.wxlogistics.testkit.FakeData}) and a test clock
 * ({@link io.github.wxlogistics.testkit.MutableClock}).
 */
package io.github.wxlogistics.testkit;
