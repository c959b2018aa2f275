package io.github.wxlogistics.transport.gamma;

import io.github.wxlogistics.spi.HttpTransport;

/** Satisfies the adapter rules: it uses the spi port only. */
public final class CleanAdapter {
    HttpTransport port;
}
