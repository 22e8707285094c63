package nl.klantregistratie.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import nl.klantregistratie.base.i18n.TranslationProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Chooses the UI language: the one chosen in this session (in the user menu or on the login page),
 * else the one the signed-in user chose before, else the browser's first language when we have it
 * (English), else Dutch. A choice is kept per session and, once signed in, per user.
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
        VaadinRequest request = VaadinRequest.getCurrent();
        return preferred.orElseGet(
                () -> browserLanguage(request == null ? null : request.getHeader("Accept-Language")));
    }

    /**
     * The first of the browser's languages (Accept-Language, in its order of preference) that we
     * have: "de-DE,en;q=0.8" is English, "fr" or no header at all (a request without it would get
     * the server's own default) is Dutch.
     */
    static Locale browserLanguage(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return TranslationProvider.DUTCH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0];
                if (language.equals(TranslationProvider.DUTCH.getLanguage())) {
                    return TranslationProvider.DUTCH;
                } else if (language.equals(TranslationProvider.ENGLISH.getLanguage())) {
                    return TranslationProvider.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header we cannot read says nothing
        }
        return TranslationProvider.DUTCH;
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
