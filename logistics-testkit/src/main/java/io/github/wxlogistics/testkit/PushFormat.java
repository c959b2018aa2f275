package io.github.wxlogistics.testkit;

/**
 * The data format of pushes (数据格式), chosen with the push URL in the mini program's console;
 * replies use the push's format.
 */
public enum PushFormat {
    /** {@code <xml>...</xml>}, texts in CDATA. */
    XML,
    /** A JSON object. */
    JSON
}
