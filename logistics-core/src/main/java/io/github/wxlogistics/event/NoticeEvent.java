package io.github.wxlogistics.event;

/**
 * A push that tells the app something and is answered {@code success} once its handler has run,
 * such as {@link AddExpressPathEvent} and {@link BusinessBindResultEvent} (merchant side).
 */
public non-sealed interface NoticeEvent extends PushEvent<Void> {
}
