package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A throttled, deactivated or unknown account does not answer faster than a wrong password: every
 * attempt checks exactly one password hash (the slow part of a sign-in) before anything is decided.
 */
class ThrottledLoginTimingTest {

    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };
    private final UserService users = mock(UserService.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private ThrottledLogin login;
    private AppUser active;
    private AppUser deactivated;

    @BeforeEach
    void accounts() {
        login = new ThrottledLogin(users, counting, throttle, event -> {});
        active = new AppUser("anna", "Anna", real.encode("Goed-wachtwoord-1"), Role.MEDEWERKER);
        deactivated = new AppUser("bert", "Bert", real.encode("Goed-wachtwoord-1"), Role.MEDEWERKER);
        deactivated.setActive(false);
        when(users.findByUsername(anyString())).thenReturn(Optional.empty());
        when(users.findByUsername("anna")).thenReturn(Optional.of(active));
        when(users.findByUsername("bert")).thenReturn(Optional.of(deactivated));
        when(throttle.waitFor(anyString(), anyString())).thenReturn(Optional.empty());
        checks.set(0);
    }

    @Test
    void anUnknownNameChecksOneHash() {
        assertThatThrownBy(() -> attempt("niemand", "Goed-wachtwoord-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aDeactivatedAccountChecksOneHash() {
        assertThatThrownBy(() -> attempt("bert", "Goed-wachtwoord-1")).isInstanceOf(DisabledException.class);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aThrottledAttemptChecksOneHash() {
        when(throttle.waitFor(anyString(), anyString())).thenReturn(Optional.of(Duration.ofSeconds(8)));
        assertThatThrownBy(() -> attempt("anna", "Goed-wachtwoord-1"))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.waitSeconds()).isEqualTo(8));
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordChecksOneHash() {
        assertThatThrownBy(() -> attempt("anna", "fout")).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(1);
    }

    private void attempt(String username, String password) {
        login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
