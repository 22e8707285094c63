package nl.klantregistratie.loadtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Response times per action, kept as the simulation runs and printed at its end as one table (p50,
 * p95, p99, maximum) in the order the round does the actions: Gatling's own report is HTML, this is
 * the text docs/benchmarks.md quotes. Times are kept twice: all of them, and those of the steady
 * part, while every user has started and none has stopped (from the end of the ramp until the first
 * user's time is up): the figures "at N users". Actions only done at the start (signing in) have no
 * steady figures; their line shows all of them, marked "ramp".
 */
final class Timings {

    private static final long START = System.currentTimeMillis();
    private static final Map<String, List<Integer>> ALL = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final Map<String, List<Integer>> STEADY = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final AtomicInteger FAILED_USERS = new AtomicInteger();
    private static volatile long steadyFrom = Long.MAX_VALUE;
    private static volatile long steadyUntil = Long.MIN_VALUE;

    private Timings() {}

    /** The steady part, in seconds after the simulation started. */
    static void steady(int fromSecond, int untilSecond) {
        steadyFrom = START + fromSecond * 1000L;
        steadyUntil = START + untilSecond * 1000L;
    }

    static void record(String action, int millis) {
        add(ALL, action, millis);
        long now = System.currentTimeMillis();
        if (now >= steadyFrom && now <= steadyUntil) {
            add(STEADY, action, millis);
        }
    }

    /** A user stopped because one of its requests failed (Gatling counts the failed requests). */
    static void failedUser() {
        FAILED_USERS.incrementAndGet();
    }

    private static void add(Map<String, List<Integer>> times, String action, int millis) {
        List<Integer> list = times.computeIfAbsent(action, key -> new ArrayList<>());
        synchronized (list) {
            list.add(millis);
        }
    }

    static String table() {
        StringBuilder out = new StringBuilder(String.format(
                "%-26s %7s %6s %6s %6s %6s%n", "action (ms)", "count", "p50", "p95", "p99", "max"));
        int steadyRequests = 0;
        List<String> actions;
        synchronized (ALL) {
            actions = new ArrayList<>(ALL.keySet());
        }
        for (String action : actions) {
            List<Integer> steady = STEADY.get(action);
            boolean fromRamp = steady == null;
            List<Integer> times;
            List<Integer> source = fromRamp ? ALL.get(action) : steady;
            synchronized (source) {
                times = new ArrayList<>(source);
            }
            steadyRequests += fromRamp ? 0 : times.size();
            times.sort(null);
            out.append(String.format(
                    "%-26s %7d %6d %6d %6d %6d%s%n",
                    action,
                    times.size(),
                    percentile(times, 50),
                    percentile(times, 95),
                    percentile(times, 99),
                    times.getLast(),
                    fromRamp ? "  (ramp)" : ""));
        }
        long seconds = Math.max(1, (steadyUntil - steadyFrom) / 1000);
        out.append(String.format(
                "steady part: %d s, %d requests, %.1f requests/s; users stopped by an error: %d%n",
                seconds, steadyRequests, steadyRequests / (double) seconds, FAILED_USERS.get()));
        return out.toString();
    }

    private static int percentile(List<Integer> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
