package nl.klantregistratie.portal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.ui.DutchDatePicker;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.portal.ApiKey;
import nl.klantregistratie.portal.NewApiKey;
import nl.klantregistratie.portal.PortalService;
import org.jspecify.annotations.Nullable;

/**
 * Makes an API key: asks its name and, optionally, the last day it works, then shows the key once,
 * read-only, to copy. The key lives only in this dialog; closing it forgets the key.
 */
class NewApiKeyDialog extends Dialog {

    private final PortalService portal;
    private final Runnable onCreated;
    private final TextField name = new TextField();
    private final ExpiryField expiry = new ExpiryField();
    private final Binder<Request> binder = new Binder<>(Request.class);
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
        MaxLengths.apply(name, ApiKey.class, "name");
        binder.forField(name).bind(Request::getName, Request::setName);
        errors.add("name", name);
        expiry.setId("apikey-expiry");
        expiry.setLabel(getTranslation("portal.keys.expiry"));
        expiry.setHelperText(getTranslation("portal.keys.expiry.help"));
        expiry.setMin(LocalDate.now(OfficeTime.ZONE));
        expiry.setClearButtonVisible(true);
        binder.forField(expiry).bind(Request::getExpiryDate, Request::setExpiryDate);
        errors.add("expiryDate", expiry);
        add(name, expiry);
        Button create = new Button(getTranslation("portal.keys.create"), e -> create());
        create.setId("apikey-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("apikey-cancel");
        getFooter().add(cancel, create);
    }

    private void create() {
        if (!binder.validate().isOk()) {
            return; // the date field shows what it cannot read or does not allow; the input stays
        }
        Request typed = new Request();
        binder.writeBeanIfValid(typed);
        NewApiKey created;
        try {
            created = portal.createApiKey(typed.getName() == null ? "" : typed.getName(), typed.getExpiryDate());
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
        Button copy = new Button(getTranslation("portal.keys.copy"), VaadinIcon.COPY.create());
        copy.setId("apikey-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        // In the browser, on the click itself (the clipboard wants the user's gesture): the clipboard
        // API, or where that is not allowed (plain http) the field's text selected and copied.
        copy.getElement().executeJs("""
                const field = $0;
                this.addEventListener('click', () => {
                  const select = () => { field.inputElement.select(); document.execCommand('copy'); };
                  if (navigator.clipboard && window.isSecureContext) {
                    navigator.clipboard.writeText(field.value).catch(select);
                  } else {
                    select();
                  }
                });""", key.getElement());
        copy.addClickListener(e -> {
            copy.setText(getTranslation("portal.keys.copied"));
            copy.setIcon(VaadinIcon.CHECK.create());
        });
        key.setSuffixComponent(copy);
        add(new Paragraph(getTranslation("portal.keys.created.text")), key);
        Button done = new Button(getTranslation("portal.keys.close"), e -> close());
        done.setId("apikey-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    /** The form's bean: the name and the expiry date typed. */
    static final class Request {

        private @Nullable String name;
        private @Nullable LocalDate expiryDate;

        @Nullable
        String getName() {
            return name;
        }

        void setName(@Nullable String name) {
            this.name = name;
        }

        @Nullable
        LocalDate getExpiryDate() {
            return expiryDate;
        }

        void setExpiryDate(@Nullable LocalDate expiryDate) {
            this.expiryDate = expiryDate;
        }
    }

    /** Dutch dates, with Dutch messages for a date it cannot read or that lies before today. */
    private static final class ExpiryField extends DutchDatePicker {

        ExpiryField() {
            super("");
        }

        @Override
        protected void onAttach(AttachEvent attachEvent) {
            super.onAttach(attachEvent);
            setI18n(getI18n()
                    .setBadInputErrorMessage(getTranslation("portal.keys.expiry.invalid"))
                    .setMinErrorMessage(getTranslation("portal.keys.expiry.past")));
        }
    }
}
