package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import nl.klantregistratie.base.ui.DutchDatePicker;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Salutation;

/**
 * Privé gegevens: the fields a klant-persoon and a contactpersoon share (and a hoofd passes on).
 * Owns its binder and those of its two addresses; the card arranges its three sections.
 */
class PersonalDataForm {

    private final Binder<PersonalData> binder = new Binder<>(PersonalData.class);
    private final FieldErrors errors = new FieldErrors();
    private final AddressForm woonadres;
    private final AddressForm correspondentieadres;
    private final Checkbox zelfdeAdres;
    private final FormLayout personSection = new FormLayout();
    private final Div addressSection = new Div();
    private final FormLayout contactSection = new FormLayout();

    PersonalDataForm(Component context) {
        Select<Salutation> aanhef = new Select<>();
        aanhef.setLabel(context.getTranslation("person.aanhef"));
        aanhef.setItems(Salutation.values());
        aanhef.setItemLabelGenerator(
                salutation -> salutation == null ? "" : context.getTranslation(salutation.translationKey()));
        aanhef.setEmptySelectionAllowed(true);
        aanhef.setId("personal-aanhef");
        TextField titel = field(context, "person.titel", "personal-titel");
        TextField voorletters = field(context, "person.voorletters", "personal-voorletters");
        TextField voornamen = field(context, "person.voornamen", "personal-voornamen");
        TextField roepnaam = field(context, "person.roepnaam", "personal-roepnaam");
        TextField tussenvoegsel = field(context, "person.tussenvoegsel", "personal-tussenvoegsel");
        TextField achternaam = field(context, "person.achternaam", "personal-achternaam");
        achternaam.setRequiredIndicatorVisible(true);
        DutchDatePicker geboortedatum = new DutchDatePicker(context.getTranslation("person.geboortedatum"));
        geboortedatum.setId("personal-geboortedatum");
        geboortedatum.setMax(LocalDate.now());
        TextField priveEmail = field(context, "person.priveEmail", "personal-priveEmail");
        TextField priveMobiel = field(context, "person.priveMobiel", "personal-priveMobiel");
        TextField priveTelefoon = field(context, "person.priveTelefoon", "personal-priveTelefoon");

        woonadres = new AddressForm("woonadres");
        correspondentieadres = new AddressForm("correspondentieadres");
        zelfdeAdres = new Checkbox(context.getTranslation("person.correspondentieZelfde"));
        zelfdeAdres.setId("personal-correspondentieZelfde");
        zelfdeAdres.addValueChangeListener(e -> correspondentieadres.setVisible(!e.getValue()));

        binder.forField(aanhef).bind(PersonalData::getAanhef, PersonalData::setAanhef);
        binder.forField(titel).bind(PersonalData::getTitel, PersonalData::setTitel);
        binder.forField(voorletters).bind(PersonalData::getVoorletters, PersonalData::setVoorletters);
        binder.forField(voornamen).bind(PersonalData::getVoornamen, PersonalData::setVoornamen);
        binder.forField(roepnaam).bind(PersonalData::getRoepnaam, PersonalData::setRoepnaam);
        binder.forField(tussenvoegsel).bind(PersonalData::getTussenvoegsel, PersonalData::setTussenvoegsel);
        binder.forField(achternaam).bind(PersonalData::getAchternaam, PersonalData::setAchternaam);
        binder.forField(geboortedatum).bind(PersonalData::getGeboortedatum, PersonalData::setGeboortedatum);
        binder.forField(zelfdeAdres)
                .bind(
                        PersonalData::isCorrespondentieZelfdeAlsWoonadres,
                        PersonalData::setCorrespondentieZelfdeAlsWoonadres);
        binder.forField(priveEmail).bind(PersonalData::getPriveEmail, PersonalData::setPriveEmail);
        binder.forField(priveMobiel).bind(PersonalData::getPriveMobiel, PersonalData::setPriveMobiel);
        binder.forField(priveTelefoon).bind(PersonalData::getPriveTelefoon, PersonalData::setPriveTelefoon);

        errors.add("aanhef", aanhef)
                .add("titel", titel)
                .add("voorletters", voorletters)
                .add("voornamen", voornamen)
                .add("roepnaam", roepnaam)
                .add("tussenvoegsel", tussenvoegsel)
                .add("achternaam", achternaam)
                .add("geboortedatum", geboortedatum)
                .add("priveEmail", priveEmail)
                .add("priveMobiel", priveMobiel)
                .add("priveTelefoon", priveTelefoon)
                .addAll("woonadres", woonadres.errors())
                .addAll("correspondentieadres", correspondentieadres.errors());

        personSection.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        personSection.add(aanhef, titel, voorletters, voornamen, roepnaam, tussenvoegsel);
        personSection.add(achternaam, 2);
        personSection.add(geboortedatum);

        addressSection.add(
                new H4(context.getTranslation("person.woonadres")), woonadres, zelfdeAdres, correspondentieadres);
        correspondentieadres.setVisible(false);

        contactSection.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        contactSection.add(priveEmail, priveMobiel, priveTelefoon);
    }

    private static TextField field(Component context, String labelKey, String id) {
        TextField field = new TextField(context.getTranslation(labelKey));
        field.setId(id);
        return field;
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

    void read(PersonalData data) {
        binder.readBean(data);
        woonadres.read(data.getWoonadres());
        correspondentieadres.read(data.getCorrespondentieadres());
        correspondentieadres.setVisible(!data.isCorrespondentieZelfdeAlsWoonadres());
    }

    /** Writes the fields into the data; false (and the field marked) when a value cannot be converted. */
    boolean write(PersonalData data) {
        boolean ok = binder.writeBeanIfValid(data);
        ok &= woonadres.write(data.getWoonadres());
        ok &= correspondentieadres.write(data.getCorrespondentieadres());
        return ok;
    }

    boolean hasChanges() {
        return binder.hasChanges() || woonadres.hasChanges() || correspondentieadres.hasChanges();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        woonadres.setReadOnly(readOnly);
        correspondentieadres.setReadOnly(readOnly);
    }

    FieldErrors errors() {
        return errors;
    }
}
