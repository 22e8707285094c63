package nl.klantregistratie.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Response times per action, kept as the simulation runs and printed at its end as one table (p50,
 * p95, p99, maximum): Gatling's own report is HTML, this is the text docs/benchmarks.md quotes.
 */
final class Timings {

    private static final Map<String, List<Integer>> TIMES = new ConcurrentSkipListMap<>();

    private Timings() {}

    static void record(String action, int millis) {
        List<Integer> times = TIMES.computeIfAbsent(action, key -> new ArrayList<>());
        synchronized (times) {
            times.add(millis);
        }
    }

    static String table() {
        StringBuilder out = new StringBuilder(String.format(
                "%-20s %7s %6s %6s %6s %6s%n", "action (ms)", "count", "p50", "p95", "p99", "max"));
        TIMES.forEach((action, recorded) -> {
            List<Integer> times;
            synchronized (recorded) {
                times = new ArrayList<>(recorded);
            }
            times.sort(null);
            out.append(String.format(
                    "%-20s %7d %6d %6d %6d %6d%n",
                    action,
                    times.size(),
                    percentile(times, 50),
                    percentile(times, 95),
                    percentile(times, 99),
                    times.getLast()));
        });
        return out.toString();
    }

    private static int percentile(List<Integer> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
