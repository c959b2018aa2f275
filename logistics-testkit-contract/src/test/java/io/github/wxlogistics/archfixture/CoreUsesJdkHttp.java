package io.github.wxlogistics.archfixture;

/** Violates rule (a): the core must not use java.net.http. */
public final class CoreUsesJdkHttp {
    java.net.http.HttpClient client;
}
