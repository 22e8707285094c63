package nl.klantregistratie.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import nl.klantregistratie.base.ClusterRedis;
import nl.klantregistratie.test.RedisTest;
import nl.klantregistratie.test.RedisTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With Redis, two instances count a key's calls in one bucket: the burst is the burst of both together. */
@RedisTest
class KeyRateLimiterAcrossInstancesTest {

    private final ClusterRedis redis = new ClusterRedis(RedisTestSupport.url());
    private final KeyRateLimiter first = new KeyRateLimiter(6, 3, TimeMeter.SYSTEM_MILLISECONDS, redis.client());
    private final KeyRateLimiter second = new KeyRateLimiter(6, 3, TimeMeter.SYSTEM_MILLISECONDS, redis.client());
    /** A key id no earlier run used, for Redis keeps a bucket until it is full again. */
    private final long key = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);

    @AfterEach
    void stop() {
        redis.destroy();
    }

    @Test
    void aKeyCannotMakeItsBurstOnEachInstance() {
        assertThat(first.tryCall(key).allowed()).isTrue();
        assertThat(second.tryCall(key).allowed()).isTrue();
        assertThat(first.tryCall(key).allowed()).isTrue();

        PortalRateLimiter.Verdict refused = second.tryCall(key);

        assertThat(refused.allowed())
                .as("the fourth call in a row, whichever instance takes it")
                .isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(first.tryCall(key + 1).allowed())
                .as("another key has its own bucket")
                .isTrue();
    }

    @Test
    void inMemoryEachInstanceCountsForItself() {
        KeyRateLimiter alone = new KeyRateLimiter(6, 3, TimeMeter.SYSTEM_NANOTIME);
        KeyRateLimiter other = new KeyRateLimiter(6, 3, TimeMeter.SYSTEM_NANOTIME);
        IntStream.range(0, 3).forEach(i -> alone.tryCall(key));

        assertThat(alone.tryCall(key).allowed()).isFalse();
        assertThat(other.tryCall(key).allowed()).isTrue();
    }
}
