package nl.klantregistratie.test;

import java.util.Locale;
import java.util.function.Supplier;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.SystemWork;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Calls services as a signed-in staff member would, outside any request or UI: as a role, or as an
 * existing user (e.g. to prepare data or to act as another user while a browser test's user is signed
 * in). The authorities are those a real login gives.
 */
public final class SignedIn {

    private SignedIn() {}

    /** As a member of the role (its own authority and those of the roles it includes). */
    public static <T> T as(Role role, Supplier<T> call) {
        return SystemWork.as(role.name().toLowerCase(Locale.ROOT), role, call);
    }

    /** As the existing user with this username. */
    public static <T> T as(UserDetailsService users, String username, Supplier<T> call) {
        UserDetails user = users.loadUserByUsername(username);
        return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), call);
    }

    private static <T> T as(Authentication authentication, Supplier<T> call) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
