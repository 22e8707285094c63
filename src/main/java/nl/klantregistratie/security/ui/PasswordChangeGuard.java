package nl.klantregistratie.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.UserService;
import org.springframework.stereotype.Component;

/**
 * A user whose password was set by applicatiebeheer (new account, reset) must choose their own
 * first: every navigation goes to {@link ChangePasswordView} until they have.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final UserService users;

    PasswordChangeGuard(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        boolean mustChange = authentication
                .getPrincipalName()
                .flatMap(users::findByUsername)
                .map(AppUser::isPasswordChangeRequired)
                .orElse(false);
        if (mustChange) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
