package nl.klantregistratie.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.PasswordRules;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserRefusedException;
import nl.klantregistratie.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * A new account (username, name, role, first password) or an existing one (name, role; deactivate or
 * activate; reset the password). Refusals appear next to the field they concern; what was typed stays.
 */
class UserDialog extends Dialog {

    private final UserService users;
    private final @Nullable AppUser existing;
    private final Runnable onChange;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final PasswordField password = new PasswordField();
    private final FieldErrors errors = new FieldErrors();
    private final Map<String, HasValidation> refusalFields;

    UserDialog(UserService users, @Nullable AppUser existing, Runnable onChange) {
        this.users = users;
        this.existing = existing;
        this.onChange = onChange;
        setId("user-dialog");
        setWidth("32em");
        setHeaderTitle(
                existing == null ? getTranslation("users.new") : getTranslation("users.edit", existing.getUsername()));

        username.setId("user-username");
        username.setLabel(getTranslation("users.username"));
        MaxLengths.apply(username, AppUser.class, "username");
        displayName.setId("user-name");
        displayName.setLabel(getTranslation("users.name"));
        MaxLengths.apply(displayName, AppUser.class, "displayName");
        role.setId("user-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        role.setValue(Role.MEDEWERKER);
        password.setId("user-password");
        password.setLabel(getTranslation(existing == null ? "users.password.first" : "users.password.reset.label"));
        password.setHelperText(getTranslation("users.password.rules", PasswordRules.MIN_LENGTH));
        errors.add("username", username).add("displayName", displayName);
        refusalFields = Map.of("username", username, "password", password, "role", role);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (existing == null) {
            form.add(username, displayName, role, password);
            Button create = new Button(getTranslation("users.create"), e -> create());
            create.setId("user-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(cancel(), create);
        } else {
            displayName.setValue(existing.getDisplayName());
            role.setValue(existing.getRole());
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("user-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reset = new Button(getTranslation("users.password.reset"), e -> reset());
            reset.setId("user-reset");
            Button active = new Button(
                    getTranslation(existing.isActive() ? "users.deactivate" : "users.activate"), e -> toggleActive());
            active.setId("user-active-toggle");
            if (existing.isActive()) {
                active.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            form.add(displayName, role, new Hr(), password, reset);
            getFooter().add(active, cancel(), save);
        }
        add(form);
    }

    private Button cancel() {
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("user-cancel");
        return cancel;
    }

    private void create() {
        attempt(
                () -> users.createUser(
                        username.getValue(), displayName.getValue(), role.getValue(), password.getValue()),
                "users.created");
    }

    /** Saves name and role; a typed new password is not silently dropped: that is "Wachtwoord resetten". */
    private void save() {
        if (!password.getValue().isEmpty()) {
            refuse(password, "users.save.passwordtyped");
            return;
        }
        attempt(() -> users.update(existingId(), displayName.getValue(), role.getValue()), "users.saved");
    }

    /** Resets the password only; changed name or role are not silently dropped: they need "Opslaan" first. */
    private void reset() {
        if (existing != null
                && (!existing.getDisplayName().equals(displayName.getValue().strip())
                        || existing.getRole() != role.getValue())) {
            refuse(role, "users.reset.unsaved");
            return;
        }
        attempt(() -> users.resetPassword(existingId(), password.getValue()), "users.password.resetdone");
    }

    private void refuse(HasValidation field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }

    /** Activating is done at once; deactivating, which ends the user's sessions at once, is confirmed first. */
    private void toggleActive() {
        boolean activate = existing != null && !existing.isActive();
        if (activate || existing == null) {
            attempt(() -> users.setActive(existingId(), true), "users.activated");
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("user-deactivate-confirm");
        confirm.setHeader(getTranslation("users.deactivate"));
        confirm.setText(getTranslation("users.deactivate.confirm", existing.getDisplayName(), existing.getUsername()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("users.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> attempt(() -> users.setActive(existingId(), false), "users.deactivated"));
        confirm.open();
    }

    private long existingId() {
        return existing == null || existing.getId() == null ? -1 : existing.getId();
    }

    private void attempt(Runnable action, String doneKey) {
        errors.clear();
        password.setInvalid(false);
        role.setInvalid(false);
        try {
            action.run();
        } catch (ConstraintViolationException e) {
            errors.show(e.getConstraintViolations(), this).forEach(Notifications::error);
            return;
        } catch (UserRefusedException e) {
            String message = Notifications.text(e);
            HasValidation field = refusalFields.get(e.getField());
            if (field == null) {
                Notifications.error(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            return;
        }
        Notifications.success(getTranslation(doneKey, existing == null ? username.getValue() : existing.getUsername()));
        close();
        onChange.run();
    }
}
