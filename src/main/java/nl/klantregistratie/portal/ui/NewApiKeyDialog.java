package nl.klantregistratie.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolationException;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.portal.NewApiKey;
import nl.klantregistratie.portal.PortalService;
import org.jspecify.annotations.Nullable;

/**
 * Makes an API key: asks its name, then shows the key once, read-only, to copy. The key lives only
 * in this dialog; closing it forgets the key.
 */
class NewApiKeyDialog extends Dialog {

    private final PortalService portal;
    private final Runnable onCreated;
    private final TextField name = new TextField();
    private final Binder<Name> binder = new Binder<>(Name.class);
    private final FieldErrors errors = new FieldErrors();

    NewApiKeyDialog(PortalService portal, Runnable onCreated) {
        this.portal = portal;
        this.onCreated = onCreated;
        setId("apikey-dialog");
        setHeaderTitle(getTranslation("portal.keys.new"));
        setWidth("36em");
        name.setId("apikey-name");
        name.setLabel(getTranslation("portal.keys.name"));
        name.setHelperText(getTranslation("portal.keys.name.help"));
        name.setWidthFull();
        binder.forField(name).bind(Name::getValue, Name::setValue);
        errors.add("name", name);
        add(name);
        Button create = new Button(getTranslation("portal.keys.create"), e -> create());
        create.setId("apikey-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("apikey-cancel");
        getFooter().add(cancel, create);
    }

    private void create() {
        Name typed = new Name();
        binder.writeBeanIfValid(typed);
        NewApiKey created;
        try {
            created = portal.createApiKey(typed.getValue() == null ? "" : typed.getValue());
        } catch (ConstraintViolationException e) {
            errors.show(e.getConstraintViolations(), this);
            return;
        }
        onCreated.run();
        showOnce(created);
    }

    private void showOnce(NewApiKey created) {
        // The key is shown once: only the button that says it was copied closes the dialog.
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(
                getTranslation("portal.keys.created.title", created.apiKey().getName()));
        TextField key = new TextField(getTranslation("portal.keys.key"));
        key.setId("apikey-value");
        key.setValue(created.key());
        key.setReadOnly(true);
        key.setWidthFull();
        add(new Paragraph(getTranslation("portal.keys.created.text")), key);
        Button done = new Button(getTranslation("portal.keys.close"), e -> close());
        done.setId("apikey-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    /** The form's bean: the name typed. */
    static final class Name {

        private @Nullable String value;

        @Nullable
        String getValue() {
            return value;
        }

        void setValue(@Nullable String value) {
            this.value = value;
        }
    }
}
