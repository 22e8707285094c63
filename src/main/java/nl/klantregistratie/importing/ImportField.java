package nl.klantregistratie.importing;

import static nl.klantregistratie.client.RegistrationKind.BEDRIJF;
import static nl.klantregistratie.client.RegistrationKind.CONTACT;
import static nl.klantregistratie.client.RegistrationKind.PERSOON;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.Salutation;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the import layout (docs/decisions/0019): for each, its header as the templates and
 * the export write it, the other headers offices use for it (Dutch and English, compared without
 * case, accents, spaces and punctuation), the kinds of registration it belongs to, and how it is
 * read from and written to a registration of each kind. One table serves import, template, export
 * and the mapping screen, so a file exported here imports unchanged.
 *
 * <p>Some columns mean the same for several kinds: "E-mail" is a person's privé e-mail and a
 * company's e-mail; "Straat" … "Land" are a person's woonadres and a company's vestigingsadres.
 */
public enum ImportField {
    TYPE("Type", Set.of(PERSOON, BEDRIJF, CONTACT), "soort", "soort registratie", "registratietype", "kind"),
    KLANTNUMMER(
            "Klantnummer",
            Set.of(PERSOON, BEDRIJF, CONTACT),
            "klantnr",
            "klant nr",
            "relatienummer",
            "relatienr",
            "debiteurnummer",
            "client number",
            "customer number",
            "customer id"),
    ZOEKNAAM("Zoeknaam", all(Registration::getZoeknaam, Registration::setZoeknaam), "search name", "sorteernaam"),
    AANHEF(
            "Aanhef",
            person(p -> choiceName(p.getAanhef()), (p, cell) -> p.setAanhef(salutation(cell))),
            "salutation",
            "titulatuur"),
    TITEL("Titel", person(PersonalData::getTitel, PersonalData::setTitel), "title", "titels"),
    VOORLETTERS(
            "Voorletters", person(PersonalData::getVoorletters, PersonalData::setVoorletters), "initialen", "initials"),
    VOORNAMEN(
            "Voornamen",
            person(PersonalData::getVoornamen, PersonalData::setVoornamen),
            "voornaam",
            "first name",
            "first names",
            "given name",
            "given names"),
    ROEPNAAM("Roepnaam", person(PersonalData::getRoepnaam, PersonalData::setRoepnaam), "nickname", "known as"),
    TUSSENVOEGSEL(
            "Tussenvoegsel",
            person(PersonalData::getTussenvoegsel, PersonalData::setTussenvoegsel),
            "tussenvoegsels",
            "voorvoegsel",
            "voorvoegsels",
            "tussenv",
            "prefix",
            "infix"),
    ACHTERNAAM(
            "Achternaam",
            person(PersonalData::getAchternaam, PersonalData::setAchternaam),
            "familienaam",
            "geslachtsnaam",
            "last name",
            "lastname",
            "surname",
            "family name"),
    GEBOORTEDATUM(
            "Geboortedatum",
            person(
                    p -> ImportValues.formatDate(p.getGeboortedatum()),
                    (p, cell) -> p.setGeboortedatum(ImportValues.parseDate(cell))),
            "geb datum",
            "gebdatum",
            "geboren",
            "geboren op",
            "date of birth",
            "birth date",
            "birthdate",
            "dob"),
    STRAAT("Straat", mainAddress(Address::getStraat, Address::setStraat), "straatnaam", "street", "adres"),
    HUISNUMMER(
            "Huisnummer",
            mainAddress(a -> number(a.getHuisnummer()), (a, cell) -> a.setHuisnummer(ImportValues.parseInteger(cell))),
            "huisnr",
            "nr",
            "house number"),
    HUISLETTER("Huisletter", mainAddress(Address::getHuisletter, Address::setHuisletter), "house letter"),
    TOEVOEGING(
            "Toevoeging",
            mainAddress(Address::getToevoeging, Address::setToevoeging),
            "huisnummertoevoeging",
            "huisnr toevoeging",
            "addition",
            "suffix"),
    POSTCODE(
            "Postcode",
            mainAddress(Address::getPostcode, Address::setPostcode),
            "pc",
            "zip",
            "zipcode",
            "zip code",
            "postal code",
            "post code"),
    PLAATS(
            "Plaats",
            mainAddress(Address::getPlaats, Address::setPlaats),
            "woonplaats",
            "vestigingsplaats",
            "stad",
            "city",
            "town"),
    LAND("Land", mainAddress(Address::getLand, Address::setLand), "landcode", "country", "country code"),
    CORRESPONDENTIE_STRAAT("Correspondentieadres straat", secondPersonAddress(Address::getStraat, Address::setStraat)),
    CORRESPONDENTIE_HUISNUMMER(
            "Correspondentieadres huisnummer",
            secondPersonAddress(
                    a -> number(a.getHuisnummer()), (a, cell) -> a.setHuisnummer(ImportValues.parseInteger(cell)))),
    CORRESPONDENTIE_HUISLETTER(
            "Correspondentieadres huisletter", secondPersonAddress(Address::getHuisletter, Address::setHuisletter)),
    CORRESPONDENTIE_TOEVOEGING(
            "Correspondentieadres toevoeging", secondPersonAddress(Address::getToevoeging, Address::setToevoeging)),
    CORRESPONDENTIE_POSTCODE(
            "Correspondentieadres postcode", secondPersonAddress(Address::getPostcode, Address::setPostcode)),
    CORRESPONDENTIE_PLAATS("Correspondentieadres plaats", secondPersonAddress(Address::getPlaats, Address::setPlaats)),
    CORRESPONDENTIE_LAND("Correspondentieadres land", secondPersonAddress(Address::getLand, Address::setLand)),
    EMAIL(
            "E-mail",
            emails(),
            "email",
            "e-mailadres",
            "emailadres",
            "mail",
            "privé e-mail",
            "prive email",
            "e-mail privé",
            "private email",
            "email address"),
    MOBIEL(
            "Mobiel",
            person(PersonalData::getPriveMobiel, PersonalData::setPriveMobiel),
            "privé mobiel",
            "mobiel nummer",
            "mobiele telefoon",
            "gsm",
            "mobile",
            "mobile phone",
            "cell phone"),
    TELEFOON(
            "Telefoon", phones(), "telefoonnummer", "tel", "privé telefoon", "prive telefoon", "phone", "phone number"),
    EMAILVOORKEUR("E-mailvoorkeur", emailPreference(), "email voorkeur", "mailvoorkeur", "email preference"),
    BSN("BSN", Set.of(PERSOON), "burgerservicenummer", "sofinummer", "sofi nummer", "citizen service number"),
    ZAKELIJK_EMAIL(
            "Zakelijk e-mail",
            businessEmails(),
            "zakelijke e-mail",
            "e-mail zakelijk",
            "email werk",
            "werk e-mail",
            "business email",
            "work email"),
    STATUTAIRE_NAAM(
            "Statutaire naam",
            company(ClientCompany::getStatutaireNaam, ClientCompany::setStatutaireNaam),
            "bedrijfsnaam",
            "naam bedrijf",
            "company name",
            "legal name",
            "registered name"),
    HANDELSNAAM(
            "Handelsnaam",
            company(ClientCompany::getHandelsnaam, ClientCompany::setHandelsnaam),
            "trade name",
            "trading name"),
    RECHTSVORM(
            "Rechtsvorm",
            company(c -> choiceName(c.getRechtsvorm()), (c, cell) -> c.setRechtsvorm(legalForm(cell))),
            "legal form",
            "ondernemingsvorm"),
    KVK_NUMMER(
            "KvK-nummer",
            company(ClientCompany::getKvkNummer, ClientCompany::setKvkNummer),
            "kvk",
            "kvk nr",
            "kvknummer",
            "coc",
            "coc number",
            "chamber of commerce number"),
    WEBSITE(
            "Website",
            company(ClientCompany::getWebsite, ClientCompany::setWebsite),
            "web",
            "url",
            "internet",
            "homepage"),
    POSTADRES_STRAAT("Postadres straat", postAddress(Address::getStraat, Address::setStraat)),
    POSTADRES_HUISNUMMER(
            "Postadres huisnummer",
            postAddress(a -> number(a.getHuisnummer()), (a, cell) -> a.setHuisnummer(ImportValues.parseInteger(cell)))),
    POSTADRES_HUISLETTER("Postadres huisletter", postAddress(Address::getHuisletter, Address::setHuisletter)),
    POSTADRES_TOEVOEGING("Postadres toevoeging", postAddress(Address::getToevoeging, Address::setToevoeging)),
    POSTADRES_POSTCODE("Postadres postcode", postAddress(Address::getPostcode, Address::setPostcode)),
    POSTADRES_PLAATS("Postadres plaats", postAddress(Address::getPlaats, Address::setPlaats)),
    POSTADRES_LAND("Postadres land", postAddress(Address::getLand, Address::setLand)),
    BEDRIJF_KLANTNUMMER(
            "Klantnummer bedrijf",
            Set.of(CONTACT),
            "bedrijf klantnummer",
            "klantnummer klant-bedrijf",
            "company number"),
    BEDRIJF_KVK_NUMMER("KvK-nummer bedrijf", Set.of(CONTACT), "bedrijf kvk", "kvk bedrijf", "company coc"),
    BEDRIJF_NAAM(
            "Bedrijf",
            Set.of(CONTACT),
            "klant-bedrijf",
            "klantbedrijf",
            "bedrijfsnaam",
            "naam bedrijf",
            "company",
            "organisatie",
            "organisation",
            "organization",
            "werkgever"),
    /** The klantnummer of the hoofd a contactpersoon follows: a koppeling (R4, R7). */
    HEAD_KLANTNUMMER(
            "Klantnummer hoofd",
            Set.of(CONTACT),
            "hoofd klantnummer",
            "hoofdcontactpersoon",
            "klantnummer hoofdcontactpersoon",
            "gekoppeld aan",
            "head number"),
    FUNCTIE(
            "Functie",
            contact(
                    c -> c.getBusiness().getFunctie(),
                    (c, cell) -> c.getBusiness().setFunctie(cell)),
            "function",
            "job title",
            "role"),
    AFDELING(
            "Afdeling",
            contact(
                    c -> c.getBusiness().getAfdeling(),
                    (c, cell) -> c.getBusiness().setAfdeling(cell)),
            "department"),
    DIRECT_TELEFOON(
            "Direct telefoon",
            contact(
                    c -> c.getBusiness().getDirectTelefoon(),
                    (c, cell) -> c.getBusiness().setDirectTelefoon(cell)),
            "doorkiesnummer",
            "doorkies",
            "direct phone",
            "telefoon zakelijk",
            "work phone"),
    ZAKELIJK_MOBIEL(
            "Zakelijk mobiel",
            contact(
                    c -> c.getBusiness().getZakelijkMobiel(),
                    (c, cell) -> c.getBusiness().setZakelijkMobiel(cell)),
            "mobiel zakelijk",
            "mobiel werk",
            "work mobile",
            "business mobile"),
    TOEGANG_CLIENT_ONLINE(
            "Toegang Client-Online",
            contact(
                    c -> ImportValues.formatBoolean(c.getBusiness().isToegangClientOnline()),
                    (c, cell) -> c.getBusiness().setToegangClientOnline(ImportValues.parseBoolean(cell))),
            "client online",
            "clientonline",
            "pinkweb",
            "portaal",
            "portal access"),
    NOTITIES(
            "Notities",
            all(Registration::getNotities, Registration::setNotities),
            "notitie",
            "opmerkingen",
            "opmerking",
            "notes",
            "memo",
            "remarks");

