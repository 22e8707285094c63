package nl.klantregistratie.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The per-key rate limit in memory: a burst at once, then the rate per minute, each key for itself. */
class KeyRateLimiterTest {

    private final FakeClock clock = new FakeClock();
    private final KeyRateLimiter limiter = new KeyRateLimiter(6, 3, clock);

    @Test
    void aKeyMayMakeItsBurstAtOnceAndIsThenToldHowLongToWait() {
        assertThat(IntStream.range(0, 3).mapToObj(i -> limiter.tryCall(1).allowed()))
                .containsOnly(true);

        PortalRateLimiter.Verdict refused = limiter.tryCall(1);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).as("6 a minute: one every 10 seconds").isEqualTo(Duration.ofSeconds(10));
        assertThat(limiter.perMinute()).isEqualTo(6);
    }

    @Test
    void theLimitRefillsAtItsRatePerMinute() {
        IntStream.range(0, 3).forEach(i -> limiter.tryCall(1));
        clock.advance(Duration.ofSeconds(4));
        assertThat(limiter.tryCall(1).retryAfter()).isEqualTo(Duration.ofSeconds(6));

        clock.advance(Duration.ofSeconds(6));
        assertThat(limiter.tryCall(1).allowed()).isTrue();
        assertThat(limiter.tryCall(1).allowed()).isFalse();

        clock.advance(Duration.ofMinutes(5));
        assertThat(IntStream.range(0, 4).mapToObj(i -> limiter.tryCall(1).allowed()))
                .as("a long pause gives the burst back, no more")
                .containsExactly(true, true, true, false);
    }

    @Test
    void eachKeyHasItsOwnLimit() {
        IntStream.range(0, 3).forEach(i -> limiter.tryCall(1));
        assertThat(limiter.tryCall(1).allowed()).isFalse();

        assertThat(limiter.tryCall(2).allowed()).isTrue();
    }

    @Test
    void aLimitBelowOneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new KeyRateLimiter(0, 3, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRateLimiter(120, 0, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class FakeClock implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
