/**
 * Immutable records for every request, reply and nested structure of the Logistics Assistant
 * API, and small value types for documented codes. Field names follow the wire names in
 * camelCase ({@code waybill_id} is {@code waybillId}). Depends on {@code java.*} only.
 */
package io.github.wxlogistics.model;
