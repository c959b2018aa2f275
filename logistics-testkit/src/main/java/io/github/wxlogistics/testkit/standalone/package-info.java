/** The fake WeChat server as a runnable program ({@code java -jar logistics-testkit-standalone.jar}). */
package io.github.wxlogistics.testkit.standalone;
