package io.github.wxlogistics.event;

/**
 * A push that asks the app for an answer: its handler returns an {@code R}, which the receiver
 * writes as the reply packet in the push's format (encrypted in safe mode), such as
 * {@link AddWaybillEvent} answered with an {@link AddWaybillReply} (courier side).
 *
 * @param <R> the reply the handler returns
 */
public non-sealed interface RequestEvent<R> extends PushEvent<R> {
}
