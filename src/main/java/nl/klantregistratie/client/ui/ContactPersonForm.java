package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.client.BusinessContactData;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.SyncedField;
import org.jspecify.annotations.Nullable;

/** Contactpersoon: Privé gegevens, Bedrijfsgegevens (never synced), Correspondentie, Notities. */
class ContactPersonForm extends Div implements RegistrationForm<ContactPerson> {

    private final Binder<ContactPerson> binder = new Binder<>(ContactPerson.class);
    private final Binder<BusinessContactData> businessBinder = new Binder<>(BusinessContactData.class);
    private final PersonalDataForm personal;
    private final FieldErrors errors = new FieldErrors();
    private final Div lockNote = new Div();
    private final TextField zoeknaam;
    private boolean personalLocked;
    private boolean readOnly = true;

    ContactPersonForm(AddressLookup addressLookup) {
        addClassName("registration-form");
        personal = new PersonalDataForm(this, addressLookup);
        zoeknaam = CommonFields.zoeknaam(this);
        RadioButtonGroup<EmailPreference> emailvoorkeur = CommonFields.emailvoorkeur(this);
        TextArea notities = CommonFields.notities(this);
        binder.forField(zoeknaam).bind(Registration::getZoeknaam, Registration::setZoeknaam);
        binder.forField(emailvoorkeur).bind(ContactPerson::getEmailvoorkeur, ContactPerson::setEmailvoorkeur);
        binder.forField(notities).bind(Registration::getNotities, Registration::setNotities);

        TextField functie = MaxLengths.apply(
                CommonFields.text(this, "business.functie", "business-functie"), BusinessContactData.class, "functie");
        TextField afdeling = MaxLengths.apply(
                CommonFields.text(this, "business.afdeling", "business-afdeling"),
                BusinessContactData.class,
                "afdeling");
        TextField zakelijkEmail = CommonFields.email(
                this, "business.zakelijkEmail", "business-zakelijkEmail", BusinessContactData.class, "zakelijkEmail");
        TextField directTelefoon = MaxLengths.apply(
                CommonFields.text(this, "business.directTelefoon", "business-directTelefoon"),
                BusinessContactData.class,
                "directTelefoon");
        TextField zakelijkMobiel = MaxLengths.apply(
                CommonFields.text(this, "business.zakelijkMobiel", "business-zakelijkMobiel"),
                BusinessContactData.class,
                "zakelijkMobiel");
        Checkbox toegang = new Checkbox(getTranslation("business.toegangClientOnline"));
        toegang.setId("business-toegangClientOnline");
        businessBinder.forField(functie).bind(BusinessContactData::getFunctie, BusinessContactData::setFunctie);
        businessBinder.forField(afdeling).bind(BusinessContactData::getAfdeling, BusinessContactData::setAfdeling);
        businessBinder
                .forField(zakelijkEmail)
                .bind(BusinessContactData::getZakelijkEmail, BusinessContactData::setZakelijkEmail);
        businessBinder
                .forField(directTelefoon)
                .bind(BusinessContactData::getDirectTelefoon, BusinessContactData::setDirectTelefoon);
        businessBinder
                .forField(zakelijkMobiel)
                .bind(BusinessContactData::getZakelijkMobiel, BusinessContactData::setZakelijkMobiel);
        businessBinder
                .forField(toegang)
                .bind(BusinessContactData::isToegangClientOnline, BusinessContactData::setToegangClientOnline);

        errors.add("zoeknaam", zoeknaam)
                .add("emailvoorkeur", emailvoorkeur)
                .add("notities", notities)
                .add("business.functie", functie)
                .add("business.afdeling", afdeling)
                .add("business.zakelijkEmail", zakelijkEmail)
                .add("business.directTelefoon", directTelefoon)
                .add("business.zakelijkMobiel", zakelijkMobiel)
                .addAll("personal", personal.errors());

        FormLayout business = new FormLayout(functie, afdeling, zakelijkEmail, directTelefoon, zakelijkMobiel, toegang);
        business.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        lockNote.setId("personal-lock-note");
        lockNote.addClassName("lock-note");
        lockNote.setVisible(false);
        // The zoeknaam is the registration's own, never synced: outside the privé gegevens that a hoofd may lock.
        add(
                new CardSection(
                        "section-prive",
                        getTranslation("section.prive"),
                        lockNote,
                        personal.personSection(),
                        personal.addressSection(),
                        personal.contactSection()),
                new CardSection("section-bedrijf", getTranslation("section.bedrijf"), business),
                new CardSection("section-registratie", getTranslation("section.registratie"), zoeknaam),
                new CardSection("section-correspondentie", getTranslation("section.correspondentie"), emailvoorkeur),
                new CardSection("section-notities", getTranslation("section.notities"), notities));
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void read(ContactPerson contact) {
        binder.readBean(contact);
        businessBinder.readBean(contact.getBusiness());
        personal.read(contact.getPersonal());
    }

    @Override
    public boolean write(ContactPerson contact) {
        boolean ok = binder.writeBeanIfValid(contact);
        ok &= businessBinder.writeBeanIfValid(contact.getBusiness());
        ok &= personal.write(contact.getPersonal());
        return ok;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        binder.setReadOnly(readOnly);
        businessBinder.setReadOnly(readOnly);
        personal.setReadOnly(readOnly || personalLocked);
    }

    /** A volger's privé gegevens follow its hoofd (R5): read-only in every mode, with the note. */
    @Override
    public void lockPersonalData(@Nullable String note) {
        personalLocked = note != null;
        lockNote.setText(note == null ? "" : note);
        lockNote.setVisible(personalLocked);
        setReadOnly(readOnly);
    }

    @Override
    public void hintPersonalField(SyncedField field, @Nullable String hint) {
        personal.hint(field, hint);
    }

    @Override
    public boolean hasChanges() {
        return binder.hasChanges() || businessBinder.hasChanges() || personal.hasChanges();
    }

    /**
     * Privé gegevens and the rest refresh separately: a hoofd's change reaching this volger updates
     * the (read-only) privé gegevens while the user goes on typing bedrijfsgegevens. A zoeknaam that
     * follows the name follows it here too (a hoofd's new achternaam renames its volgers): that is
     * no conflict with what the user typed elsewhere.
     */
    @Override
    public boolean refresh(ContactPerson shown, ContactPerson fresh) {
        boolean personalChanged = !shown.getPersonal().equals(fresh.getPersonal());
        boolean zoeknaamChanged = !Objects.equals(shown.getZoeknaam(), fresh.getZoeknaam());
        boolean zoeknaamFollowsName = !fresh.isZoeknaamHandmatig()
                && Objects.equals(zoeknaam.getValue(), Objects.requireNonNullElse(shown.getZoeknaam(), ""));
        boolean restChanged = !shown.getBusiness().equals(fresh.getBusiness())
                || (zoeknaamChanged && !zoeknaamFollowsName)
                || !Objects.equals(shown.getNotities(), fresh.getNotities())
                || shown.getEmailvoorkeur() != fresh.getEmailvoorkeur();
        boolean restEdited = binder.hasChanges() || businessBinder.hasChanges();
        if ((personalChanged && personal.hasChanges()) || (restChanged && restEdited)) {
            return false;
        }
        if (personalChanged) {
            personal.read(fresh.getPersonal());
        }
        if (zoeknaamChanged && zoeknaamFollowsName && !restChanged) {
            zoeknaam.setValue(Objects.requireNonNullElse(fresh.getZoeknaam(), ""));
        }
        if (restChanged) {
            binder.readBean(fresh);
            businessBinder.readBean(fresh.getBusiness());
        }
        return true;
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
