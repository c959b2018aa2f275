/**
 * The fake WeChat server: a stateful stand-in for the Logistics Assistant API on a loopback port,
 * with scripting, dispatchers, a request journal, pushes to the courier's and the merchant's push
 * URLs, and a standalone main. Depends on the core and JSON-P only: no test framework comes with
 * it. The {@code internal} package is not exported.
 */
module io.github.wxlogistics.testkit {
    requires transitive io.github.wxlogistics.core;
    requires jakarta.json;
    requires jdk.httpserver;
    requires java.net.http; // sends the pushes
    requires java.xml;      // reads XML reply packets

    exports io.github.wxlogistics.testkit;
}
