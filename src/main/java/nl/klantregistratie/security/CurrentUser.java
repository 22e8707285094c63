package nl.klantregistratie.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in staff member, for the UI: name, role and logout. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final UserService userService;

    CurrentUser(AuthenticationContext authenticationContext, UserService userService) {
        this.authenticationContext = authenticationContext;
        this.userService = userService;
    }

    public Optional<AppUser> get() {
        return authenticationContext.getPrincipalName().flatMap(userService::findByUsername);
    }

    public boolean hasRole(Role role) {
        return authenticationContext.hasRole(role.name());
    }

    public void logout() {
        authenticationContext.logout();
    }
}
