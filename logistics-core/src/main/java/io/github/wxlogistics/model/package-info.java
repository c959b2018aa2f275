/**
 * Immutable records for every request, reply and nested structure of the Logistics Assistant
 * API, and small value types for documented codes. Field names follow the wire names in
 * camelCase ({@code waybill_id} is {@code waybillId}). Depends on {@code java.*} only.
 *
 * <p>A request, or a part of one, with two or more fields of the same type (such as
 * {@link io.github.wxlogistics.model.GetPathRequest}'s four Strings) is built with its
 * {@code builder()}, whose setters are named after the fields, so two values cannot swap places
 * silently; {@code toBuilder()} copies one to change some fields. Builders are not thread-safe and
 * check nothing: the client validates a request when it is sent and names the wire field. Types
 * whose arguments cannot be confused keep a short factory, such as
 * {@link io.github.wxlogistics.model.CargoDetail#of(String, int)}.
 */
package io.github.wxlogistics.model;
