package nl.klantregistratie.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins slow further attempts down (docs/decisions/0015-login-throttling.md): after
 * {@code freeAttempts} failures in a row, each further failure makes the next attempt wait twice as
 * long as the one before, from one second up to {@code maxDelay}; failures older than {@code forget}
 * no longer count.
 *
 * @param account per account (whatever address the attempts come from)
 * @param address per client address (whatever accounts it tries)
 */
@ConfigurationProperties("klantregistratie.login.throttle")
record LoginThrottleSettings(Policy account, Policy address, Duration forget) {

    LoginThrottleSettings {
        account = account == null ? new Policy(5, Duration.ofSeconds(30)) : account;
        address = address == null ? new Policy(20, Duration.ofMinutes(15)) : address;
        forget = forget == null ? Duration.ofHours(24) : forget;
    }

    record Policy(int freeAttempts, Duration maxDelay) {

        /** The wait after this many failures in a row; zero while they are free. */
        Duration delayAfter(int failures) {
            if (failures < freeAttempts) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeAttempts, 30);
            Duration delay = Duration.ofSeconds(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
