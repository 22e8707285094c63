package nl.klantregistratie.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one series of queries, in nanoseconds; percentiles by the nearest-rank method. */
final class LatencyStats {

    private final long[] nanos;
    private int count;

    LatencyStats(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** The p-th percentile (0 &lt; p ≤ 100) in milliseconds. */
    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1_000_000.0;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    double meanMillis() {
        return Arrays.stream(nanos, 0, count).average().orElse(0) / 1_000_000.0;
    }

    /** "p50 1.23 · p95 2.34 · p99 3.45 · max 4.56 ms (n=300)". */
    String summary() {
        return String.format(
                Locale.ROOT,
                "p50 %6.2f · p95 %6.2f · p99 %6.2f · max %7.2f ms (n=%d)",
                percentileMillis(50),
                percentileMillis(95),
                percentileMillis(99),
                maxMillis(),
                count);
    }
}
