package io.github.wxlogistics.model;

/**
 * The return component's add reply.
 *
 * @param returnId {@code return_id}: the id to read and unbind the return with
 */
public record AddReturnResponse(String returnId) {
}
