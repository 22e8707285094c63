package nl.klantregistratie.test;

import java.util.function.Supplier;
import nl.klantregistratie.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls services as a signed-in staff member of a role would, outside any request or UI. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Runs the call with the authorities the real login gives this role (its own and the included ones). */
    public static <T> T as(Role role, Supplier<T> call) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.name().toLowerCase(java.util.Locale.ROOT), null,
                role.included().stream().map(included -> new SimpleGrantedAuthority(included.authority())).toList()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
