package io.github.wxlogistics.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loopback harness: starts {@link StaticServer} in its own JVM, then, for each target in a
 * fresh JVM of its own, runs 1, 16 and 256 concurrent callers for a fixed time each (after a warm-up) and prints calls/s,
 * p50 and p99 latency, client and server CPU per call, threads started per call and errors; then
 * measures each target's allocation per call and its build + first call time in a fresh JVM
 * ({@link AllocationProbe}); then prints the ratios the performance targets are stated in.
 * Everything runs against 127.0.0.1 only and is bounded in time: every phase has a deadline, a
 * call has a 10 s timeout, and the server exits with the harness.
 *
 * <p>Run it (after {@code ./mvnw -B -pl logistics-benchmarks -am package -DskipTests}) with
 * <pre>{@code
 * java -cp "logistics-benchmarks/target/classes:$(cat logistics-benchmarks/target/runtime-classpath.txt)" \
 *     io.github.wxlogistics.benchmarks.Harness
 * }</pre>
 * Options: {@code --jit S}, the most seconds of warm-up at 16 callers in each target's JVM before
 * anything is measured (default 12; it stops once a second passes with no JIT compilation), {@code --warmup S} and {@code --measure S} seconds per run (default 1 and 3),
 * {@code --callers 1,16,256}, {@code --targets a,b,...} (default all, see {@link Targets#ALL}),
 * {@code --no-alloc} to skip the fresh-JVM measurements, {@code --jfr DIR} to record each target's JVM
 * with JFR (profile settings) into {@code DIR/<target>.jfr}. Ends with the targets of issue #23
 * marked met or not met ({@link Verdicts}).
 */
public final class Harness {

    private Harness() {
    }

    /**
     * Runs the harness.
     *
     * @param args options, see the class comment
     * @throws Exception if the server cannot start or a run cannot be awaited
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int jit = Integer.parseInt(options.getOrDefault("jit", "12"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
        int measure = Integer.parseInt(options.getOrDefault("measure", "3"));
        String callersOption = options.getOrDefault("callers", "1,16,256");
        int[] callers = Arrays.stream(callersOption.split(",")).mapToInt(Integer::parseInt).toArray();
        if (options.containsKey("child")) {
            child(options.get("child"), Integer.parseInt(options.get("port")), callers, jit, warmup, measure);
            return;
        }
        List<String> targets = options.containsKey("targets") ? List.of(options.get("targets").split(",")) : Targets.ALL;
        boolean alloc = !options.containsKey("no-alloc");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Process server = new ProcessBuilder(java, "-Xmx256m", "-cp", classPath, StaticServer.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            int port = readPort(server);
            System.out.printf(Locale.ROOT, "# loopback harness: %d CPUs, Java %s, a fresh JVM per target warmed up at 16 callers"
                    + " until the JIT is idle for 1 s (3 to %d s), then per run %d s warm-up and %d s measured%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), jit, warmup, measure);
            String loadStart = loadAverage();
            System.out.println("# load average at start (1, 5, 15 min; other processes on this machine count too): " + loadStart);
            Map<String, Result> results = new LinkedHashMap<>();
            System.out.println();
            System.out.println("| target | callers | calls/s | p50 µs | p99 µs | client CPU µs/call | server CPU µs/call | threads started/call | errors |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (String name : targets) {
                // Each target in a JVM of its own: no JIT profile, pool or thread left over from another target.
                Path log = Files.createTempFile("harness-child", ".txt");
                List<String> command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx2g"));
                if (options.containsKey("jfr")) {
                    // A JFR recording of the whole target JVM (warm-up included), for `jfr print` or JMC.
                    command.add("-XX:StartFlightRecording=settings=profile,filename="
                            + Path.of(options.get("jfr"), name + ".jfr").toAbsolutePath());
                }
                command.addAll(List.of("-cp", classPath, Harness.class.getName(),
                        "--child", name, "--port", String.valueOf(port), "--callers", callersOption, "--jit", String.valueOf(jit),
                        "--warmup", String.valueOf(warmup), "--measure", String.valueOf(measure)));
                Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                long bound = jit + (long) callers.length * (warmup + measure) + 60;
                if (!child.waitFor(bound, TimeUnit.SECONDS)) {
                    child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                String output = Files.readString(log);
                Files.deleteIfExists(log);
                output.lines().filter(l -> l.startsWith("call failed")).limit(3).forEach(l -> System.out.println("<!-- " + name + ": " + l + " -->"));
                output.lines().filter(l -> l.startsWith("JIT ")).forEach(l -> System.out.println("<!-- " + name + ": warmed up "
                        + l.substring(l.lastIndexOf(' ') + 1) + " s until the JIT was idle -->"));
                for (String line : output.lines().filter(l -> l.startsWith("RESULT ")).toList()) {
                    String[] f = line.split(" ");
                    Result result = new Result(Integer.parseInt(f[3]), Long.parseLong(f[4]), Double.parseDouble(f[5]),
                            Double.parseDouble(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]), Long.parseLong(f[9]),
                            Long.parseLong(f[10]));
                    int n = Integer.parseInt(f[2]);
                    results.put(name + "@" + n, result);
                    System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.0f | %.0f | %.1f | %.1f | %.3f | %d |%n", name, n,
                            result.callsPerSecond(), result.p50Micros, result.p99Micros, result.clientCpuMicrosPerCall(),
                            result.serverCpuMicrosPerCall(), result.threadsPerCall(), result.errors);
                }
                if (output.lines().noneMatch(l -> l.startsWith("RESULT "))) {
                    System.out.println("| " + name + " | failed | " + output.lines().reduce((a, b) -> b).orElse("") + " |");
                }
            }
            System.out.println();
            System.out.println("# load average after the runs: " + loadAverage());
            printRatios(results, callers);
            Map<String, long[]> allocated = alloc ? allocations(java, classPath, port, targets) : Map.of();
            Verdicts.print(results, allocated, loadStart, loadAverage());
        } finally {
            server.getOutputStream().close(); // the server exits when its standard input closes
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        System.exit(0);
    }

    /** Runs one target at each number of callers and prints a RESULT line per run. */
    private static void child(String name, int port, int[] callers, int jit, int warmup, int measure) throws Exception {
        try (Target target = Targets.open(name, port)) {
            int warmedFor = warmUntilTheJitIsIdle(target, jit, port);
            System.out.println("JIT " + name + " " + warmedFor);
            for (int n : callers) {
                run(target, n, warmup, port);
                Result r = run(target, n, measure, port);
                System.out.printf(Locale.ROOT, "RESULT %s %d %d %d %.1f %.1f %d %d %d %d%n", name, n, r.calls, r.elapsedNanos,
                        r.p50Micros, r.p99Micros, r.clientCpuNanos, r.serverCpuNanos, r.threadsStarted, r.errors);
                System.out.flush();
            }
        }
        System.exit(0);
    }

    /**
     * Runs 16 callers, one second at a time, until a second passes without the JIT compiling
     * anything (at least 3 s, at most {@code maxSeconds}): our clients run more code than the raw
     * engines, and measuring them while it is still being compiled would measure the compiler.
     *
     * @return the seconds spent
     */
    private static int warmUntilTheJitIsIdle(Target target, int maxSeconds, int port) throws Exception {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long before = jit.getTotalCompilationTime();
        int seconds = 0;
        while (seconds < maxSeconds) {
            run(target, 16, 1, port);
            seconds++;
            long now = jit.getTotalCompilationTime();
            if (seconds >= 3 && now - before == 0) {
                break;
            }
            before = now;
        }
        return seconds;
    }

    /** The system's load average from /proc/loadavg, where there is one. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (key.equals("no-alloc")) {
                options.put(key, "");
            } else {
                options.put(key, args[++i]);
            }
        }
        return options;
    }

    private static int readPort(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("PORT ")) {
            throw new IOException("the server did not start: " + line);
        }
        return Integer.parseInt(line.substring(5).trim());
    }

    /** One run of {@code callers} concurrent callers for {@code seconds}. */
    private static Result run(Target target, int callers, int seconds, int port) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] serverBefore = serverStats(port);
        long threadsBefore = threads.getTotalStartedThreadCount();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        long stop = start + TimeUnit.SECONDS.toNanos(seconds);
        Recorder[] recorders = new Recorder[callers];
        CountDownLatch done = new CountDownLatch(callers);
        AtomicLong errors = new AtomicLong();
        List<Thread> blockingThreads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Recorder recorder = new Recorder(target, stop, done, errors);
            recorders[i] = recorder;
            if (target.async()) {
                recorder.next(0);
            } else {
                Thread thread = new Thread(recorder::loop, "harness-caller-" + i);
                thread.setDaemon(true);
                blockingThreads.add(thread);
            }
        }
        blockingThreads.forEach(Thread::start);
        if (!done.await(seconds + 60L, TimeUnit.SECONDS)) {
            throw new IllegalStateException("callers did not finish within " + (seconds + 60) + " s");
        }
        long elapsed = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long started = threads.getTotalStartedThreadCount() - threadsBefore - blockingThreads.size();
        long[] serverAfter = serverStats(port);
        int total = 0;
        for (Recorder r : recorders) {
            total += r.count;
        }
        long[] all = new long[total];
        int at = 0;
        for (Recorder r : recorders) {
            System.arraycopy(r.latencies, 0, all, at, r.count);
            at += r.count;
        }
        Arrays.sort(all);
        return new Result(total, elapsed, percentile(all, 0.50) / 1000.0, percentile(all, 0.99) / 1000.0, cpu,
                serverAfter[0] - serverBefore[0], started, errors.get());
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The server's process CPU time (ns) and requests served, over a plain socket (no client of ours involved). */
    private static long[] serverStats(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /__stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[1024];
            int length = 0;
            while (true) {
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    throw new IOException("stats reply cut short");
                }
                length += read;
                String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
                int headEnd = text.indexOf("\r\n\r\n");
                if (headEnd < 0) {
                    continue;
                }
                String lengthHeader = "Content-Length: ";
                int at = text.indexOf(lengthHeader);
                int bodyLength = Integer.parseInt(text.substring(at + lengthHeader.length(), text.indexOf("\r\n", at)).trim());
                if (length >= headEnd + 4 + bodyLength) {
                    String[] fields = text.substring(headEnd + 4, headEnd + 4 + bodyLength).split(" ");
                    return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
                }
            }
        }
    }

    private static void printRatios(Map<String, Result> results, int[] callers) {
        System.out.println();
        System.out.println("## ratios (calls/s): each of our clients ÷ its raw engine, ÷ WxJava (default pool) and ÷ WxJava (pool 256)");
        System.out.println();
        StringBuilder header = new StringBuilder("| client | raw engine |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int n : callers) {
            header.append(" ÷ raw @").append(n).append(" | ÷ WxJava @").append(n).append(" | ÷ WxJava 256 @").append(n).append(" |");
            rule.append("---:|---:|---:|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (Map.Entry<String, String> pair : Targets.RAW_ENGINE.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            StringBuilder row = new StringBuilder("| " + pair.getKey() + " | " + pair.getValue() + " |");
            boolean any = false;
            for (int n : callers) {
                Result ours = results.get(pair.getKey() + "@" + n);
                Result raw = results.get(pair.getValue() + "@" + n);
                Result wx = results.get("wxjava-default@" + n);
                row.append(ratio(ours, raw)).append(ratio(ours, wx)).append(ratio(ours, results.get("wxjava-pool256@" + n)));
                any |= ours != null;
            }
            if (any) {
                System.out.println(row);
            }
        }
        System.out.println();
        for (int n : callers) {
            Result wx = results.get("wxjava-default@" + n);
            Result best = null;
            String bestName = null;
            for (String name : Targets.RAW_ENGINE.keySet()) {
                Result r = results.get(name + "@" + n);
                if (r != null && (best == null || r.callsPerSecond() > best.callsPerSecond())) {
                    best = r;
                    bestName = name;
                }
            }
            if (best != null && wx != null) {
                System.out.printf(Locale.ROOT, "fastest of ours @%d: %s, %.2f× WxJava calls/s; p99 %.0f µs vs WxJava %.0f µs (%.2f×)%n",
                        n, bestName, best.callsPerSecond() / wx.callsPerSecond(), best.p99Micros, wx.p99Micros,
                        best.p99Micros / wx.p99Micros);
            }
        }
    }

    private static String ratio(Result a, Result b) {
        return a == null || b == null ? " - |" : String.format(Locale.ROOT, " %.2f |", a.callsPerSecond() / b.callsPerSecond());
    }

    private static Map<String, long[]> allocations(String java, String classPath, int port, List<String> targets)
            throws Exception {
        System.out.println();
        System.out.println("## fresh JVM per target (Epsilon GC, no TLABs): build + first call, bytes allocated per call (1 caller)");
        System.out.println();
        System.out.println("| target | build + first call ms | bytes/call |");
        System.out.println("|---|---:|---:|");
        Map<String, long[]> measured = new LinkedHashMap<>();
        for (String name : targets) {
            Path log = Files.createTempFile("allocation-probe", ".txt");
            Process probe = new ProcessBuilder(java, "-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-XX:-UseTLAB",
                    "-Xms1g", "-Xmx3g", "-cp", classPath, AllocationProbe.class.getName(), name, String.valueOf(port), "2000", "1000")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!probe.waitFor(60, TimeUnit.SECONDS)) {
                probe.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String output = Files.readString(log);
            Files.deleteIfExists(log);
            String line = output.lines().filter(l -> l.startsWith("FIRST_MS ")).findFirst().orElse(null);
            if (line == null) {
                String cause = output.lines().filter(l -> l.contains("Exception")).reduce((a, b) -> b)
                        .orElse(probe.isAlive() ? "timed out" : "no result");
                System.out.println("| " + name + " | failed: " + cause.trim() + " | - |");
                continue;
            }
            String[] fields = line.split(" ");
            long first = Long.parseLong(fields[1]);
            long bytes = Long.parseLong(fields[3]);
            measured.put(name, new long[] {first, bytes});
            System.out.printf(Locale.ROOT, "| %s | %d | %,d |%n", name, first, bytes);
        }
        long[] decode = measured.get("raw-jdk-send+jsonb");
        long[] rawSend = measured.get("raw-jdk-send");
        if (decode != null && rawSend != null) {
            System.out.println();
            System.out.printf(Locale.ROOT, "JSON-B decode of the reply: %,d bytes/call (raw-jdk-send+jsonb − raw-jdk-send)%n",
                    decode[1] - rawSend[1]);
            for (Map.Entry<String, String> pair : Targets.RAW_ENGINE.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                long[] ours = measured.get(pair.getKey());
                long[] raw = measured.get(pair.getValue());
                if (ours != null && raw != null) {
                    System.out.printf(Locale.ROOT, "our layer's extra allocation, %s: %,d bytes/call over %s + decode%n",
                            pair.getKey(), ours[1] - raw[1] - (decode[1] - rawSend[1]), pair.getValue());
                }
            }
        }
        return measured;
    }

    /** One caller: records each call's latency until the stop time. */
    private static final class Recorder {
        private final Target target;
        private final long stop;
        private final CountDownLatch done;
        private final AtomicLong errors;
        long[] latencies = new long[1024];
        int count;

        Recorder(Target target, long stop, CountDownLatch done, AtomicLong errors) {
            this.target = target;
            this.stop = stop;
            this.done = done;
            this.errors = errors;
        }

        void loop() {
            try {
                while (System.nanoTime() < stop) {
                    long t0 = System.nanoTime();
                    try {
                        target.call();
                        record(System.nanoTime() - t0);
                    } catch (Exception | Error e) {
                        failed(e);
                    }
                }
            } finally {
                done.countDown();
            }
        }

        /**
         * Issues the next non-blocking call from the thread that completed the previous one.
         * {@code depth} counts only calls that completed while being issued (a synchronous
         * completion recurses); past 100 of those in a row the chain moves to a fresh thread.
         */
        void next(int depth) {
            long t0 = System.nanoTime();
            if (t0 >= stop) {
                done.countDown();
                return;
            }
            Thread issuer = Thread.currentThread();
            boolean[] issuing = {true};
            target.callAsync().whenComplete((ignored, failure) -> {
                if (failure == null) {
                    record(System.nanoTime() - t0);
                } else {
                    failed(failure);
                }
                boolean synchronous = issuing[0] && Thread.currentThread() == issuer;
                if (synchronous && depth > 100) {
                    Thread thread = new Thread(() -> next(0), "harness-trampoline");
                    thread.setDaemon(true);
                    thread.start();
                } else {
                    next(synchronous ? depth + 1 : 0);
                }
            });
            issuing[0] = false;
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        private void failed(Throwable failure) {
            if (errors.incrementAndGet() <= 3) {
                System.out.println("call failed: " + failure);
            }
        }
    }

    /** What one run measured. */
    record Result(int calls, long elapsedNanos, double p50Micros, double p99Micros, long clientCpuNanos,
            long serverCpuNanos, long threadsStarted, long errors) {

        double callsPerSecond() {
            return calls * 1e9 / elapsedNanos;
        }

        double clientCpuMicrosPerCall() {
            return calls == 0 ? 0 : clientCpuNanos / 1000.0 / calls;
        }

        double serverCpuMicrosPerCall() {
            return calls == 0 ? 0 : serverCpuNanos / 1000.0 / calls;
        }

        double threadsPerCall() {
            return calls == 0 ? 0 : (double) threadsStarted / calls;
        }
    }
}
