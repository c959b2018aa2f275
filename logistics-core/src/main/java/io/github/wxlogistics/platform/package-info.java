/**
 * Third-party platforms (第三方平台): {@link io.github.wxlogistics.platform.ComponentPlatform} calls
 * WeChat for the merchants that authorized it, with their authorizer tokens, and keeps its state in a
 * {@link io.github.wxlogistics.spi.PlatformStore}.
 */
package io.github.wxlogistics.platform;
