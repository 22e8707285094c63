package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ui.DutchDatePicker;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Salutation;
import nl.klantregistratie.client.SyncedField;
import org.jspecify.annotations.Nullable;

/**
 * Privé gegevens: the fields a klant-persoon and a contactpersoon share (and a hoofd passes on).
 * Owns its binder and those of its two addresses; the card arranges its three sections.
 */
class PersonalDataForm {

    private final Binder<PersonalData> binder = new Binder<>(PersonalData.class);
    /** The component of each synced field ({@link SyncedField}): binding, errors and locking derive from it. */
    private final Map<SyncedField, HasValue<?, ?>> fields = new EnumMap<>(SyncedField.class);

    private final Map<SyncedField, AddressForm> addresses = new EnumMap<>(SyncedField.class);
    private final FieldErrors errors = new FieldErrors();
    private final AddressForm woonadres;
    private final AddressForm correspondentieadres;
    private final Checkbox zelfdeAdres;
    private final FormLayout personSection = new FormLayout();
    private final Div addressSection = new Div();
    private final FormLayout contactSection = new FormLayout();

    PersonalDataForm(Component context, AddressLookup addressLookup) {
        Select<Salutation> aanhef = new Select<>();
        aanhef.setLabel(context.getTranslation("person.aanhef"));
        aanhef.setItems(Salutation.values());
        aanhef.setItemLabelGenerator(
                salutation -> salutation == null ? "" : context.getTranslation(salutation.translationKey()));
        aanhef.setEmptySelectionAllowed(true);
        aanhef.setId("personal-aanhef");
        TextField titel = MaxLengths.apply(
                CommonFields.text(context, "person.titel", "personal-titel"), PersonalData.class, "titel");
        TextField voorletters = MaxLengths.apply(
                CommonFields.text(context, "person.voorletters", "personal-voorletters"),
                PersonalData.class,
                "voorletters");
        TextField voornamen = MaxLengths.apply(
                CommonFields.text(context, "person.voornamen", "personal-voornamen"), PersonalData.class, "voornamen");
        TextField roepnaam = MaxLengths.apply(
                CommonFields.text(context, "person.roepnaam", "personal-roepnaam"), PersonalData.class, "roepnaam");
        TextField tussenvoegsel = MaxLengths.apply(
                CommonFields.text(context, "person.tussenvoegsel", "personal-tussenvoegsel"),
                PersonalData.class,
                "tussenvoegsel");
        TextField achternaam = MaxLengths.apply(
                CommonFields.text(context, "person.achternaam", "personal-achternaam"),
                PersonalData.class,
                "achternaam");
        achternaam.setRequiredIndicatorVisible(true);
        DutchDatePicker geboortedatum = new DutchDatePicker(context.getTranslation("person.geboortedatum"));
        geboortedatum.setId("personal-geboortedatum");
        geboortedatum.setMax(LocalDate.now());
        TextField priveEmail = CommonFields.email(
                context, "person.priveEmail", "personal-priveEmail", PersonalData.class, "priveEmail");
        TextField priveMobiel = MaxLengths.apply(
                CommonFields.text(context, "person.priveMobiel", "personal-priveMobiel"),
                PersonalData.class,
                "priveMobiel");
        TextField priveTelefoon = MaxLengths.apply(
                CommonFields.text(context, "person.priveTelefoon", "personal-priveTelefoon"),
                PersonalData.class,
                "priveTelefoon");

        woonadres = new AddressForm("woonadres", context.getTranslation("person.woonadres"), addressLookup);
        correspondentieadres = new AddressForm(
                "correspondentieadres", context.getTranslation("person.correspondentieadres"), addressLookup);
        zelfdeAdres = new Checkbox(context.getTranslation("person.correspondentieZelfde"));
        zelfdeAdres.setId("personal-correspondentieZelfde");
        zelfdeAdres.addValueChangeListener(e -> correspondentieadres.setVisible(!e.getValue()));

        fields.put(SyncedField.AANHEF, aanhef);
        fields.put(SyncedField.TITEL, titel);
        fields.put(SyncedField.VOORLETTERS, voorletters);
        fields.put(SyncedField.VOORNAMEN, voornamen);
        fields.put(SyncedField.ROEPNAAM, roepnaam);
        fields.put(SyncedField.TUSSENVOEGSEL, tussenvoegsel);
        fields.put(SyncedField.ACHTERNAAM, achternaam);
        fields.put(SyncedField.GEBOORTEDATUM, geboortedatum);
        fields.put(SyncedField.CORRESPONDENTIE_ZELFDE, zelfdeAdres);
        fields.put(SyncedField.PRIVE_EMAIL, priveEmail);
        fields.put(SyncedField.PRIVE_MOBIEL, priveMobiel);
        fields.put(SyncedField.PRIVE_TELEFOON, priveTelefoon);
        addresses.put(SyncedField.WOONADRES, woonadres);
        addresses.put(SyncedField.CORRESPONDENTIEADRES, correspondentieadres);
        for (SyncedField field : SyncedField.values()) {
            AddressForm address = addresses.get(field);
            if (address != null) {
                errors.addAll(field.property(), address.errors());
                continue;
            }
            HasValue<?, ?> component = fields.get(field);
            if (component == null) {
                throw new IllegalStateException("The form has no field for " + field);
            }
            bind(field, component);
            errors.add(field.property(), (HasValidation) component);
        }

        personSection.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        personSection.add(aanhef, titel, voorletters, voornamen, roepnaam, tussenvoegsel);
        personSection.add(achternaam, 2);
        personSection.add(geboortedatum);

        addressSection.add(woonadres, zelfdeAdres, correspondentieadres);
        correspondentieadres.setVisible(false);

        contactSection.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        contactSection.add(priveEmail, priveMobiel, priveTelefoon);
    }

    Component personSection() {
        return personSection;
    }

    Component addressSection() {
        return addressSection;
    }

    Component contactSection() {
        return contactSection;
    }

    /** Binds the field's component to the field, as {@link SyncedField} reads and writes it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void bind(SyncedField field, HasValue component) {
        binder.forField(component)
                .bind(data -> field.get((PersonalData) data), (data, value) -> field.set((PersonalData) data, value));
    }

    void read(PersonalData data) {
        binder.readBean(data);
        addresses.forEach((field, form) -> form.read((Address) field.get(data)));
        correspondentieadres.setVisible(!data.isCorrespondentieZelfdeAlsWoonadres());
    }

    /** Writes the fields into the data; false (and the field marked) when a value cannot be converted. */
    boolean write(PersonalData data) {
        boolean ok = binder.writeBeanIfValid(data);
        for (Map.Entry<SyncedField, AddressForm> address : addresses.entrySet()) {
            ok &= address.getValue().write((Address) address.getKey().get(data));
        }
        return ok;
    }

    boolean hasChanges() {
        return binder.hasChanges() || addresses.values().stream().anyMatch(AddressForm::hasChanges);
    }

    /** Sets the helper line of one field (not an address), or clears it with null. */
    void hint(SyncedField field, @Nullable String hint) {
        if (fields.get(field) instanceof HasHelper helped) {
            helped.setHelperText(hint);
        }
    }

    /** Every synced field read-only, or editable (a volger's are locked: R5). */
    void setReadOnly(boolean readOnly) {
        for (SyncedField field : SyncedField.values()) {
            if (addresses.containsKey(field)) {
                addresses.get(field).setReadOnly(readOnly);
            } else {
                fields.get(field).setReadOnly(readOnly);
            }
        }
    }

    FieldErrors errors() {
        return errors;
    }
}
