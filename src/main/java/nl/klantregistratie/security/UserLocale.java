package nl.klantregistratie.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import nl.klantregistratie.base.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Chooses the UI language: the language the signed-in user chose before, otherwise Dutch,
 * whatever the browser asks for. The choice is kept per session and per user.
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

    private static final String SESSION_KEY = UserLocale.class.getName();

    private final AuthenticationContext authenticationContext;
    private final UserService userService;

    UserLocale(AuthenticationContext authenticationContext, UserService userService) {
        this.authenticationContext = authenticationContext;
        this.userService = userService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(e -> e.getUI().setLocale(current(e.getUI().getSession())));
    }

    Locale current(VaadinSession session) {
        if (session.getAttribute(SESSION_KEY) instanceof Locale locale) {
            return locale;
        }
        Optional<Locale> preferred = authenticationContext
                .getPrincipalName()
                .flatMap(userService::findByUsername)
                .map(AppUser::getPreferredLanguage)
                .map(language -> TranslationProvider.supported(Locale.of(language)));
        preferred.ifPresent(locale -> session.setAttribute(SESSION_KEY, locale));
        return preferred.orElse(TranslationProvider.DUTCH);
    }

    /** Switches the current session (all its open tabs) to the given language and remembers it. */
    public void switchTo(Locale requested) {
        Locale locale = TranslationProvider.supported(requested);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_KEY, locale);
        session.getUIs().forEach(ui -> ui.setLocale(locale));
        authenticationContext
                .getPrincipalName()
                .ifPresent(username -> userService.savePreferredLanguage(username, locale));
        UI.getCurrent().getPage().reload();
    }
}
