package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.Registration;

/**
 * Klant-persoon: sections Persoon, Adressen, Contact, Correspondentie, BSN and Notities. The BSN is
 * never put in a field unmasked: in read mode it shows masked with a "Toon" action (the card asks
 * the service, which records it); in edit mode a new BSN can be typed, empty keeps the current one.
 */
class ClientPersonForm extends Div implements RegistrationForm<ClientPerson> {

    private final Binder<ClientPerson> binder = new Binder<>(ClientPerson.class);
    private final PersonalDataForm personal;
    private final FieldErrors errors = new FieldErrors();
    private final Span maskedBsn = new Span();
    private final Button revealBsn;
    private final TextField bsn;
    private final HorizontalLayout bsnReadView;
    private boolean readOnly = true;
    private boolean hasBsn;
    /** The user chose "BSN wissen" (and confirmed): saving clears the stored BSN. */
    private boolean bsnCleared;

    private final Button clearBsn;

    ClientPersonForm(Runnable onRevealBsn, AddressLookup addressLookup) {
        addClassName("registration-form");
        personal = new PersonalDataForm(this, addressLookup);
        TextField zoeknaam = CommonFields.zoeknaam(this);
        TextField zakelijkEmail =
                CommonFields.email(this, "person.zakelijkEmail", "zakelijkEmail", ClientPerson.class, "zakelijkEmail");
        RadioButtonGroup<EmailPreference> emailvoorkeur = CommonFields.emailvoorkeur(this);
        TextArea notities = CommonFields.notities(this);

        binder.forField(zoeknaam).bind(Registration::getZoeknaam, Registration::setZoeknaam);
        binder.forField(zakelijkEmail).bind(ClientPerson::getZakelijkEmail, ClientPerson::setZakelijkEmail);
        binder.forField(emailvoorkeur).bind(ClientPerson::getEmailvoorkeur, ClientPerson::setEmailvoorkeur);
        binder.forField(notities).bind(Registration::getNotities, Registration::setNotities);

        bsn = new TextField(getTranslation("person.bsn"));
        bsn.setId("bsn");
        bsn.setMaxLength(11);
        maskedBsn.setId("bsn-masked");
        revealBsn = new Button(getTranslation("person.bsn.reveal"), e -> onRevealBsn.run());
        revealBsn.setId("bsn-reveal");
        revealBsn.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clearBsn = new Button(getTranslation("person.bsn.clear"), e -> confirmClearBsn());
        clearBsn.setId("bsn-clear");
        clearBsn.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        bsnReadView = new HorizontalLayout(new Span(getTranslation("person.bsn") + ":"), maskedBsn, revealBsn);
        bsnReadView.setAlignItems(FlexComponent.Alignment.BASELINE);

        errors.add("zoeknaam", zoeknaam)
                .add("zakelijkEmail", zakelijkEmail)
                .add("emailvoorkeur", emailvoorkeur)
                .add("notities", notities)
                .add("bsn", bsn)
                .addAll("personal", personal.errors());

        FormLayout contact = new FormLayout(zakelijkEmail);
        add(
                new CardSection(
                        "section-persoon", getTranslation("section.persoon"), personal.personSection(), zoeknaam),
                new CardSection("section-adressen", getTranslation("section.adressen"), personal.addressSection()),
                new CardSection(
                        "section-contact", getTranslation("section.contact"), personal.contactSection(), contact),
                new CardSection("section-correspondentie", getTranslation("section.correspondentie"), emailvoorkeur),
                new CardSection("section-bsn", getTranslation("section.bsn"), bsnReadView, bsn, clearBsn),
                new CardSection("section-notities", getTranslation("section.notities"), notities));
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void read(ClientPerson person) {
        binder.readBean(person);
        personal.read(person.getPersonal());
        hasBsn = person.hasBsn();
        maskedBsn.setText(hasBsn ? person.getMaskedBsn() : getTranslation("person.bsn.none"));
        bsnCleared = false;
        bsn.clear();
        bsn.setEnabled(true);
        bsn.setPlaceholder(hasBsn ? person.getMaskedBsn() : "");
        bsn.setHelperText(hasBsn ? getTranslation("person.bsn.keep") : null);
        updateBsnVisibility();
    }

    /** Clearing a BSN is asked first; it happens when the card is saved. */
    private void confirmClearBsn() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("clear-bsn-dialog");
        dialog.setHeader(getTranslation("person.bsn.clear.title"));
        dialog.setText(getTranslation("person.bsn.clear.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("person.bsn.clear"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            bsnCleared = true;
            bsn.clear();
            bsn.setEnabled(false);
            bsn.setPlaceholder("");
            bsn.setHelperText(getTranslation("person.bsn.cleared"));
            updateBsnVisibility();
        });
        dialog.open();
    }

    /** Shows the full BSN after the service recorded who asked for it. */
    void showBsn(String fullBsn) {
        maskedBsn.setText(fullBsn);
        revealBsn.setVisible(false);
    }

    @Override
    public boolean write(ClientPerson person) {
        boolean ok = binder.writeBeanIfValid(person);
        ok &= personal.write(person.getPersonal());
        if (bsnCleared) {
            person.setBsn(null);
        } else if (!bsn.isEmpty()) {
            person.setBsn(bsn.getValue());
        }
        return ok;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        binder.setReadOnly(readOnly);
        personal.setReadOnly(readOnly);
        updateBsnVisibility();
    }

    private void updateBsnVisibility() {
        bsnReadView.setVisible(readOnly);
        revealBsn.setVisible(readOnly && hasBsn);
        bsn.setVisible(!readOnly);
        clearBsn.setVisible(!readOnly && hasBsn && !bsnCleared);
    }

    @Override
    public boolean hasChanges() {
        return binder.hasChanges() || personal.hasChanges() || !bsn.isEmpty() || bsnCleared;
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
