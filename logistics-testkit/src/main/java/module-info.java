/**
 * The fake WeChat server: a stateful stand-in for the Logistics Assistant API on a loopback port,
 * with scripting, dispatchers, a request journal and a standalone main. Depends on the core and
 * JSON-P only: no test framework comes with it. The {@code internal} package is not exported.
 */
module io.github.wxlogistics.testkit {
    requires transitive io.github.wxlogistics.core;
    requires jakarta.json;
    requires jdk.httpserver;

    exports io.github.wxlogistics.testkit;
}
