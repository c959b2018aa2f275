package io.github.wxlogistics.model;

/**
 * One entry of {@code waybill_data}: data for rendering a waybill, such as {@code SF_bagAddr}.
 *
 * @param key   the entry's key
 * @param value its value
 */
public record WaybillData(String key, String value) {
}
