/**
 * The receiving side of intracity delivery: {@link io.github.wxlogistics.intracity.IntracityCallbackReceiver}
 * takes the order-status callbacks WeChat POSTs to an order's {@code callback_url}, verifies them with
 * a {@link io.github.wxlogistics.intracity.IntracityCallbackVerifier} the application chooses, and
 * hands each as an {@link io.github.wxlogistics.model.intracity.IntracityCallback} to its
 * {@link io.github.wxlogistics.intracity.IntracityCallbackHandler}. Framework-neutral: the JDK
 * server and Vert.x adapters only translate the HTTP exchange.
 */
package io.github.wxlogistics.intracity;
