package io.github.wxlogistics.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Run by the harness in a fresh JVM per target, with
 * {@code -XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -XX:-UseTLAB}: no collection ever
 * runs and every allocation updates the heap's used bytes at once, so the heap's growth over a
 * number of sequential calls, divided by that number, is the exact bytes allocated per call by
 * every thread of the JVM (the caller, the client's selector and worker threads). Also measures
 * the time from building the target to the end of its first call in a cold JVM. Prints
 * {@code FIRST_MS <ms> BYTES_PER_CALL <bytes>}.
 */
public final class AllocationProbe {

    private AllocationProbe() {
    }

    /**
     * Measures one target.
     *
     * @param args the target name, the loopback server's port, warm-up calls, measured calls
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        String name = args[0];
        int port = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measured = Integer.parseInt(args[3]);
        long start = System.nanoTime();
        // Whatever happens (a failed call, a heap the Epsilon collector cannot grow), the JVM exits.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Runtime.getRuntime().halt(2));
        try (Target target = Targets.open(name, port)) {
            callOnce(target);
            long firstMillis = (System.nanoTime() - start) / 1_000_000;
            for (int i = 0; i < warmup; i++) {
                callOnce(target);
            }
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = memory.getHeapMemoryUsage().getUsed();
            for (int i = 0; i < measured; i++) {
                callOnce(target);
            }
            long after = memory.getHeapMemoryUsage().getUsed();
            System.out.println("FIRST_MS " + firstMillis + " BYTES_PER_CALL " + (after - before) / measured);
        } catch (Exception | Error e) {
            e.printStackTrace(System.out);
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }
        System.exit(0);
    }

    private static void callOnce(Target target) throws Exception {
        if (target.async()) {
            target.callAsync().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } else {
            target.call();
        }
    }
}