    /** How a column is read from and written to a registration of one kind. */
    interface Access {
        String get(Registration registration);

        /** Writes a cell; an empty cell clears the value. Throws {@link ImportValues.CellException}. */
        void set(Registration registration, String cell);
    }

    private final String header;
    private final Map<RegistrationKind, Access> access;
    private final Set<RegistrationKind> kinds;
    private final Set<String> keys;

    ImportField(String header, Map<RegistrationKind, Access> access, String... aliases) {
        this(header, access, access.keySet(), aliases);
    }

    /** A column the import itself reads (type, klantnummer, BSN, the contactpersoon's klant-bedrijf). */
    ImportField(String header, Set<RegistrationKind> kinds, String... aliases) {
        this(header, Map.of(), kinds, aliases);
    }

    ImportField(String header, Map<RegistrationKind, Access> access, Set<RegistrationKind> kinds, String... aliases) {
        this.header = header;
        this.access = access.isEmpty() ? Map.of() : new EnumMap<>(access);
        this.kinds = kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
        Set<String> all = new HashSet<>();
        all.add(ImportValues.key(header));
        for (String alias : aliases) {
            all.add(ImportValues.key(alias));
        }
        this.keys = Set.copyOf(all);
    }

    /** The header as templates and the export write it. */
    public String header() {
        return header;
    }

