package nl.klantregistratie.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.klantregistratie.base.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
 *
 * <p>Every outcome goes to the audit log (docs/decisions/0017) under the account the name resolves to,
 * never under the name as typed: signed in, failed (wrong password, unknown name, deactivated), and
 * throttled — the first refused attempt of each wait per address and account, not every one, so a
 * stream of attempts during a wait cannot fill the log. Spring Security's own failure events are not
 * used for this: a {@link LoginThrottledException} maps to none of them, and they carry the typed name.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

    private static final int THROTTLES_REMEMBERED = 10_000;

    private final UserService users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    /** What an unknown name's password is checked against: the same work as for a real account. */
    private final String standInHash;
    /** Until when a wait was recorded, by address and account ({@link #THROTTLES_REMEMBERED} at most, oldest dropped). */
    private final Map<String, Instant> throttlesRecorded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > THROTTLES_REMEMBERED;
        }
    };

    ThrottledLogin(
            UserService users, PasswordEncoder passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
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
        @Nullable String known = account.map(AppUser::getUsername).orElse(null);
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            LoginThrottledException throttled = new LoginThrottledException(wait.get());
            if (firstOfItsWait(address, known, wait.get())) {
                audit(AuditEvent.Type.LOGIN_THROTTLED, "wacht " + throttled.waitSeconds() + " s", known);
            }
            throw throttled;
        }
        if (!matches || account.isEmpty()) {
            throttle.failed(username, address);
            audit(
                    AuditEvent.Type.LOGIN_FAILED,
                    known == null ? "gebruikersnaam onbekend" : "wachtwoord onjuist",
                    known);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.get().isActive()) {
            audit(AuditEvent.Type.LOGIN_FAILED, "account gedeactiveerd", known);
            throw new DisabledException("Account deactivated");
        }
        throttle.succeeded(username);
        audit(AuditEvent.Type.LOGIN, null, known);
        UserDetails user = users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    /** Whether no refusal of this address and account (unknown names count as one) was recorded during this wait yet. */
    private boolean firstOfItsWait(String address, @Nullable String account, Duration wait) {
        String key = address + " " + (account == null ? "" : account);
        Instant now = Instant.now();
        synchronized (throttlesRecorded) {
            Instant recordedUntil = throttlesRecorded.get(key);
            if (recordedUntil != null && now.isBefore(recordedUntil)) {
                return false;
            }
            throttlesRecorded.put(key, now.plus(wait));
            return true;
        }
    }

    /** The account, never the name as typed: an unknown name may be a password typed into the wrong field. */
    private void audit(AuditEvent.Type type, @Nullable String detail, @Nullable String account) {
        events.publishEvent(new AuditEvent(type, null, detail, account));
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
