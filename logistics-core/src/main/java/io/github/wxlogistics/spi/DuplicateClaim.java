package io.github.wxlogistics.spi;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What {@link DuplicateStore#claim} found for a push's key: no one had it (the caller now owns
 * it and runs the handler), it was answered before, or another delivery is running it now.
 */
public sealed interface DuplicateClaim permits DuplicateClaim.Owner, DuplicateClaim.Answered, DuplicateClaim.Pending {

    /**
     * The key was free and is now held by the caller, who MUST later call
     * {@link DuplicateStore#complete} or {@link DuplicateStore#abandon} with this claim.
     *
     * @param claimId identifies this claim to the store, so a late owner cannot overwrite a newer
     *                one (a random value the store chose; not a secret)
     */
    record Owner(String claimId) implements DuplicateClaim {
        /**
         * Checks the claim id.
         *
         * @param claimId identifies this claim to the store; must not be {@code null}
         */
        public Owner {
            Objects.requireNonNull(claimId, "claimId");
        }
    }

    /**
     * The push was answered before; the reply is to be sent again.
     *
     * @param reply the plaintext reply packet stored by {@link DuplicateStore#complete} (copied in and out)
     */
    record Answered(byte[] reply) implements DuplicateClaim {
        /**
         * Copies the reply.
         *
         * @param reply the plaintext reply packet; must not be {@code null}, copied in
         */
        public Answered {
            reply = Objects.requireNonNull(reply, "reply").clone();
        }

        /**
         * A copy of the stored reply.
         *
         * @return the plaintext reply packet, a fresh copy on each call
         */
        @Override
        public byte[] reply() {
            return reply.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Answered that && Arrays.equals(reply, that.reply);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(reply);
        }

        @Override
        public String toString() {
            return "Answered[" + reply.length + " bytes]";
        }
    }

    /**
     * Another delivery of the same push holds the key and is running the handler.
     *
     * @param reply completes with the owner's reply, or exceptionally if the owner abandons; may
     *              never complete if the owner dies, so the caller bounds its wait and then cancels it
     */
    record Pending(CompletableFuture<byte[]> reply) implements DuplicateClaim {
        /**
         * Checks the stage.
         *
         * @param reply completes with the owner's reply, or exceptionally if the owner abandons;
         *              must not be {@code null}
         */
        public Pending {
            Objects.requireNonNull(reply, "reply");
        }
    }
}
