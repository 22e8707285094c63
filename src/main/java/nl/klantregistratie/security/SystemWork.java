package nl.klantregistratie.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application's own work outside any request (demo data at start-up, the nightly retention job):
 * runs with a named system principal in one role (and the roles it includes), so that the services' role checks apply to it as
 * to a user, and the history and audit log say which job did it. Names start with {@code system:},
 * which no account can have (a username is letters, digits and {@code . _ @ -}).
 */
public final class SystemWork {

    private SystemWork() {}

    /** Runs {@code work} on this thread as {@code name} in {@code role}; the thread's own context is restored after. */
    public static <T> T as(String name, Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name,
                null,
                role.included().stream()
                        .map(included -> new SimpleGrantedAuthority(included.authority()))
                        .toList()));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
