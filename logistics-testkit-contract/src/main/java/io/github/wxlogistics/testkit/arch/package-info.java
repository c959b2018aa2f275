/** Reusable ArchUnit rules for the library's architecture, for its modules and third-party adapters. */
package io.github.wxlogistics.testkit.arch;
