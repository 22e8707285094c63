package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Lockout arithmetic: N failures in a row lock for a while; the lock ends by itself; success clears. */
class AppUserLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final AppUser user = new AppUser("piet", "Piet", "hash", Role.MEDEWERKER);

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            user.registerFailedLogin(NOW, 5, LOCKOUT);
        }
        assertThat(user.isLockedAt(NOW)).isFalse();

        user.registerFailedLogin(NOW, 5, LOCKOUT);

        assertThat(user.isLockedAt(NOW)).isTrue();
        assertThat(user.isLockedAt(NOW.plus(LOCKOUT).minusSeconds(1))).isTrue();
        assertThat(user.isLockedAt(NOW.plus(LOCKOUT))).isFalse();
    }

    @Test
    void failuresDuringTheLockDoNotExtendIt() {
        for (int i = 0; i < 5; i++) {
            user.registerFailedLogin(NOW, 5, LOCKOUT);
        }
        user.registerFailedLogin(NOW.plusSeconds(60), 5, LOCKOUT);
        assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(LOCKOUT));
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            user.registerFailedLogin(NOW, 5, LOCKOUT);
        }
        user.clearFailedLogins();
        user.registerFailedLogin(NOW, 5, LOCKOUT);
        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(user.getFailedLogins()).isEqualTo(1);
    }
}
