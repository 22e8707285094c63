package nl.klantregistratie.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.link.LinkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The klantregistratie's rules in the service, whatever the caller. Runs on the embedded database
 * ({@link ClientServiceTest}) and on MariaDB ({@link ClientServiceMariaDbTest}).
 */
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
abstract class ClientServiceContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Test
    void createAssignsAKlantnummerAndDerivesTheZoeknaam() {
        ClientPerson saved = clients.save(TestData.person("Brüggen", "J.P.", "van der"));

        assertThat(saved.getKlantnummer()).isGreaterThanOrEqualTo(100001L);
        assertThat(saved.getZoeknaam()).isEqualTo("Brüggen, J.P. van der");
        assertThat(saved.getSearchKey()).isEqualTo("bruggen, j.p. van der");
        ClientPerson other = clients.save(TestData.person("Jansen", "K.", null));
        assertThat(other.getKlantnummer()).isNotEqualTo(saved.getKlantnummer());
    }

    @Test
    void searchFindsByKlantnummerAndByAccentInsensitivePrefix() {
        ClientPerson saved = clients.save(TestData.person("Çelik-Brüggemann", "A.", null));

        assertThat(names(clients.search(ClientSearch.klanten("celik-brugge"), PageRequest.of(0, 10))))
                .contains(saved.getZoeknaam());
        assertThat(names(clients.search(ClientSearch.klanten("ÇELIK"), PageRequest.of(0, 10))))
                .contains(saved.getZoeknaam());
        assertThat(clients.search(ClientSearch.klanten(saved.getKlantnummer().toString()), PageRequest.of(0, 10)))
                .extracting(RegistrationSummary::id)
                .containsExactly(saved.getId());
        assertThat(clients.search(ClientSearch.contactpersonen("celik"), PageRequest.of(0, 10)))
                .isEmpty();
    }

    /** Staff type the first digits of a klantnummer: those klanten come, by klantnummer, page by page. */
    @Test
    void searchFindsByTheFirstDigitsOfAKlantnummer() {
        long base = 7_123_450_000L + RUN.incrementAndGet() * 10_000L % 1_000_000L;
        List<Long> ids = new ArrayList<>();
        for (long number : List.of(base + 2, base + 1, base + 10_001)) {
            ClientPerson person = TestData.person("Nummer" + number, "N.", null);
            person.keepKlantnummer(number);
            ids.add(clients.save(person).getId());
        }
        String firstDigits = String.valueOf(base / 10); // nine of the ten digits

        assertThat(clients.search(ClientSearch.klanten(firstDigits), PageRequest.of(0, 10)))
                .extracting(RegistrationSummary::klantnummer)
                .containsExactly(base + 1, base + 2);
        assertThat(clients.search(ClientSearch.klanten(firstDigits), PageRequest.of(1, 1)))
                .extracting(RegistrationSummary::klantnummer)
                .containsExactly(base + 2);
        assertThat(clients.search(ClientSearch.klanten(String.valueOf(base + 10_001)), PageRequest.of(0, 10)))
                .extracting(RegistrationSummary::id)
                .containsExactly(ids.get(2));
    }

    @Test
    void aSearchRowShowsNameKindPlaats_andForAContactpersoonItsKlantBedrijfAndFunctie() {
        String name = "Zwaan" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientPerson person = TestData.person(name, "J.", "de");
        person.getPersonal().setTitel("mr.");
        person.getPersonal().setWoonadres(new Address("Dorpsstraat", 1, "1234 AB", "Utrecht"));
        person = clients.save(person);
        ClientCompany company = TestData.company(name + " Holding B.V.");
        company.setHandelsnaam(name + " Advies");
        company.setVestigingsadres(new Address("Kade", 2, "3511 AA", "Zeist"));
        company = clients.save(company);
        ContactPerson contact = TestData.contact(company, name, "K.");
        contact.getBusiness().setFunctie("Controller");
        contact = clients.save(contact);

        assertThat(clients.search(ClientSearch.klanten(name), PageRequest.of(0, 10)))
                .containsExactly(
                        new RegistrationSummary(
                                company.getId(),
                                company.getKlantnummer(),
                                name + " Advies",
                                RegistrationKind.BEDRIJF,
                                name + " Advies",
                                "Zeist",
                                null,
                                null,
                                RegistrationSummary.Link.NONE),
                        new RegistrationSummary(
                                person.getId(),
                                person.getKlantnummer(),
                                name + ", J. de",
                                RegistrationKind.PERSOON,
                                "mr. J. de " + name,
                                "Utrecht",
                                null,
                                null,
                                RegistrationSummary.Link.NONE));
        assertThat(clients.search(ClientSearch.contactpersonen(name), PageRequest.of(0, 10)))
                .containsExactly(new RegistrationSummary(
                        contact.getId(),
                        contact.getKlantnummer(),
                        name + ", K.",
                        RegistrationKind.CONTACT,
                        "K. " + name,
                        null,
                        name + " Advies",
                        "Controller",
                        RegistrationSummary.Link.NONE));
    }

    /** A likely typo in a common mail domain is suggested in the form, never refused: the address may be right. */
    @Test
    void anAddressAtALikelyMistypedDomainIsSaved() {
        ClientPerson person = TestData.person("Gmial" + TestData.uniqueSuffix(RUN.incrementAndGet()), "J.", null);
        person.getPersonal().setPriveEmail("jan@gmial.com");

        assertThat(clients.save(person).getPersonal().getPriveEmail()).isEqualTo("jan@gmial.com");
    }

    /** The Contactpersonen list says who is hoofd and who volger, and filters on it. */
    @Test
    void contactPersonsShowAndFilterTheirPlaceInTheLinks() {
        String name = "Koppel" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientCompany company = clients.save(TestData.company(name + " B.V."));
        ContactPerson head = clients.save(TestData.contact(company, name, "A."));
        ContactPerson follower = clients.save(TestData.contact(company, name, "B."));
        ContactPerson alone = clients.save(TestData.contact(company, name, "C."));
        links.link(follower.getId(), follower.getVersion(), head.getId());

        assertThat(clients.search(ClientSearch.contactpersonen(name), PageRequest.of(0, 10)))
                .extracting(RegistrationSummary::id, RegistrationSummary::link)
                .containsExactlyInAnyOrder(
                        tuple(head.getId(), RegistrationSummary.Link.HEAD),
                        tuple(follower.getId(), RegistrationSummary.Link.FOLLOWER),
                        tuple(alone.getId(), RegistrationSummary.Link.NONE));
        assertThat(ids(ClientSearch.LinkFilter.HEADS, name)).containsExactly(head.getId());
        assertThat(ids(ClientSearch.LinkFilter.FOLLOWERS, name)).containsExactly(follower.getId());
        assertThat(ids(ClientSearch.LinkFilter.UNLINKED, name)).containsExactly(alone.getId());
        assertThat(ids(ClientSearch.LinkFilter.FOLLOWERS, String.valueOf(follower.getKlantnummer())))
                .as("by klantnummer too")
                .containsExactly(follower.getId());
        assertThat(ids(ClientSearch.LinkFilter.HEADS, String.valueOf(follower.getKlantnummer())))
                .isEmpty();
    }

    private List<Long> ids(ClientSearch.LinkFilter filter, String text) {
        return clients.search(ClientSearch.contactpersonen(text, filter), PageRequest.of(0, 10)).stream()
                .map(RegistrationSummary::id)
                .toList();
    }

    @Test
    void searchPagesInTheRequestedOrderWithinTheRequestedKinds() {
        String name = "Mol" + TestData.uniqueSuffix(RUN.incrementAndGet());
        List<Long> persons = new ArrayList<>();
        for (String initials : List.of("A.", "B.", "C.", "D.", "E.")) {
            persons.add(clients.save(TestData.person(name, initials, null)).getId());
        }
        clients.save(TestData.company(name + " B.V."));
        ClientSearch onlyPersons = new ClientSearch(name, EnumSet.of(RegistrationKind.PERSOON));

        assertThat(clients.search(onlyPersons, PageRequest.of(0, 2)))
                .extracting(RegistrationSummary::id)
                .containsExactly(persons.get(0), persons.get(1));
        assertThat(clients.search(onlyPersons, PageRequest.of(1, 2)))
                .extracting(RegistrationSummary::id)
                .containsExactly(persons.get(2), persons.get(3));
        assertThat(clients.search(
                        onlyPersons,
                        PageRequest.of(
                                0, 3, Sort.by(ClientService.SORT_KLANTNUMMER).descending())))
                .extracting(RegistrationSummary::id)
                .containsExactly(persons.get(4), persons.get(3), persons.get(2));
        assertThat(clients.search(ClientSearch.klanten(name), PageRequest.of(0, 10)))
                .hasSize(6);
        assertThat(clients.search(
                        new ClientSearch(name, EnumSet.noneOf(RegistrationKind.class)), PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    void invalidInputIsRefusedWithTheFieldItConcerns() {
        ClientPerson person = TestData.person("Visser", "E.", null);
        person.setBsn("123456789");
        person.getPersonal().setWoonadres(new Address("Dorpsstraat", 1, "1234 SS", "Utrecht"));
        person.getPersonal().setPriveMobiel("06-123");
        person.getPersonal().setPriveEmail("geen-mail");
        person.getPersonal().setGeboortedatum(LocalDate.now().plusDays(1));

        assertThatThrownBy(() -> clients.save(person))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(paths(e))
                                .containsExactlyInAnyOrder(
                                        "bsn",
                                        "personal.woonadres.postcode",
                                        "personal.priveMobiel",
                                        "personal.priveEmail",
                                        "personal.geboortedatum"));
        assertThat(person.getKlantnummer()).isNull();
    }

    @Test
    void anIncompleteAddressNamesTheMissingFields() {
        ClientPerson person = TestData.person("Visser", "E.", null);
        person.getPersonal().getWoonadres().setPlaats("Utrecht");

        assertThatThrownBy(() -> clients.save(person))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(paths(e))
                                .containsExactlyInAnyOrder(
                                        "personal.woonadres.straat",
                                        "personal.woonadres.huisnummer",
                                        "personal.woonadres.postcode"));
    }

    @Test
    void controlAndDirectionCharactersAreRefusedOnTheFieldThatHoldsThem() {
        ClientPerson person = TestData.person("Ver\u202Emeulen", "A.\u200BB.", null);
        person.getPersonal().setTitel("mr.\u0000");
        person.getPersonal().setVoornamen("Anna\tBeatrix");
        person.getPersonal().setRoepnaam("An\u2066na\u2069");
        person.getPersonal().setTussenvoegsel("van\u00A0der\u0085");
        person.setZoeknaam("Vermeulen\u200F, A.");
        Address address = new Address("Kerk\nstraat", 7, "10115\u001B", "Utrecht\u007F");
        address.setLand("DE");
        address.setToevoeging("bis\uFEFF");
        person.getPersonal().setWoonadres(address);
        person.setNotities("Belt liever 's ochtends.\u202D");

        assertThatThrownBy(() -> clients.save(person))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(violations(e))
                                .containsExactlyInAnyOrder(
                                        "personal.achternaam {validation.plaintext}",
                                        "personal.voorletters {validation.plaintext}",
                                        "personal.titel {validation.plaintext}",
                                        "personal.voornamen {validation.plaintext}",
                                        "personal.roepnaam {validation.plaintext}",
                                        "personal.tussenvoegsel {validation.plaintext}",
                                        "zoeknaam {validation.plaintext}",
                                        "personal.woonadres.straat {validation.plaintext}",
                                        "personal.woonadres.toevoeging {validation.plaintext}",
                                        "personal.woonadres.postcode {validation.plaintext}",
                                        "personal.woonadres.plaats {validation.plaintext}",
                                        "notities {validation.plaintext.multiline}"));
        assertThat(person.getKlantnummer()).isNull();
    }

    @Test
    void aKlantBedrijfAndAContactpersoonRefuseThemToo() {
        ClientCompany company = TestData.company("Bakkerij\nDe Korenschoof B.V.");
        company.setHandelsnaam("\u202EDe Korenschoof");
        company.setWebsite("https://korenschoof.nl/\u0000");
        company.setPostadresZelfdeAlsVestigingsadres(false);
        company.setPostadres(new Address("Postbus\t12", 12, "3511 AB", "Utrecht"));

        assertThatThrownBy(() -> clients.save(company))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(paths(e))
                                .containsExactlyInAnyOrder(
                                        "statutaireNaam", "handelsnaam", "website", "postadres.straat"));

        ClientCompany saved = clients.save(TestData.company("Bakkerij De Korenschoof B.V."));
        ContactPerson contact = TestData.contact(saved, "Pietersen", "P.");
        contact.getBusiness().setFunctie("Controller\u0007");
        contact.getBusiness().setAfdeling("\u200EFinanci\u00EBn");
        assertThatThrownBy(() -> clients.save(contact))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(paths(e)).containsExactlyInAnyOrder("business.functie", "business.afdeling"));
    }

    @Test
    void aNameWithADirectionCharacterIsReportedOnTheName_notOnTheZoeknaamNobodyTyped() {
        ClientPerson person = TestData.person("Jan\u202Esen", "K.", null);

        assertThatThrownBy(() -> clients.save(person))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(paths(e)).containsExactly("personal.achternaam"));
    }

    @Test
    void notitiesMayHoldLineBreaksAndTabs_andNamesAccentsApostrophesAndEmoji() {
        ClientPerson person =
                TestData.person("d'Hondt-\u00C7elik" + TestData.uniqueSuffix(RUN.incrementAndGet()), "Z.", "van 't");
        person.getPersonal().setVoornamen("Zo\u00EB \uD83D\uDE00");
        person.setNotities("Eerste regel\n\tingesprongen\r\nlaatste regel");

        ClientPerson saved = clients.getPerson(clients.save(person).getId());
        assertThat(saved.getNotities()).isEqualTo("Eerste regel\n\tingesprongen\r\nlaatste regel");
        assertThat(saved.getPersonal().getVoornamen()).isEqualTo("Zo\u00EB \uD83D\uDE00");
    }

    @Test
    void aLongNameGivesAZoeknaamCutBeforeACharacterBeyondTheBasicPlane_neverInsideIt() {
        String start = "Holding" + TestData.uniqueSuffix(RUN.incrementAndGet());
        start = start + "a".repeat(SearchKeys.MAX_LENGTH - 1 - start.length());
        String name = start + "\uD83D\uDE00 B.V.";

        ClientCompany saved = clients.save(TestData.company(name));

        assertThat(saved.getZoeknaam()).isEqualTo(start);
    }

    @Test
    void aForeignAddressIsNotHeldToTheDutchPostcodeRule() {
        ClientPerson person = TestData.person("Müller", "H.", null);
        Address address = new Address("Hauptstraße", 5, "10115", "Berlin");
        address.setLand("DE");
        person.getPersonal().setWoonadres(address);

        assertThat(clients.save(person).getPersonal().getWoonadres().getPostcode())
                .isEqualTo("10115");
    }

    @Test
    void aHuisletterIsStoredInCapitals() {
        ClientPerson person = TestData.person("Jong", "A.", "de");
        Address woonadres = new Address("Kerkstraat", 7, "3511 AB", "Utrecht");
        woonadres.setHuisletter(" a ");
        woonadres.setToevoeging("2");
        person.getPersonal().setWoonadres(woonadres);
        person.getPersonal().setCorrespondentieZelfdeAlsWoonadres(false);
        Address postbus = new Address("Postbus", 12, "3500 AA", "Utrecht");
        postbus.setHuisletter("b");
        person.getPersonal().setCorrespondentieadres(postbus);
        ClientCompany company = TestData.company("Bakkerij Jong");
        Address vestiging = new Address("Kade", 2, "3511 AA", "Zeist");
        vestiging.setHuisletter("c");
        company.setVestigingsadres(vestiging);

        ClientPerson storedPerson = clients.getPerson(clients.save(person).getId());
        ClientCompany storedCompany = clients.getCompany(clients.save(company).getId());

        assertThat(storedPerson.getPersonal().getWoonadres().getHuisletter()).isEqualTo("A");
        assertThat(storedPerson.getPersonal().getWoonadres().format()).isEqualTo("Kerkstraat 7A-2, 3511 AB Utrecht");
        assertThat(storedPerson.getPersonal().getCorrespondentieadres().getHuisletter())
                .isEqualTo("B");
        assertThat(storedCompany.getVestigingsadres().getHuisletter()).isEqualTo("C");
    }

    @Test
    void postcodeAndPhoneNumbersAreNormalised() {
        ClientPerson person = TestData.person("Jong", "A.", "de");
        person.getPersonal().setWoonadres(new Address("Kerkstraat", 3, "3511ab", "Utrecht"));
        person.getPersonal().setPriveMobiel("0612345678");

        ClientPerson saved = clients.save(person);
        assertThat(saved.getPersonal().getWoonadres().getPostcode()).isEqualTo("3511 AB");
        assertThat(saved.getPersonal().getPriveMobiel()).isEqualTo("+31 6 12345678");
    }

    @Test
    void eMailAddressesAreStoredTrimmedAndInLowerCase() {
        ClientPerson person = TestData.person("Jong", "A.", "de");
        person.getPersonal().setPriveEmail("  A.de.Jong@Thuis.NL ");
        person.setZakelijkEmail("Anne@DeJong-Advies.nl");
        long personId = clients.save(person).getId();
        ClientCompany company = TestData.company("Bakkerij Jong");
        company.setEmail("Info@Bakkerij-Jong.NL");
        company = clients.save(company);
        ContactPerson contact = TestData.contact(company, "Jong", "A.");
        contact.getBusiness().setZakelijkEmail("A.Jong@Bakkerij-Jong.NL");
        long contactId = clients.save(contact).getId();

        ClientPerson storedPerson = clients.getPerson(personId);
        assertThat(storedPerson.getPersonal().getPriveEmail()).isEqualTo("a.de.jong@thuis.nl");
        assertThat(storedPerson.getZakelijkEmail()).isEqualTo("anne@dejong-advies.nl");
        assertThat(clients.getCompany(company.getId()).getEmail()).isEqualTo("info@bakkerij-jong.nl");
        assertThat(clients.getContact(contactId).getBusiness().getZakelijkEmail())
                .isEqualTo("a.jong@bakkerij-jong.nl");
    }

    @Test
    void anEMailAddressWithATypoInItsDomainIsRefusedWithTheDutchMessageOnItsField() {
        ClientPerson person = TestData.person("Jong", "A.", "de");
        person.getPersonal().setPriveEmail("a.de.jong@thuis.n");
        person.setZakelijkEmail("anne@192.0.2.1");
        ClientCompany company = TestData.company("Bakkerij Jong");
        company.setEmail("info@[192.0.2.1]");
        ContactPerson contact = TestData.contact(clients.save(TestData.company("Bakkerij Jong")), "Jong", "A.");
        contact.getBusiness().setZakelijkEmail("a.jong@bakkerij-jong.l");

        String message = "Geen geldig e-mailadres: na de @ hoort een domeinnaam zoals voorbeeld.nl (geen IP-adres,"
                + " geen extensie van één letter).";
        assertThat(dutchMessages(() -> clients.save(person)))
                .containsExactlyInAnyOrder("personal.priveEmail: " + message, "zakelijkEmail: " + message);
        assertThat(dutchMessages(() -> clients.save(company))).containsExactly("email: " + message);
        assertThat(dutchMessages(() -> clients.save(contact))).containsExactly("business.zakelijkEmail: " + message);
    }

    @Test
    void eMailAddressesThatMailServersDeliverAreAccepted() {
        String unique = TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientPerson person = TestData.person("Murphy" + unique, "S.", null);
        person.getPersonal().setPriveEmail("S.OBrien+belasting@Mail.Example.IE");
        person.setZakelijkEmail("o'brien@kantoor-2.accountants");
        ClientCompany company = TestData.company("Müller" + unique + " GmbH");
        company.setEmail("Info@Müller.de");

        ClientPerson storedPerson = clients.getPerson(clients.save(person).getId());
        assertThat(storedPerson.getPersonal().getPriveEmail()).isEqualTo("s.obrien+belasting@mail.example.ie");
        assertThat(storedPerson.getZakelijkEmail()).isEqualTo("o'brien@kantoor-2.accountants");
        assertThat(clients.getCompany(clients.save(company).getId()).getEmail()).isEqualTo("info@müller.de");
    }

    @Test
    void aSecondSaveOnAnOldVersionIsRefused() {
        ClientPerson saved = clients.save(TestData.person("De Vries", "M.", null));
        ClientPerson mine = clients.getPerson(saved.getId());
        ClientPerson theirs = clients.getPerson(saved.getId());

        theirs.getPersonal().setRoepnaam("Mies");
        clients.save(theirs);
        mine.getPersonal().setRoepnaam("Marie");

        assertThatThrownBy(() -> clients.save(mine)).isInstanceOf(RegistrationChangedException.class);
        assertThat(clients.getPerson(saved.getId()).getPersonal().getRoepnaam()).isEqualTo("Mies");
    }

    @Test
    void revealingTheBsnIsRecorded() {
        ClientPerson person = TestData.person("Bakker", "T.", null);
        person.setBsn("111222333");
        ClientPerson saved = clients.save(person);

        assertThat(saved.getMaskedBsn()).isEqualTo("******333");
        assertThat(clients.revealBsn(saved.getId())).isEqualTo("111222333");
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void supportReadsWhoRevealedABsn() {
        ClientPerson person = TestData.person("Smit", "L.", null);
        person.setBsn("111222333");
        ClientPerson saved = clients.save(person);
        clients.revealBsn(saved.getId());

        assertThat(clients.bsnReveals(
                        new BsnRevealQuery(null, saved.getKlantnummer(), null, null), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(reveal -> {
                    assertThat(reveal.username()).isEqualTo("support");
                    assertThat(reveal.naam()).isEqualTo("L. Smit");
                });
        assertThat(clients.bsnReveals(
                        new BsnRevealQuery("iemand-anders", saved.getKlantnummer(), null, null), PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    void othersCannotReadTheRevealLog() {
        assertThatThrownBy(() -> clients.bsnReveals(BsnRevealQuery.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aCompanyWithContactpersonenCannotBeDeleted() {
        ClientCompany company = clients.save(TestData.company("Bakkerij De Korenschoof B.V."));
        clients.save(TestData.contact(company, "Pietersen", "P."));

        assertThatThrownBy(() -> clients.delete(company.getId(), company.getVersion()))
                .isInstanceOf(DeletionRefusedException.class);
    }

    @Test
    @WithMockUser(
            username = "nobody",
            roles = {})
    void withoutARoleNothingIsAllowed() {
        assertThatThrownBy(() -> clients.search(ClientSearch.klanten(""), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static List<String> names(List<RegistrationSummary> found) {
        return found.stream().map(RegistrationSummary::zoeknaam).toList();
    }

    /** "path: message" of each violation of the save, in Dutch as the form shows it. */
    private static List<String> dutchMessages(Runnable save) {
        TranslationProvider translations = new TranslationProvider();
        try {
            save.run();
        } catch (ConstraintViolationException e) {
            return e.getConstraintViolations().stream()
                    .map(violation -> {
                        String template = violation.getMessageTemplate();
                        String key = template.substring(1, template.length() - 1);
                        return violation.getPropertyPath() + ": "
                                + translations.getTranslation(key, TranslationProvider.DUTCH);
                    })
                    .toList();
        }
        throw new AssertionError("the save was not refused");
    }

    /** "path {template}" of each violation. */
    private static List<String> violations(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
                .toList();
    }

    private static List<String> paths(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .toList();
    }
}
