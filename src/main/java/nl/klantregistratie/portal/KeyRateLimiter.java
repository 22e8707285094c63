package nl.klantregistratie.portal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.klantregistratie.base.ClusterRedis;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The per-key rate limit with Bucket4j: a token bucket per key id that holds {@code burst} calls and
 * refills at {@code per-minute} calls per minute, evenly (a key that waited long enough may make
 * {@code burst} calls at once, and in the long run no more than {@code per-minute} a minute). On one
 * instance the buckets live in its memory; with {@link ClusterRedis} they live in Redis, so every
 * instance counts against the same bucket (docs/decisions/0011, 0021), and each expires there once
 * it is full again. Only keys that authenticated get a bucket, so their number stays that of the keys.
 */
@Component
class KeyRateLimiter implements PortalRateLimiter {

    private static final String REDIS_PREFIX = "klantregistratie:portal-rate:";

    private final long perMinute;
    private final Bandwidth limit;
    private final Function<Long, Bucket> buckets;

    @Autowired
    KeyRateLimiter(
            @Value("${klantregistratie.portal.rate-limit.per-minute:120}") long perMinute,
            @Value("${klantregistratie.portal.rate-limit.burst:30}") long burst,
            ClusterRedis redis) {
        this(
                perMinute,
                burst,
                redis.client().isPresent() ? TimeMeter.SYSTEM_MILLISECONDS : TimeMeter.SYSTEM_NANOTIME,
                redis.client());
    }

    /** Counts in memory, on this clock. */
    KeyRateLimiter(long perMinute, long burst, TimeMeter clock) {
        this(perMinute, burst, clock, Optional.empty());
    }

    /** Counts in the shared Redis when there is one, on this clock (a wall clock for Redis). */
    KeyRateLimiter(long perMinute, long burst, TimeMeter clock, Optional<RedisClient> redis) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException(
                    "klantregistratie.portal.rate-limit.per-minute and .burst must be at least 1, not " + perMinute
                            + " and " + burst);
        }
        this.perMinute = perMinute;
        this.limit = Bandwidth.builder()
                .capacity(burst)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build();
        this.buckets = redis.map(client -> shared(client, clock)).orElseGet(() -> inMemory(clock));
    }

    @Override
    public Verdict tryCall(long keyId) {
        ConsumptionProbe probe = buckets.apply(keyId).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Verdict.ALLOWED
                : Verdict.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public long perMinute() {
        return perMinute;
    }

    private Function<Long, Bucket> inMemory(TimeMeter clock) {
        Map<Long, Bucket> local = new ConcurrentHashMap<>();
        return keyId -> local.computeIfAbsent(
                keyId,
                id -> Bucket.builder()
                        .addLimit(limit)
                        .withCustomTimePrecision(clock)
                        .build());
    }

    private Function<Long, Bucket> shared(RedisClient client, TimeMeter clock) {
        ProxyManager<String> proxies = Bucket4jLettuce.casBasedBuilder(
                        client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)))
                .clientClock(clock)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        BucketConfiguration configuration =
                BucketConfiguration.builder().addLimit(limit).build();
        return keyId -> proxies.builder().build(REDIS_PREFIX + keyId, () -> configuration);
    }
}
