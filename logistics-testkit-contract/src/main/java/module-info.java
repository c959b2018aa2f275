/**
 * The contract suites every adapter runs ({@code HttpTransportContract},
 * {@code LogisticsClientContract}, {@code PushAdapterContract}, {@code PlatformStoreContract} and
 * {@code SharedPlatformStoreContract}) and the reusable ArchUnit rules ({@code ArchitectureRules}).
 * The suites' packages are opened to JUnit, which calls their test methods reflectively.
 */
// "requires-transitive-automatic": ArchUnit ships no module descriptor, only an
// Automatic-Module-Name; its rule types are part of this module's API.
@SuppressWarnings("requires-transitive-automatic")
module io.github.wxlogistics.testkit.contract {
    requires transitive io.github.wxlogistics.testkit;
    requires transitive org.junit.jupiter.api;
    requires org.junit.jupiter.params;
    requires transitive com.tngtech.archunit;
    requires org.assertj.core;
    requires jakarta.json;
    requires jdk.httpserver;

    exports io.github.wxlogistics.testkit.contract;
    exports io.github.wxlogistics.testkit.arch;

    opens io.github.wxlogistics.testkit.contract to org.junit.platform.commons;
}
