package io.github.wxlogistics.internal.call;

/** Whether a call may be sent again after it may have reached WeChat. */
public enum Safety {
    /** A read: retried on -1, 5xx and I/O errors. */
    READ,
    /** A write: never re-sent once it may have reached the server. */
    WRITE
}
