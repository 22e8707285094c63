package nl.klantregistratie.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address: try again after the wait. */
class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** Whole seconds, at least 1. */
    long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