    public boolean appliesTo(RegistrationKind kind) {
        return kinds.contains(kind);
    }

    Optional<Access> access(RegistrationKind kind) {
        return Optional.ofNullable(access.get(kind));
    }

    /** The columns a file of this kind must have to create registrations (a match by klantnummer needs none). */
    public static List<ImportField> required(RegistrationKind kind) {
        return switch (kind) {
            case PERSOON -> List.of(ACHTERNAAM);
            case BEDRIJF -> List.of(STATUTAIRE_NAAM, RECHTSVORM);
            case CONTACT -> List.of(ACHTERNAAM, BEDRIJF_NAAM);
        };
    }

    /** The columns of the layout for one kind, in the order of the templates and the export. */
    public static List<ImportField> layout(RegistrationKind kind) {
        List<ImportField> fields = new ArrayList<>();
        for (ImportField field : values()) {
            if (field != TYPE && field.appliesTo(kind)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * The field a header names, for a file of this kind (null: a file with a type column, any kind):
     * the first of the layout whose header or one of whose other names matches.
     */
    static Optional<ImportField> forHeader(String header, @Nullable RegistrationKind kind) {
        String key = ImportValues.key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (ImportField field : values()) {
            if (field.keys.contains(key) && (kind == null || field.appliesTo(kind))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    // ---- the kinds of access

    private static Map<RegistrationKind, Access> all(
            Function<Registration, @Nullable String> get, BiConsumer<Registration, @Nullable String> set) {
        Access access = access(get, set);
        return Map.of(PERSOON, access, BEDRIJF, access, CONTACT, access);
    }

    private static Map<RegistrationKind, Access> person(
            Function<PersonalData, @Nullable String> get, BiConsumer<PersonalData, @Nullable String> set) {
        Access access = access(
                r -> get.apply(((PersonRegistration) r).getPersonal()),
                (r, value) -> set.accept(((PersonRegistration) r).getPersonal(), value));
        return Map.of(PERSOON, access, CONTACT, access);
    }

    private static Map<RegistrationKind, Access> company(
            Function<ClientCompany, @Nullable String> get, BiConsumer<ClientCompany, @Nullable String> set) {
        return Map.of(
                BEDRIJF, access(r -> get.apply((ClientCompany) r), (r, value) -> set.accept((ClientCompany) r, value)));
    }

    private static Map<RegistrationKind, Access> contact(
            Function<ContactPerson, @Nullable String> get, BiConsumer<ContactPerson, @Nullable String> set) {
        return Map.of(
                CONTACT, access(r -> get.apply((ContactPerson) r), (r, value) -> set.accept((ContactPerson) r, value)));
    }

    /** A person's woonadres, a company's vestigingsadres. */
    private static Map<RegistrationKind, Access> mainAddress(
            Function<Address, @Nullable String> get, BiConsumer<Address, @Nullable String> set) {
        Access person = access(
                r -> get.apply(((PersonRegistration) r).getPersonal().getWoonadres()),
                (r, value) -> set.accept(((PersonRegistration) r).getPersonal().getWoonadres(), value));
        Access company = access(
                r -> get.apply(((ClientCompany) r).getVestigingsadres()),
                (r, value) -> set.accept(((ClientCompany) r).getVestigingsadres(), value));
        return Map.of(PERSOON, person, CONTACT, person, BEDRIJF, company);
    }

    /** A person's correspondentieadres: given, it is no longer the woonadres. */
    private static Map<RegistrationKind, Access> secondPersonAddress(
            Function<Address, @Nullable String> get, BiConsumer<Address, @Nullable String> set) {
        Access access = access(
                r -> {
                    PersonalData personal = ((PersonRegistration) r).getPersonal();
                    return personal.isCorrespondentieZelfdeAlsWoonadres()
                            ? null
                            : get.apply(personal.getCorrespondentieadres());
                },
                (r, value) -> {
                    PersonalData personal = ((PersonRegistration) r).getPersonal();
                    if (value != null) {
                        personal.setCorrespondentieZelfdeAlsWoonadres(false);
                    }
                    set.accept(personal.getCorrespondentieadres(), value);
                });
        return Map.of(PERSOON, access, CONTACT, access);
    }

    /** A company's postadres: given, it is no longer the vestigingsadres. */
    private static Map<RegistrationKind, Access> postAddress(
            Function<Address, @Nullable String> get, BiConsumer<Address, @Nullable String> set) {
        return Map.of(
                BEDRIJF,
                access(
                        r -> {
                            ClientCompany company = (ClientCompany) r;
                            return company.isPostadresZelfdeAlsVestigingsadres()
                                    ? null
                                    : get.apply(company.getPostadres());
                        },
                        (r, value) -> {
                            ClientCompany company = (ClientCompany) r;
                            if (value != null) {
                                company.setPostadresZelfdeAlsVestigingsadres(false);
                            }
                            set.accept(company.getPostadres(), value);
                        }));
    }

    private static Map<RegistrationKind, Access> emails() {
        Access person = access(
                r -> ((PersonRegistration) r).getPersonal().getPriveEmail(),
                (r, value) -> ((PersonRegistration) r).getPersonal().setPriveEmail(value));
        Access company = access(r -> ((ClientCompany) r).getEmail(), (r, value) -> ((ClientCompany) r).setEmail(value));
        return Map.of(PERSOON, person, CONTACT, person, BEDRIJF, company);
    }

    private static Map<RegistrationKind, Access> phones() {
        Access person = access(
                r -> ((PersonRegistration) r).getPersonal().getPriveTelefoon(),
                (r, value) -> ((PersonRegistration) r).getPersonal().setPriveTelefoon(value));
        Access company =
                access(r -> ((ClientCompany) r).getTelefoon(), (r, value) -> ((ClientCompany) r).setTelefoon(value));
        return Map.of(PERSOON, person, CONTACT, person, BEDRIJF, company);
    }

    private static Map<RegistrationKind, Access> businessEmails() {
        Access person = access(
                r -> ((ClientPerson) r).getZakelijkEmail(), (r, value) -> ((ClientPerson) r).setZakelijkEmail(value));
        Access contact = access(
                r -> ((ContactPerson) r).getBusiness().getZakelijkEmail(),
                (r, value) -> ((ContactPerson) r).getBusiness().setZakelijkEmail(value));
        return Map.of(PERSOON, person, CONTACT, contact);
    }

    private static Map<RegistrationKind, Access> emailPreference() {
        Access access = access(r -> choiceName(((PersonRegistration) r).getEmailvoorkeur()), (r, value) -> {
            EmailPreference preference = value == null
                    ? EmailPreference.ZAKELIJK
                    : ImportValues.parseChoice(value, EMAIL_PREFERENCES, "E-mailvoorkeur");
            ((PersonRegistration) r).setEmailvoorkeur(preference == null ? EmailPreference.ZAKELIJK : preference);
        });
        return Map.of(PERSOON, access, CONTACT, access);
    }

    private static Access access(
            Function<Registration, @Nullable String> get, BiConsumer<Registration, @Nullable String> set) {
        return new Access() {
            @Override
            public String get(Registration registration) {
                String value = get.apply(registration);
                return value == null ? "" : value;
            }

            @Override
            public void set(Registration registration, String cell) {
                set.accept(registration, ImportValues.text(cell).orElse(null));
            }
        };
    }

    private static @Nullable String number(@Nullable Integer number) {
        return number == null ? null : number.toString();
    }

    // ---- choices, by the names offices write them

    private static final Map<String, Salutation> SALUTATIONS = Map.ofEntries(
            Map.entry("dhr", Salutation.DHR),
            Map.entry("deheer", Salutation.DHR),
            Map.entry("heer", Salutation.DHR),
            Map.entry("mr", Salutation.DHR),
            Map.entry("m", Salutation.DHR),
            Map.entry("man", Salutation.DHR),
            Map.entry("mevr", Salutation.MEVR),
            Map.entry("mevrouw", Salutation.MEVR),
            Map.entry("mw", Salutation.MEVR),
            Map.entry("mrs", Salutation.MEVR),
            Map.entry("ms", Salutation.MEVR),
            Map.entry("v", Salutation.MEVR),
            Map.entry("vrouw", Salutation.MEVR),
            Map.entry("neutraal", Salutation.NEUTRAAL),
            Map.entry("neutral", Salutation.NEUTRAAL),
            Map.entry("x", Salutation.NEUTRAAL));

    private static final Map<String, LegalForm> LEGAL_FORMS = legalForms();

    private static final Map<String, EmailPreference> EMAIL_PREFERENCES = Map.of(
            "zakelijk", EmailPreference.ZAKELIJK,
            "business", EmailPreference.ZAKELIJK,
            "werk", EmailPreference.ZAKELIJK,
            "prive", EmailPreference.PRIVE,
            "private", EmailPreference.PRIVE,
            "personal", EmailPreference.PRIVE);

    private static Map<String, LegalForm> legalForms() {
        Map<String, LegalForm> names = new HashMap<>();
        for (LegalForm form : LegalForm.values()) {
            names.put(ImportValues.key(form.name()), form);
        }
        names.put("besloten vennootschap".replace(" ", ""), LegalForm.BV);
        names.put("beslotenvennootschapbv", LegalForm.BV);
        names.put("naamlozevennootschap", LegalForm.NV);
        names.put("naamlozevennootschapnv", LegalForm.NV);
        names.put("vennootschaponderfirma", LegalForm.VOF);
        names.put("vennootschaponderfirmavof", LegalForm.VOF);
        names.put("commanditairevennootschap", LegalForm.CV);
        names.put("commanditairevennootschapcv", LegalForm.CV);
        names.put("cooperatieua", LegalForm.COOPERATIE);
        names.put("eenmanszaakzzp", LegalForm.EENMANSZAAK);
        names.put("zzp", LegalForm.EENMANSZAAK);
        names.put("anders", LegalForm.OVERIG);
        names.put("other", LegalForm.OVERIG);
        return Map.copyOf(names);
    }

    private static @Nullable Salutation salutation(@Nullable String cell) {
        return cell == null ? null : ImportValues.parseChoice(cell, SALUTATIONS, "Aanhef");
    }

    private static @Nullable LegalForm legalForm(@Nullable String cell) {
        return cell == null ? null : ImportValues.parseChoice(cell, LEGAL_FORMS, "Rechtsvorm");
    }

    /** A choice as the export writes it: Dhr., Mevr., Neutraal; BV, VOF; Zakelijk, Privé. */
    private static @Nullable String choiceName(@Nullable Enum<?> value) {
        if (value == null) {
            return null;
        }
        if (value == Salutation.DHR) {
            return "Dhr.";
        }
        if (value == Salutation.MEVR) {
            return "Mevr.";
        }
        if (value == EmailPreference.PRIVE) {
            return "Privé";
        }
        if (value == LegalForm.COOPERATIE) {
            return "Coöperatie";
        }
        if (value instanceof LegalForm && value.name().length() <= 3) {
            return value.name();
        }
        String name = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
