package nl.klantregistratie.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.security.PasswordRules;
import nl.klantregistratie.security.UserRefusedException;
import nl.klantregistratie.security.UserService;

/**
 * Choose a new password: the current one, the new one twice. Every signed-in user may open it; a user
 * whose password was set by applicatiebeheer is sent here before anything else
 * ({@link PasswordChangeGuard}).
 */
@Route(ChangePasswordView.ROUTE)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "wachtwoord-wijzigen";

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordView(UserService users) {
        setId("change-password-view");
        setMaxWidth("32em");
        current.setId("password-current");
        current.setLabel(getTranslation("users.password.current.label"));
        password.setId("password-new");
        password.setLabel(getTranslation("users.password.new.label"));
        password.setHelperText(getTranslation("users.password.rules", PasswordRules.MIN_LENGTH));
        repeat.setId("password-repeat");
        repeat.setLabel(getTranslation("users.password.repeat.label"));
        for (PasswordField field : new PasswordField[] {current, password, repeat}) {
            field.setWidthFull();
        }
        Button save = new Button(getTranslation("users.password.change"), e -> change(users));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(getTranslation("users.password.title")),
                new Paragraph(getTranslation("users.password.intro")),
                current,
                password,
                repeat,
                save);
    }

    private void change(UserService users) {
        for (PasswordField field : new PasswordField[] {current, password, repeat}) {
            field.setInvalid(false);
        }
        if (!password.getValue().equals(repeat.getValue())) {
            show(repeat, getTranslation("users.password.repeat.different"));
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), password.getValue());
        } catch (UserRefusedException e) {
            show("currentPassword".equals(e.getField()) ? current : password, Notifications.text(e));
            return;
        }
        Notifications.success(getTranslation("users.password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private static void show(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "users.password.title");
    }
}
