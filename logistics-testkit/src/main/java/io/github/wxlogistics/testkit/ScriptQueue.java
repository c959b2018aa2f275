package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.BoundedLock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scripted replies waiting for a request, first in first out; each is used once. */
final class ScriptQueue {

    private record Entry(String path, FakeResponse response) {
    }

    private final BoundedLock lock = new BoundedLock();
    private final List<Entry> entries = new ArrayList<>();

    /** Queues a reply for the next request to {@code path}, or to any path when it is null. */
    public void add(String path, FakeResponse response) {
        lock.locked(() -> entries.add(new Entry(path, response)));
    }

    /** Removes and returns the oldest reply meant for {@code path}. */
    public Optional<FakeResponse> take(String path) {
        return lock.locked(() -> {
            for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
                Entry e = it.next();
                if (e.path() == null || e.path().equals(path)) {
                    it.remove();
                    return Optional.of(e.response());
                }
            }
            return Optional.empty();
        });
    }

    /** The replies still queued, oldest first: the path each is for ({@code null}: any path) and the reply. */
    public List<Map.Entry<String, FakeResponse>> pending() {
        return lock.locked(() -> entries.stream()
                .map(e -> new java.util.AbstractMap.SimpleImmutableEntry<>(e.path(), e.response()))
                .map(e -> (Map.Entry<String, FakeResponse>) e).toList());
    }

    /** Drops every queued reply. */
    public void clear() {
        lock.locked(() -> {
            entries.clear();
            return null;
        });
    }

    /** How many replies are still queued. */
    public int size() {
        return lock.locked(entries::size);
    }
}
