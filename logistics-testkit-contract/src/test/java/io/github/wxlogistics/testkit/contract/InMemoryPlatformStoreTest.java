package io.github.wxlogistics.testkit.contract;

import io.github.wxlogistics.platform.InMemoryPlatformStore;
import io.github.wxlogistics.spi.PlatformStore;

/** The store contract on the core's in-memory store (one process: the second instance is the same store). */
class InMemoryPlatformStoreTest extends PlatformStoreContract {

    @Override
    protected PlatformStore createStore() {
        return InMemoryPlatformStore.create();
    }
}
