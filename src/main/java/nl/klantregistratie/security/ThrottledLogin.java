package nl.klantregistratie.security;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with the password form: the username normalised once ({@link Usernames}), then always one
 * password hash checked — for an unknown name against a stand-in hash — before anything else is
 * decided, so a throttled, deactivated or unknown account answers no faster than a wrong password
 * (nothing to learn from the time it takes). Then the throttle ({@link LoginThrottle}): waiting
 * accounts and addresses are refused with how long to wait; a wrong password counts.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

    private final UserService users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    /** What an unknown name's password is checked against: the same work as for a real account. */
    private final String standInHash;

    ThrottledLogin(UserService users, PasswordEncoder passwords, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.standInHash = passwords.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = Usernames.normalize(attempt.getName());
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = address(attempt.getDetails());
        Optional<AppUser> account = users.findByUsername(username);
        boolean matches = passwords.matches(
                password, account.map(AppUser::getPasswordHash).orElse(standInHash));
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        if (!matches || account.isEmpty()) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.get().isActive()) {
            throw new DisabledException("Account deactivated");
        }
        throttle.succeeded(username);
        UserDetails user = users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
