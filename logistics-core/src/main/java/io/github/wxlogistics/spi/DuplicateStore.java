package io.github.wxlogistics.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The driven port {@link io.github.wxlogistics.PushReceiver} deduplicates pushes through. WeChat re-sends a push it
 * got no answer to (within its 5 s wait), and may deliver the same one twice on a bad network;
 * the receiver keys {@code add_express_path} on DeliveryID, WayBillId and Version and
 * {@code add_waybill} and {@code cancel_waybill} on BizID and OrderID, runs the handler once per
 * key, and answers every delivery with the first reply. The default is
 * {@link io.github.wxlogistics.InMemoryDuplicateStore}; a fleet of receivers shares one store (such as Redis) so a
 * re-sent push landing on another instance is caught too.
 *
 * <p>Contract every implementation MUST honour:
 * <ul>
 *   <li>{@link #claim} MUST be atomic across everyone sharing the store: of any number of concurrent
 *       claims of a key that is not held, exactly one gets {@link DuplicateClaim.Owner}.</li>
 *   <li>While a key is held and not answered, {@link #claim} MUST return {@link DuplicateClaim.Pending},
 *       whose stage completes with the bytes the owner passes to {@link #complete}, or
 *       exceptionally once the owner calls {@link #abandon}. The receiver bounds its wait by its
 *       handler deadline and then cancels the stage; an implementation that polls SHOULD stop then.</li>
 *   <li>After {@link #complete}, {@link #claim} MUST return {@link DuplicateClaim.Answered} with
 *       exactly those bytes until the entry expires.</li>
 *   <li>After {@link #abandon}, the key MUST be free again, so WeChat's next re-send runs the handler.</li>
 *   <li>{@link #complete} and {@link #abandon} MUST act only if the key is still held by that
 *       owner's claim; otherwise they do nothing (the entry expired and someone else claimed it).</li>
 *   <li>Every entry MUST expire, held or answered, so the store stays bounded and an owner that
 *       died does not block its key for ever. The time to live SHOULD outlast WeChat's re-sends
 *       (at least a minute; the in-memory default is 10 minutes).</li>
 *   <li>Methods MUST NOT block the calling thread on I/O: they return stages, which MAY complete on
 *       any thread. Implementations MUST be safe for concurrent use.</li>
 *   <li>The receiver answers the owning delivery only once the stage of {@link #complete} or
 *       {@link #abandon} has completed, so a re-send right after the answer finds the outcome;
 *       those stages SHOULD complete promptly (the handler deadline still bounds the wait).</li>
 *   <li>A failed stage from {@link #claim} makes the receiver answer 500 without running the
 *       handler (WeChat then re-sends); failures of {@link #complete} and {@link #abandon} are
 *       logged and otherwise ignored.</li>
 * </ul>
 * Keys are printable ASCII: the event name, the mini program's ToUserName and the percent-encoded
 * ids, separated by {@code :}. Replies are plaintext reply packets (or {@code success}): they
 * echo BizID, OrderID and the order Token, never {@code BizPwd}; a shared store SHOULD be guarded
 * like other order data. Implementations SHOULD NOT log replies.
 */
public interface DuplicateStore {

    /**
     * Claims a key, or reports who has it.
     *
     * @param key the push's deduplication key
     * @return a stage with {@link DuplicateClaim.Owner}, {@link DuplicateClaim.Answered} or {@link DuplicateClaim.Pending}
     */
    CompletableFuture<DuplicateClaim> claim(String key);

    /**
     * Stores the reply of a key this owner holds and releases everyone waiting on it.
     *
     * @param key   the key
     * @param owner the claim {@link #claim} returned to this caller
     * @param reply the plaintext reply packet (the store keeps its own copy)
     * @return a stage completing once stored
     */
    CompletableFuture<Void> complete(String key, DuplicateClaim.Owner owner, byte[] reply);

    /**
     * Frees a key whose handler failed, failing everyone waiting on it.
     *
     * @param key   the key
     * @param owner the claim {@link #claim} returned to this caller
     * @return a stage completing once freed
     */
    CompletableFuture<Void> abandon(String key, DuplicateClaim.Owner owner);
}
