/** JUnit 5 support: an extension that starts, injects and stops a fake WeChat server. */
package io.github.wxlogistics.testkit.junit5;
