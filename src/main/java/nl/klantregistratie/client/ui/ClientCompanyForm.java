package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ui.ChangesGrid;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.kvk.KvkAnswer;
import nl.klantregistratie.kvk.KvkLookup;
import nl.klantregistratie.kvk.KvkProfile;
import nl.klantregistratie.kvk.KvkUsage;
import org.jspecify.annotations.Nullable;

/** Klant-bedrijf: Bedrijf, Adressen, Contact, Notities. */
class ClientCompanyForm extends Div implements RegistrationForm<ClientCompany> {

    private final Binder<ClientCompany> binder = new Binder<>(ClientCompany.class);
    private final AddressForm vestigingsadres;
    private final AddressForm postadres;
    private final KvkLookup kvkLookup;
    private final boolean showKvkUsage;
    private final TextField statutaireNaam;
    private final TextField handelsnaam;
    private final ComboBox<LegalForm> rechtsvorm;
    private final TextField kvkNummer;
    private final Checkbox zelfdePostadres;
    private final Button kvkFetch;
    private @Nullable String lastKvkNumber;
    private @Nullable KvkAnswer lastKvkAnswer;
    private final FieldErrors errors = new FieldErrors();

    /** {@code showKvkUsage}: the KvK preview shows the month's queries (support staff). */
    ClientCompanyForm(AddressLookup addressLookup, KvkLookup kvkLookup, boolean showKvkUsage) {
        this.kvkLookup = kvkLookup;
        this.showKvkUsage = showKvkUsage;
        vestigingsadres = new AddressForm("vestigingsadres", getTranslation("company.vestigingsadres"), addressLookup);
        postadres = new AddressForm("postadres", getTranslation("company.postadres"), addressLookup);
        addClassName("registration-form");
        statutaireNaam = MaxLengths.apply(
                CommonFields.text(this, "company.statutaireNaam", "statutaireNaam"),
                ClientCompany.class,
                "statutaireNaam");
        statutaireNaam.setRequiredIndicatorVisible(true);
        handelsnaam = MaxLengths.apply(
                CommonFields.text(this, "company.handelsnaam", "handelsnaam"), ClientCompany.class, "handelsnaam");
        // a combo box rather than a select: Vaadin's select marks its button aria-required, which
        // ARIA does not allow on a button (vaadin/web-components#7337); typing "b" finds the bv too
        rechtsvorm = new ComboBox<>();
        rechtsvorm.setLabel(getTranslation("company.rechtsvorm"));
        rechtsvorm.setId("rechtsvorm");
        rechtsvorm.setItems(LegalForm.values());
        rechtsvorm.setItemLabelGenerator(form -> form == null ? "" : getTranslation(form.translationKey()));
        rechtsvorm.setRequiredIndicatorVisible(true);
        kvkNummer = CommonFields.text(this, "company.kvkNummer", "kvkNummer");
        kvkNummer.setMaxLength(12);
        kvkFetch = new Button(getTranslation("kvk.fetch"), e -> {
            try {
                fetchFromKvk();
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        kvkFetch.setDisableOnClick(true); // a double click must not spend two paid queries
        kvkFetch.setId("kvk-fetch");
        kvkFetch.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        kvkFetch.setVisible(false);
        kvkNummer.setSuffixComponent(kvkFetch);
        TextField zoeknaam = CommonFields.zoeknaam(this);
        TextField telefoon = MaxLengths.apply(
                CommonFields.text(this, "company.telefoon", "telefoon"), ClientCompany.class, "telefoon");
        TextField email = CommonFields.email(this, "company.email", "email", ClientCompany.class, "email");
        TextField website =
                MaxLengths.apply(CommonFields.text(this, "company.website", "website"), ClientCompany.class, "website");
        zelfdePostadres = new Checkbox(getTranslation("company.postadresZelfde"));
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

    /** Asks the KvK for the typed KvK-nummer and shows what taking its data over would change. */
    private void fetchFromKvk() {
        kvkNummer.setHelperComponent(null);
        kvkNummer.setInvalid(false);
        if (!DutchNumbers.isValidKvkNummer(kvkNummer.getValue())) {
            kvkNummer.setErrorMessage(getTranslation("validation.kvk"));
            kvkNummer.setInvalid(true);
            return;
        }
        String number = DutchNumbers.normalizeKvkNummer(kvkNummer.getValue());
        // the KvK charges per query: the same number again in this form is answered from the last time
        KvkAnswer answer =
                number.equals(lastKvkNumber) && lastKvkAnswer != null ? lastKvkAnswer : kvkLookup.find(number);
        if (answer instanceof KvkAnswer.Found || answer instanceof KvkAnswer.Unknown) {
            lastKvkNumber = number;
            lastKvkAnswer = answer;
        }
        switch (answer) {
            case KvkAnswer.Found found -> {
                List<KvkPreviewDialog.Proposal> proposals = proposals(found.profile());
                if (proposals.isEmpty()) {
                    kvkHint("kvk.same", found.usage());
                } else {
                    new KvkPreviewDialog(
                                    number,
                                    proposals,
                                    showKvkUsage ? found.usage() : null,
                                    () -> kvkHint("kvk.applied", null))
                            .open();
                }
            }
            case KvkAnswer.Unknown unknown -> kvkHint("kvk.unknown", unknown.usage());
            case KvkAnswer.CapReached reached ->
                kvkHint(getTranslation("kvk.cap", reached.usage().cap()));
            case KvkAnswer.Unavailable unavailable -> kvkHint("kvk.unavailable", null);
        }
    }

    /** The answer next to the KvK-nummer; for support staff with the month's count (a query was spent). */
    private void kvkHint(String key, @Nullable KvkUsage usage) {
        String text = getTranslation(key);
        if (usage != null && showKvkUsage) {
            text += " " + getTranslation("kvk.usage", usage.used(), usage.cap());
        }
        kvkHint(text);
    }

    private void kvkHint(String text) {
        Span hint = new Span(text);
        hint.setId("kvk-hint");
        kvkNummer.setHelperComponent(hint);
    }

    /** Each field the KvK's data would change; a value the KvK does not give changes nothing. */
    private List<KvkPreviewDialog.Proposal> proposals(KvkProfile profile) {
        List<KvkPreviewDialog.Proposal> proposals = new ArrayList<>();
        propose(proposals, statutaireNaam, "statutaireNaam", "company.statutaireNaam", profile.statutaireNaam());
        propose(
                proposals,
                handelsnaam,
                "handelsnaam",
                "company.handelsnaam",
                profile.handelsnamen().isEmpty() ? null : profile.handelsnamen().getFirst());
        LegalForm form = LegalForm.fromKvk(profile.rechtsvorm());
        if (form != null && form != rechtsvorm.getValue()) {
            proposals.add(new KvkPreviewDialog.Proposal(
                    new ChangesGrid.Change(
                            getTranslation("company.rechtsvorm"),
                            rechtsvorm.getValue() == null
                                    ? ""
                                    : getTranslation(rechtsvorm.getValue().translationKey()),
                            getTranslation(form.translationKey())),
                    () -> rechtsvorm.setValue(form)));
        }
        Address bezoek = address(profile.bezoekadres());
        if (bezoek != null && !bezoek.equals(vestigingsadres.current())) {
            proposals.add(new KvkPreviewDialog.Proposal(
                    new ChangesGrid.Change(
                            getTranslation("company.vestigingsadres"),
                            vestigingsadres.current().format(),
                            bezoek.format()),
                    () -> vestigingsadres.fill(bezoek)));
        }
        Address post = address(profile.correspondentieadres());
        if (post != null && !post.equals(bezoek)) {
            String now = zelfdePostadres.getValue()
                    ? getTranslation("company.postadresZelfde")
                    : postadres.current().format();
            if (zelfdePostadres.getValue() || !post.equals(postadres.current())) {
                proposals.add(new KvkPreviewDialog.Proposal(
                        new ChangesGrid.Change(getTranslation("company.postadres"), now, post.format()), () -> {
                            zelfdePostadres.setValue(false);
                            postadres.fill(post);
                        }));
            }
        }
        return proposals;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** Whether the KvK's value fits where it goes (its @Size), so taking it over cannot spoil the save. */
    private static boolean fits(@Nullable String value, Class<?> type, String property) {
        return value == null
                || MaxLengths.of(type, property).orElse(Integer.MAX_VALUE)
                        >= value.strip().length();
    }

    /** The KvK's value for a text field of the company (its {@code property}), where it fits and differs. */
    private void propose(
            List<KvkPreviewDialog.Proposal> proposals,
            TextField field,
            String property,
            String labelKey,
            @Nullable String kvk) {
        if (kvk != null
                && !kvk.isBlank()
                && fits(kvk, ClientCompany.class, property)
                && !kvk.strip().equals(field.getValue().strip())) {
            proposals.add(new KvkPreviewDialog.Proposal(
                    new ChangesGrid.Change(getTranslation(labelKey), field.getValue(), kvk.strip()),
                    () -> field.setValue(kvk.strip())));
        }
    }

    /** A Dutch address of the KvK as ours; null for none or a foreign one (whose land we cannot tell). */
    private static @Nullable Address address(KvkProfile.@Nullable KvkAddress kvk) {
        if (kvk == null
                || !kvk.dutch()
                || blank(kvk.straat())
                || kvk.huisnummer() == null
                || blank(kvk.postcode())
                || blank(kvk.plaats())
                || !fits(kvk.straat(), Address.class, "straat")
                || !fits(kvk.toevoeging(), Address.class, "toevoeging")
                || !fits(kvk.plaats(), Address.class, "plaats")) {
            return null; // a value the KvK does not give (or that does not fit) never empties or spoils a field
        }
        Address address = new Address();
        address.setStraat(kvk.straat());
        address.setHuisnummer(kvk.huisnummer());
        address.setHuisletter(kvk.huisletter());
        address.setToevoeging(kvk.toevoeging());
        address.setPostcode(kvk.postcode());
        address.setPlaats(kvk.plaats());
        return address;
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
        kvkFetch.setVisible(!readOnly && kvkLookup.enabled());
        if (readOnly) {
            kvkNummer.setHelperComponent(null);
        }
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
