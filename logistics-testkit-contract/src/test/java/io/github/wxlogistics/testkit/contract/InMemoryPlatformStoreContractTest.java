package io.github.wxlogistics.testkit.contract;

import io.github.wxlogistics.platform.InMemoryPlatformStore;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.testkit.MutableClock;

/** The core's in-memory platform store passes the store contract (the core cannot depend on this module). */
class InMemoryPlatformStoreContractTest extends PlatformStoreContract {

    @Override
    protected PlatformStore createStore(MutableClock clock) {
        return InMemoryPlatformStore.create(clock);
    }
}
