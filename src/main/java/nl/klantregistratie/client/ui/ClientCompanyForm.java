package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.Registration;

/** Klant-bedrijf: Bedrijf, Adressen, Contact, Notities. */
class ClientCompanyForm extends Div implements RegistrationForm<ClientCompany> {

    private final Binder<ClientCompany> binder = new Binder<>(ClientCompany.class);
    private final AddressForm vestigingsadres;
    private final AddressForm postadres;
    private final FieldErrors errors = new FieldErrors();

    ClientCompanyForm(AddressLookup addressLookup) {
        vestigingsadres = new AddressForm("vestigingsadres", getTranslation("company.vestigingsadres"), addressLookup);
        postadres = new AddressForm("postadres", getTranslation("company.postadres"), addressLookup);
        addClassName("registration-form");
        TextField statutaireNaam = MaxLengths.apply(
                CommonFields.text(this, "company.statutaireNaam", "statutaireNaam"),
                ClientCompany.class,
                "statutaireNaam");
        statutaireNaam.setRequiredIndicatorVisible(true);
        TextField handelsnaam = MaxLengths.apply(
                CommonFields.text(this, "company.handelsnaam", "handelsnaam"), ClientCompany.class, "handelsnaam");
        Select<LegalForm> rechtsvorm = new Select<>();
        rechtsvorm.setLabel(getTranslation("company.rechtsvorm"));
        rechtsvorm.setId("rechtsvorm");
        rechtsvorm.setItems(LegalForm.values());
        rechtsvorm.setItemLabelGenerator(form -> form == null ? "" : getTranslation(form.translationKey()));
        rechtsvorm.setRequiredIndicatorVisible(true);
        TextField kvkNummer = CommonFields.text(this, "company.kvkNummer", "kvkNummer");
        kvkNummer.setMaxLength(12);
        TextField zoeknaam = CommonFields.zoeknaam(this);
        TextField telefoon = MaxLengths.apply(
                CommonFields.text(this, "company.telefoon", "telefoon"), ClientCompany.class, "telefoon");
        TextField email = CommonFields.email(this, "company.email", "email");
        TextField website =
                MaxLengths.apply(CommonFields.text(this, "company.website", "website"), ClientCompany.class, "website");
        Checkbox zelfdePostadres = new Checkbox(getTranslation("company.postadresZelfde"));
        zelfdePostadres.setId("postadresZelfde");
        zelfdePostadres.addValueChangeListener(e -> postadres.setVisible(!e.getValue()));
        TextArea notities = CommonFields.notities(this);

        binder.forField(statutaireNaam).bind(ClientCompany::getStatutaireNaam, ClientCompany::setStatutaireNaam);
        binder.forField(handelsnaam).bind(ClientCompany::getHandelsnaam, ClientCompany::setHandelsnaam);
        binder.forField(rechtsvorm).bind(ClientCompany::getRechtsvorm, ClientCompany::setRechtsvorm);
        binder.forField(kvkNummer).bind(ClientCompany::getKvkNummer, ClientCompany::setKvkNummer);
        binder.forField(zoeknaam).bind(Registration::getZoeknaam, Registration::setZoeknaam);
        binder.forField(telefoon).bind(ClientCompany::getTelefoon, ClientCompany::setTelefoon);
        binder.forField(email).bind(ClientCompany::getEmail, ClientCompany::setEmail);
        binder.forField(website).bind(ClientCompany::getWebsite, ClientCompany::setWebsite);
        binder.forField(zelfdePostadres)
                .bind(
                        ClientCompany::isPostadresZelfdeAlsVestigingsadres,
                        ClientCompany::setPostadresZelfdeAlsVestigingsadres);
        binder.forField(notities).bind(Registration::getNotities, Registration::setNotities);

        errors.add("statutaireNaam", statutaireNaam)
                .add("handelsnaam", handelsnaam)
                .add("rechtsvorm", rechtsvorm)
                .add("kvkNummer", kvkNummer)
                .add("zoeknaam", zoeknaam)
                .add("telefoon", telefoon)
                .add("email", email)
                .add("website", website)
                .add("notities", notities)
                .addAll("vestigingsadres", vestigingsadres.errors())
                .addAll("postadres", postadres.errors());

        FormLayout company = new FormLayout(statutaireNaam, handelsnaam, rechtsvorm, kvkNummer, zoeknaam);
        company.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        FormLayout contact = new FormLayout(telefoon, email, website);
        contact.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        postadres.setVisible(false);
        add(
                new CardSection("section-bedrijf", getTranslation("section.bedrijf"), company),
                new CardSection(
                        "section-adressen",
                        getTranslation("section.adressen"),
                        vestigingsadres,
                        zelfdePostadres,
                        postadres),
                new CardSection("section-contact", getTranslation("section.contact"), contact),
                new CardSection("section-notities", getTranslation("section.notities"), notities));
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void read(ClientCompany company) {
        binder.readBean(company);
        vestigingsadres.read(company.getVestigingsadres());
        postadres.read(company.getPostadres());
        postadres.setVisible(!company.isPostadresZelfdeAlsVestigingsadres());
    }

    @Override
    public boolean write(ClientCompany company) {
        boolean ok = binder.writeBeanIfValid(company);
        ok &= vestigingsadres.write(company.getVestigingsadres());
        ok &= postadres.write(company.getPostadres());
        return ok;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        vestigingsadres.setReadOnly(readOnly);
        postadres.setReadOnly(readOnly);
    }

    @Override
    public boolean hasChanges() {
        return binder.hasChanges() || vestigingsadres.hasChanges() || postadres.hasChanges();
    }

    @Override
    public FieldErrors errors() {
        return errors;
    }
}
