package nl.klantregistratie.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.security.SessionLimitsSettings;
import nl.klantregistratie.security.UserLocale;

/** The Dutch (or English) sign-in page. Spring Security handles the POST to {@code /login}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** On the address after a throttled sign-in: how many seconds to wait. */
    public static final String THROTTLED_PARAMETER = "wacht";

    /** The session attribute with the name typed at a failed sign-in, to fill in again. */
    public static final String LAST_USERNAME = LoginView.class.getName() + ".username";

    /** Longer names are not filled in again (nor are they accounts). */
    public static final int MAX_USERNAME = 100;

    private final LoginForm login = new LoginForm();
    private final Paragraph throttled = new Paragraph();
    private final Paragraph ended = new Paragraph();

    private final Paragraph expired = new Paragraph();

    public LoginView(SessionLimitsSettings sessionLimits, UserLocale userLocale) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");
        ended.setId("login-ended");
        ended.addClassName("login-ended");
        ended.setText(getTranslation("login.ended"));
        ended.setVisible(false);
        expired.setId("login-expired");
        expired.addClassName("login-ended");
        expired.setText(getTranslation(
                "login.expired",
                sessionLimits.idle().toMinutes(),
                sessionLimits.absolute().toHours()));
        expired.setVisible(false);
        throttled.setId("login-throttled");
        throttled.addClassName("login-throttled");
        throttled.setVisible(false);
        add(title, subtitle, ended, expired, throttled, login, languages(userLocale));
    }

    /** "Nederlands · English": the language of the login page (and of the session signed in from it). */
    private HorizontalLayout languages(UserLocale userLocale) {
        HorizontalLayout languages = new HorizontalLayout();
        languages.setId("login-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("menu.language"));
        for (Map.Entry<Locale, String> language : List.of(
                Map.entry(TranslationProvider.DUTCH, "language.nl"),
                Map.entry(TranslationProvider.ENGLISH, "language.en"))) {
            Locale locale = language.getKey();
            Button choice = new Button(getTranslation(language.getValue()), e -> userLocale.switchTo(locale));
            choice.setId("login-language-" + locale.getLanguage());
            choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            // the language this page is in is not offered as a choice
            choice.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
            choice.getElement().setAttribute("lang", locale.getLanguage());
            languages.add(choice);
        }
        return languages;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error") || parameters.containsKey(THROTTLED_PARAMETER);
        login.setError(parameters.containsKey("error"));
        Object typed = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession().getAttribute(LAST_USERNAME);
        if (failed && typed instanceof String username) {
            // the name as typed stays; the password field gets the focus
            login.getElement().executeJs("""
                    const user = this.querySelector('#vaadinLoginUsername');
                    const password = this.querySelector('#vaadinLoginPassword');
                    if (user) { user.value = $0; }
                    if (password) { setTimeout(() => password.focus()); }""", username);
        }
        ended.setVisible(parameters.containsKey("ended"));
        expired.setVisible(parameters.containsKey("verlopen"));
        String wait = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(THROTTLED_PARAMETER)
                .filter(seconds -> seconds.matches("[0-9]{1,6}"))
                .orElse(null);
        throttled.setVisible(wait != null);
        if (wait != null) {
            throttled.setText(getTranslation("login.throttled", Long.parseLong(wait)));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "login.title");
    }
}
