package io.github.wxlogistics.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The targets of issue #23, each marked met or not met from one harness run. Per engine (Apache,
 * Vert.x on its {@code HttpClient}, Vert.x on a Web Client) the better of our two clients
 * (blocking and async) counts, each against its own raw counterpart, as a user picks one of them.
 */
final class Verdicts {

    private static final String[] ENGINES = {"apache", "vertx", "webclient"};

    private final Map<String, Harness.Result> results;
    private final Map<String, long[]> allocations;
    private final List<String> lines = new ArrayList<>();

    private Verdicts(Map<String, Harness.Result> results, Map<String, long[]> allocations) {
        this.results = results;
        this.allocations = allocations;
    }

    /** Prints the targets as a Markdown table, with the load average at the start and the end of the run. */
    static void print(Map<String, Harness.Result> results, Map<String, long[]> allocations, String loadStart, String loadEnd) {
        Verdicts v = new Verdicts(results, allocations);
        v.cpu();
        v.layer();
        v.engineRatios();
        v.versusWxJava();
        v.allocation();
        v.threads();
        System.out.println();
        System.out.println("## targets of issue #23 (load average at start " + loadStart + ", at end " + loadEnd
                + (quiet(loadStart) ? "; quiet: below 1 at start)" : "; NOT a quiet run: 1 or more at start)"));
        System.out.println();
        System.out.println("| target | measured | verdict |");
        System.out.println("|---|---|---|");
        v.lines.forEach(System.out::println);
    }

