package nl.klantregistratie.correspondence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.correspondence.AddressOption;
import nl.klantregistratie.correspondence.Correspondence;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.correspondence.HiddenAddress;
import nl.klantregistratie.correspondence.MailAddresses;
import nl.klantregistratie.correspondence.MailDraft;
import nl.klantregistratie.correspondence.MailStatus;

/**
 * "Acties → Nieuwe e-mail" on a card: the addresses the service allows for this registration
 * (docs/domain.md R8, R9), a note for each privé address the rules hide (R10), subject and body. The
 * message is filed in the klantdossier and sent; a refusal of the input keeps the dialog open with
 * everything typed, and a failed sending is reported with its reason (the message is stored).
 */
public class NewMailDialog extends Dialog {

    private final CorrespondenceService correspondence;
    private final long registrationId;
    private final Runnable onFiled;
    private final ComboBox<AddressOption> to = new ComboBox<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Binder<MailDraft> binder = new Binder<>(MailDraft.class);
    private final FieldErrors errors = new FieldErrors();
    private final Div hiddenNotes = new Div();

    public NewMailDialog(CorrespondenceService correspondence, Registration registration, Runnable onFiled) {
        this.correspondence = correspondence;
        this.registrationId = registration.getId();
        this.onFiled = onFiled;
        setId("mail-dialog");
        // A half-written message is not thrown away by Esc or a click beside the dialog: Annuleren closes it.
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("mail.dialog.title", registration.getDisplayName()));
        setWidth("44em");

        MailAddresses addresses = correspondence.addresses(registrationId);
        to.setId("mail-to");
        to.setLabel(getTranslation("mail.to"));
        to.setPlaceholder(getTranslation("mail.to.placeholder"));
        to.setItems(addresses.options());
        to.setItemLabelGenerator(option -> getTranslation(
                "mail.to.option",
                option.recipientName(),
                option.address(),
                getTranslation(option.kind().translationKey())));
        to.setWidthFull();
        if (addresses.options().size() == 1) {
            to.setValue(addresses.options().getFirst());
        }
        subject.setId("mail-subject");
        subject.setLabel(getTranslation("mail.subject"));
        subject.setWidthFull();
        MaxLengths.apply(subject, Correspondence.class, "subject");
        body.setId("mail-body");
        body.setLabel(getTranslation("mail.body"));
        MaxLengths.apply(body, Correspondence.class, "body");
        body.setWidthFull();
        body.setMinHeight("12em");
        binder.forField(to).bind(MailDraft::getTo, MailDraft::setTo);
        binder.forField(subject).bind(MailDraft::getSubject, MailDraft::setSubject);
        binder.forField(body).bind(MailDraft::getBody, MailDraft::setBody);
        errors.add("toAddress", to).add("subject", subject).add("body", body);

        hiddenNotes.setId("mail-hidden");
        hiddenNotes.addClassName("mail-hidden");
        showHidden(addresses);
        VerticalLayout content = new VerticalLayout(to, hiddenNotes, subject, body);
        content.setPadding(false);
        add(content);

        Button send = new Button(getTranslation("mail.send"), e -> send());
        send.setId("mail-send");
        send.setDisableOnClick(true); // one message per click, also while the mail server answers slowly
        send.addClickListener(e -> send.setEnabled(true));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("mail-cancel");
        getFooter().add(cancel, send);
    }

    /** R10: which privé addresses exist but are not offered, and why; or that there is none at all. */
    private void showHidden(MailAddresses addresses) {
        Div notes = hiddenNotes;
        notes.removeAll();
        if (addresses.options().isEmpty()) {
            Div none = new Div(getTranslation("mail.none"));
            none.setId("mail-none");
            notes.add(none);
        }
        for (HiddenAddress hidden : addresses.hidden()) {
            Div note = new Div(
                    getTranslation(hidden.reason().translationKey(), hidden.recipientName(), hidden.headName()));
            note.addClassName("mail-hidden-note");
            notes.add(note);
        }
        notes.setVisible(notes.getComponentCount() > 0);
    }

    /**
     * The addresses may have changed since the dialog opened (a hoofd switched its e-mailvoorkeur):
     * offer the current ones and keep what was typed.
     */
    private void refreshAddresses() {
        MailAddresses addresses = correspondence.addresses(registrationId);
        AddressOption chosen = to.getValue();
        to.setItems(addresses.options());
        to.setValue(addresses.options().contains(chosen) ? chosen : null);
        showHidden(addresses);
    }

    private void send() {
        errors.clear();
        MailDraft draft = new MailDraft();
        binder.writeBeanIfValid(draft);
        Correspondence filed;
        try {
            filed = correspondence.send(registrationId, draft);
        } catch (ConstraintViolationException e) {
            List<String> unplaced = errors.show(e.getConstraintViolations(), this);
            Notifications.error(String.join(" ", getTranslation("validation.fix"), String.join(" ", unplaced))
                    .strip());
            return;
        } catch (DomainException e) {
            Notifications.refused(e);
            refreshAddresses();
            return;
        }
        close();
        onFiled.run();
        if (filed.getStatus() == MailStatus.VERZONDEN) {
            Notifications.success(getTranslation("mail.sent", filed.getRecipientName()));
        } else {
            Notifications.error(getTranslation(
                    "mail.notsent",
                    filed.getRecipientName(),
                    getTranslation(filed.getFailureKey() == null ? "mail.failure.send" : filed.getFailureKey())));
        }
    }
}
