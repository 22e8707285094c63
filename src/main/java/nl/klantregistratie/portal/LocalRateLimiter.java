package nl.klantregistratie.portal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The per-key rate limit, counted in this instance's memory with Bucket4j: a token bucket per key id
 * that holds {@code burst} calls and refills at {@code per-minute} calls per minute, evenly (a key
 * that waited long enough may make {@code burst} calls at once, and in the long run no more than
 * {@code per-minute} a minute). Several instances each count for themselves, so together they let a
 * key make that many calls per instance (docs/decisions/0011). Only keys that authenticated get a
 * bucket, so their number stays that of the keys.
 */
@Component
class LocalRateLimiter implements PortalRateLimiter {

    private final long perMinute;
    private final long burst;
    private final TimeMeter clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    LocalRateLimiter(
            @Value("${klantregistratie.portal.rate-limit.per-minute:120}") long perMinute,
            @Value("${klantregistratie.portal.rate-limit.burst:30}") long burst) {
        this(perMinute, burst, TimeMeter.SYSTEM_NANOTIME);
    }

    LocalRateLimiter(long perMinute, long burst, TimeMeter clock) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException(
                    "klantregistratie.portal.rate-limit.per-minute and .burst must be at least 1, not " + perMinute
                            + " and " + burst);
        }
        this.perMinute = perMinute;
        this.burst = burst;
        this.clock = clock;
    }

    @Override
    public Verdict tryCall(long keyId) {
        ConsumptionProbe probe =
                buckets.computeIfAbsent(keyId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Verdict.ALLOWED
                : Verdict.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public long perMinute() {
        return perMinute;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock)
                .build();
    }
}