    private static boolean quiet(String load) {
        try {
            return Double.parseDouble(load.split(" ")[0]) < 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Harness.Result at(String target, int callers) {
        return results.get(target + "@" + callers);
    }

    /** Our client on {@code engine} with the better value of {@code better} at {@code callers}, or null. */
    private String best(String engine, int callers, boolean lowerCpu) {
        String chosen = null;
        for (String mode : new String[] {"blocking", "async"}) {
            String name = "ours-" + engine + "-" + mode;
            Harness.Result r = at(name, callers);
            if (r == null) {
                continue;
            }
            Harness.Result c = chosen == null ? null : at(chosen, callers);
            if (c == null || (lowerCpu ? r.clientCpuMicrosPerCall() < c.clientCpuMicrosPerCall()
                    : r.callsPerSecond() / raw(name, callers).callsPerSecond()
                            > c.callsPerSecond() / raw(chosen, callers).callsPerSecond())) {
                chosen = name;
            }
        }
        return chosen;
    }

    private Harness.Result raw(String ours, int callers) {
        Harness.Result r = at(Targets.RAW_ENGINE.get(ours), callers);
        return r != null ? r : at(ours, callers);   // no raw run: a ratio of 1 that the row shows as missing
    }

    private void add(String target, String measured, Boolean met) {
        lines.add("| " + target + " | " + measured + " | " + (met == null ? "not measured" : met ? "met" : "NOT met") + " |");
    }

    private void cpu() {
        Harness.Result wx = at("wxjava-default", 16);
        for (String engine : ENGINES) {
            String name = best(engine, 16, true);
            if (name == null || wx == null) {
                add("client CPU/call ≤ WxJava's @16, " + engine, "missing run", null);
                continue;
            }
            double ours = at(name, 16).clientCpuMicrosPerCall();
            add("client CPU/call ≤ WxJava's @16, " + engine, String.format(Locale.ROOT, "%s %.1f µs vs WxJava %.1f µs",
                    name, ours, wx.clientCpuMicrosPerCall()), ours <= wx.clientCpuMicrosPerCall());
        }
    }

    private void layer() {
        for (String engine : ENGINES) {
            String name = best(engine, 16, true);
            Harness.Result raw = name == null ? null : at(Targets.RAW_ENGINE.get(name), 16);
            if (raw == null) {
                add("our layer's CPU/call ≤ 15 µs @16, " + engine, "missing run", null);
                continue;
            }
            double layer = at(name, 16).clientCpuMicrosPerCall() - raw.clientCpuMicrosPerCall();
            add("our layer's CPU/call ≤ 15 µs @16, " + engine, String.format(Locale.ROOT, "%s %.1f µs over %s",
                    name, layer, Targets.RAW_ENGINE.get(name)), layer <= 15);
        }
    }

    private void engineRatios() {
        for (String engine : ENGINES) {
            for (int n : new int[] {16, 256}) {
                String name = best(engine, n, false);
                Harness.Result raw = name == null ? null : at(Targets.RAW_ENGINE.get(name), n);
                if (raw == null) {
                    add("ours ÷ raw engine ≥ 0.9 @" + n + ", " + engine, "missing run", null);
                    continue;
                }
                double ratio = at(name, n).callsPerSecond() / raw.callsPerSecond();
                add("ours ÷ raw engine ≥ 0.9 @" + n + ", " + engine, String.format(Locale.ROOT, "%s ÷ %s = %.2f",
                        name, Targets.RAW_ENGINE.get(name), ratio), ratio >= 0.9);
            }
        }
    }

    private String fastestOfOurs(int callers) {
        String chosen = null;
        for (String name : Targets.RAW_ENGINE.keySet()) {
            Harness.Result r = at(name, callers);
            if (r != null && (chosen == null || r.callsPerSecond() > at(chosen, callers).callsPerSecond())) {
                chosen = name;
            }
        }
        return chosen;
    }

    private void versusWxJava() {
        for (int n : new int[] {1, 16, 256}) {
            double goal = n == 256 ? 1.5 : 1.0;
            String name = fastestOfOurs(n);
            Harness.Result wx = at("wxjava-default", n);
            Harness.Result wx256 = at("wxjava-pool256", n);
            if (name == null || wx == null) {
                add("best of ours ÷ WxJava ≥ " + goal + " @" + n, "missing run", null);
                continue;
            }
            double ratio = at(name, n).callsPerSecond() / wx.callsPerSecond();
            String pool256 = wx256 == null ? "" : String.format(Locale.ROOT, " (÷ WxJava pool 256: %.2f)",
                    at(name, n).callsPerSecond() / wx256.callsPerSecond());
            add("best of ours ÷ WxJava ≥ " + goal + " @" + n, String.format(Locale.ROOT, "%s %.2f%s", name, ratio, pool256),
                    ratio >= goal);
        }
        String name = fastestOfOurs(256);
        Harness.Result wx256 = at("wxjava-pool256", 256);
        if (name == null || wx256 == null) {
            add("p99 @256 ≤ WxJava pool 256's", "missing run", null);
        } else {
            double p99 = at(name, 256).p99Micros();
            add("p99 @256 ≤ WxJava pool 256's", String.format(Locale.ROOT, "%s %.0f µs vs %.0f µs", name, p99,
                    wx256.p99Micros()), p99 <= wx256.p99Micros());
        }
    }

    private void allocation() {
        long[] wx = allocations.get("wxjava-default");
        for (String engine : ENGINES) {
            for (String mode : new String[] {"blocking", "async"}) {
                String name = "ours-" + engine + "-" + mode;
                long[] ours = allocations.get(name);
                if (ours == null || wx == null) {
                    add("allocation/call ≤ WxJava's, " + name, "missing run", null);
                    continue;
                }
                add("allocation/call ≤ WxJava's, " + name, String.format(Locale.ROOT, "%,d B vs WxJava %,d B", ours[1], wx[1]),
                        ours[1] <= wx[1]);
            }
        }
    }

    private void threads() {
        long started = 0;
        int runs = 0;
        for (Map.Entry<String, Harness.Result> e : results.entrySet()) {
            if (e.getKey().startsWith("ours-")) {
                started += e.getValue().threadsStarted();
                runs++;
            }
        }
        add("0 threads started per call (ours, every run)", runs == 0 ? "missing run"
                : started + " threads started in " + runs + " runs", runs == 0 ? null : started == 0);
    }
}
