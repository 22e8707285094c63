package nl.klantregistratie.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Lockout after repeated failed logins: Spring Security reports each login attempt; a wrong password
 * counts, a successful login clears the count ({@link UserService#MAX_FAILED_LOGINS} in a row lock the
 * account for {@link UserService#LOCKOUT}).
 */
@Component
class LoginAttempts {

    private final UserService users;

    LoginAttempts(UserService users) {
        this.users = users;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
