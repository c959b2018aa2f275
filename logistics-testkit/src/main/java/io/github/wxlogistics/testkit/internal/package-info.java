/**
 * The fake server's workings: state model, token registry, call handlers, dispatcher. Not API;
 * it may change in any release.
 */
package io.github.wxlogistics.testkit.internal;
