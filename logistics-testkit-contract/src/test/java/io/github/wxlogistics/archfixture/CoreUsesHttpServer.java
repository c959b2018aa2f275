package io.github.wxlogistics.archfixture;

/** Violates rule (a): the core must not use com.sun.net.httpserver. */
public final class CoreUsesHttpServer {
    com.sun.net.httpserver.HttpServer server;
}
