package io.github.wxlogistics.testkit.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link io.github.wxlogistics.testkit.FakeWeChatServer} that
 * {@link FakeWeChatServerExtension} fills: static fields before {@code @BeforeAll} (per-class
 * lifecycle only), instance fields before each test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectFakeWeChatServer {
}
