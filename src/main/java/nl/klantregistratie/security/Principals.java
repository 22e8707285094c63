package nl.klantregistratie.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who a security context holds: someone who signed in (a user or the application's own work), or nobody. */
public final class Principals {

    private Principals() {}

    /** Signed in: authenticated and not Spring Security's anonymous visitor. */
    public static boolean isSignedIn(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The name of whoever this thread's security context holds, or {@code ""} when it holds nobody. */
    public static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        @Nullable String name = authentication == null ? null : authentication.getName();
        return name == null ? "" : name;
    }
}
