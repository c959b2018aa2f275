/**
 * The JUnit 5 extension that starts a fake WeChat server per test class, injects it (and a client
 * pointed at it) and stops it.
 */
module io.github.wxlogistics.testkit.junit5 {
    requires transitive io.github.wxlogistics.testkit;
    requires transitive org.junit.jupiter.api;

    exports io.github.wxlogistics.testkit.junit5;
}
