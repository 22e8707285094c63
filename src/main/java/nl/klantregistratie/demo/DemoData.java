package nl.klantregistratie.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.klantregistratie.base.validation.PhoneNumbers;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.BusinessContactData;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.SystemWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the {@code demo} profile: on an empty klantregistratie, about 300 klant-personen,
 * 120 klant-bedrijven and 400 contactpersonen with realistic Dutch names, addresses and numbers.
 * Generated from a fixed seed, so every run gives the same data.
 *
 * <p>Many contactpersonen are the same real person as a klant-persoon (~150 copy its privé
 * gegevens, some with the small differences a real office has) or as each other (~40 persons at
 * 2–3 klant-bedrijven), without being linked: work for the hoofd/volger link feature to show.
 *
 * <p>{@link Generator} builds everything in memory; it is then saved through {@link ClientService}, so it
 * is validated like user input. When a save fails, what this run saved is deleted again: all or nothing.
 * Skipped when {@code klantregistratie.demo-data.enabled} is false or when any registration exists.
 */
@Component
@Profile("demo")
@Order(1) // after DemoUsers (@Order(0))
class DemoData implements ApplicationRunner {

    static final long SEED = 20_250_611L;
    static final int PERSONS = 300;
    static final int COMPANIES = 120;
    static final int CONTACTS = 400;
    /** Contactpersonen that copy the privé gegevens of a klant-persoon (including multi-company ones). */
    static final int CONTACTS_COPYING_A_PERSON = 150;
    /** Persons registered as contactpersoon at 2–3 klant-bedrijven: half klant-persoon, half not. */
    static final int PERSONS_AT_SEVERAL_COMPANIES = 40;

    private static final String SYSTEM_USER = "system:demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ClientService clients;
    private final TransactionTemplate transactions;
    private final boolean enabled;

    DemoData(
            ClientService clients,
            PlatformTransactionManager transactionManager,
            @Value("${klantregistratie.demo-data.enabled:true}") boolean enabled) {
        this.clients = clients;
        this.transactions = new TransactionTemplate(transactionManager);
        this.enabled = enabled;
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        if (!enabled) {
            log.info("Demo data not generated: klantregistratie.demo-data.enabled=false");
            return;
        }
        SystemWork.as(SYSTEM_USER, Role.MEDEWERKER, () -> {
            generate();
            return null;
        });
    }

    private void generate() {
        if (registryHasData()) {
            log.info("Demo data not generated: the klantregistratie is not empty");
            return;
        }
        long start = System.nanoTime();
        Generator generator = new Generator(SEED);
        List<Klant> klanten = generator.build();
        List<Registration> saved = new ArrayList<>();
        try {
            save(klanten, saved);
        } catch (RuntimeException e) {
            // Demo data is a convenience: the application starts without it (DemoDataTest catches this).
            undo(saved);
            log.error("Demo data could not be generated; nothing was kept", e);
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info(
                "Demo data generated in {} ms: {} klant-personen, {} klant-bedrijven, {} contactpersonen "
                        + "({} copying a klant-persoon's privé gegevens, {} persons at 2-3 klant-bedrijven)",
                millis,
                count(saved, ClientPerson.class),
                count(saved, ClientCompany.class),
                count(saved, ContactPerson.class),
                generator.contactsCopyingAPerson,
                generator.personsAtSeveralCompanies);
    }

    private boolean registryHasData() {
        PageRequest first = PageRequest.of(0, 1);
        return !clients.search(ClientSearch.klanten(null), first).isEmpty()
                || !clients.search(ClientSearch.contactpersonen(null), first).isEmpty();
    }

    /**
     * Saves the klanten in order, a klant-bedrijf in one short transaction with its contactpersonen.
     * Not all in one transaction: ClientService.save flushes and queries the klantnummer sequence per
     * entity, which gets slower the more entities one transaction holds. {@link #undo} makes the run
     * all-or-nothing instead.
     */
    private void save(List<Klant> klanten, List<Registration> saved) {
        for (Klant klant : klanten) {
            if (klant.contacts().isEmpty()) {
                saved.add(clients.save(klant.klant()));
            } else {
                saved.addAll(Objects.requireNonNull(transactions.execute(status -> {
                    List<Registration> unit = new ArrayList<>();
                    unit.add(clients.save(klant.klant()));
                    klant.contacts().forEach(contact -> unit.add(clients.save(contact)));
                    return unit;
                })));
            }
        }
    }

    /** Deletes what a failed run saved, newest first (contactpersonen before their klant-bedrijf). */
    private void undo(List<Registration> saved) {
        for (Registration registration : saved.reversed()) {
            try {
                clients.delete(Objects.requireNonNull(registration.getId()), registration.getVersion());
            } catch (RuntimeException e) {
                log.warn("Demo data: could not remove {} after a failed run", registration, e);
            }
        }
    }

    private static long count(List<Registration> registrations, Class<? extends Registration> type) {
        return registrations.stream().filter(type::isInstance).count();
    }

    /** A klant to save: a klant-persoon, or a klant-bedrijf with its contactpersonen. */
    record Klant(Registration klant, List<ContactPerson> contacts) {}

    // ---------------------------------------------------------------------------------------------
    // Reference data: real Dutch places with their postcode range and netnummer, names, branches.
    // ---------------------------------------------------------------------------------------------

    private static final List<String> PERSON_NOTES = List.of(
            "Aangifte IB via machtiging bij de Belastingdienst.",
            "Heeft voorkeur voor telefonisch contact.",
            "Partner is ook klant bij ons kantoor.",
            "Jaarlijks gesprek in maart.",
            "Post graag naar het correspondentieadres.",
            "Toeslagen (huur- en zorgtoeslag) lopen via ons.");
    private static final List<String> COMPANY_NOTES = List.of(
            "Boekjaar gelijk aan kalenderjaar.",
            "Aangifte omzetbelasting per kwartaal.",
            "Jaarrekening uiterlijk 1 juni aanleveren.",
            "Loonadministratie loopt via ons kantoor.",
            "Aangifte omzetbelasting per maand.",
            "Gebroken boekjaar: 1 juli t/m 30 juni.",
            "Bankkoppeling actief.");

    /** A contactpersoon's place at its klant-bedrijf. */
    private record Position(String functie, @Nullable String afdeling, boolean leading, boolean financial) {}

    private static final Map<LegalForm, Integer> FORM_COUNTS = new EnumMap<>(Map.of(
            LegalForm.BV,
            42,
            LegalForm.EENMANSZAAK,
            24,
            LegalForm.VOF,
            14,
            LegalForm.STICHTING,
            10,
            LegalForm.VERENIGING,
            8,
            LegalForm.MAATSCHAP,
            6,
            LegalForm.CV,
            4,
            LegalForm.COOPERATIE,
            4,
            LegalForm.NV,
            3,
            LegalForm.OVERIG,
            5));

    // ---------------------------------------------------------------------------------------------
    // The generator: one instance per run, all randomness from one seeded Random.
    // ---------------------------------------------------------------------------------------------

    /** Builds the demo data in memory, without saving. The same seed gives the same data. */
    static final class Generator {

        private final Random random;
        private final Set<String> bsns = new HashSet<>();
        private final Set<String> kvkNummers = new HashSet<>();
        private final Set<String> emails = new HashSet<>();
        private final Set<String> domains = new HashSet<>();
        private final Set<String> companyNames = new HashSet<>();
        private int accentedTurn;
        int contactsCopyingAPerson;
        int personsAtSeveralCompanies;

        Generator(long seed) {
            this.random = new Random(seed);
        }

        /** A company's contact slots, filled in three passes before anything is saved. */
        private static final class Slot {
            final CompanyPlan company;
            final Position position;

            @Nullable
            Identity identity;

            Slot(CompanyPlan company, Position position) {
                this.company = company;
                this.position = position;
            }
        }

        private static final class CompanyPlan {
            final LegalForm form;
            final List<Slot> slots = new ArrayList<>();

            CompanyPlan(LegalForm form) {
                this.form = form;
            }
        }

        /** A real person behind one or more registrations; person is set when it is a klant-persoon. */
        private record Identity(
                PersonalData personal, @Nullable ClientPerson person) {}

        /** Klant-personen and klant-bedrijven (with their contactpersonen) in a mixed order, as a real office gets them. */
        List<Klant> build() {
            // 1. Klant-personen.
            List<ClientPerson> persons = new ArrayList<>();
            for (int i = 0; i < PERSONS; i++) {
                persons.add(newClientPerson(i % 25 == 7));
            }

            // 2. Klant-bedrijven with their contact slots.
            List<CompanyPlan> plans = new ArrayList<>();
            FORM_COUNTS.forEach(
                    (form, count) -> IntStream.range(0, count).forEach(i -> plans.add(new CompanyPlan(form))));
            Collections.shuffle(plans, random);
            int[] sizes = contactCounts(plans);
            List<Slot> slots = new ArrayList<>();
            for (int c = 0; c < plans.size(); c++) {
                CompanyPlan plan = plans.get(c);
                for (int p = 0; p < sizes[c]; p++) {
                    Slot slot = new Slot(plan, position(plan.form, p, sizes[c]));
                    plan.slots.add(slot);
                    slots.add(slot);
                }
            }

            // 3. Who fills each slot: persons at several companies, copies of klant-personen, new people.
            List<ClientPerson> candidates = new ArrayList<>(persons);
            Collections.shuffle(candidates, random);
            int nextCandidate = 0;
            int copies = 0;
            int severalHalf = PERSONS_AT_SEVERAL_COMPANIES / 2;
            for (int i = 0; i < PERSONS_AT_SEVERAL_COMPANIES; i++) {
                Identity identity;
                if (i < severalHalf) {
                    ClientPerson person = candidates.get(nextCandidate++);
                    identity = new Identity(person.getPersonal(), person);
                } else {
                    identity = new Identity(newPersonalData(random.nextInt(30) == 0), null);
                }
                int times = random.nextInt(5) < 3 ? 2 : 3;
                List<Slot> chosen = freeSlotsAtDistinctCompanies(slots, times, i < severalHalf);
                if (chosen.size() >= 2) {
                    personsAtSeveralCompanies++;
                }
                for (Slot slot : chosen) {
                    slot.identity = identity;
                    if (identity.person() != null) {
                        copies++;
                    }
                }
            }
            // Owners and partners are often private clients too: fill leading slots first.
            List<Slot> free = new ArrayList<>(
                    slots.stream().filter(slot -> slot.identity == null).toList());
            Collections.shuffle(free, random);
            free.sort((a, b) -> Boolean.compare(!isOwnerSlot(a), !isOwnerSlot(b)));
            for (Slot slot : free) {
                if (copies >= CONTACTS_COPYING_A_PERSON) {
                    break;
                }
                if (!isOwnerSlot(slot) && random.nextInt(3) == 0) {
                    continue; // leave some non-owner slots to new people, so copies spread
                }
                ClientPerson person = candidates.get(nextCandidate++);
                slot.identity = new Identity(person.getPersonal(), person);
                copies++;
            }
            for (Slot slot : slots) {
                if (slot.identity == null) {
                    slot.identity = new Identity(sparse(newPersonalData(random.nextInt(30) == 0)), null);
                }
            }
            contactsCopyingAPerson = copies;

            // 4. The entities, klanten in mixed order (so klantnummers mix too); the contactpersonen of a
            // klant-bedrijf directly after it.
            List<Object> order = new ArrayList<>(persons);
            order.addAll(plans);
            Collections.shuffle(order, random);
            List<Klant> klanten = new ArrayList<>();
            for (Object item : order) {
                if (item instanceof ClientPerson person) {
                    klanten.add(new Klant(person, List.of()));
                } else {
                    CompanyPlan plan = (CompanyPlan) item;
                    ClientCompany company = newCompany(plan);
                    String domain = domainOf(company);
                    Set<String> businessEmails = new HashSet<>();
                    List<ContactPerson> contacts = new ArrayList<>();
                    for (Slot slot : plan.slots) {
                        contacts.add(newContact(company, domain, slot, businessEmails));
                    }
                    klanten.add(new Klant(company, contacts));
                }
            }
            return klanten;
        }

        private static boolean isOwnerSlot(Slot slot) {
            return slot.position.leading()
                    && switch (slot.company.form) {
                        case EENMANSZAAK, VOF, MAATSCHAP, CV, BV -> true;
                        default -> false;
                    };
        }

        private List<Slot> freeSlotsAtDistinctCompanies(List<Slot> slots, int count, boolean preferLeading) {
            List<Slot> free = new ArrayList<>(
                    slots.stream().filter(slot -> slot.identity == null).toList());
            Collections.shuffle(free, random);
            if (preferLeading && random.nextBoolean()) {
                free.sort((a, b) -> Boolean.compare(!a.position.leading(), !b.position.leading()));
            }
            List<Slot> chosen = new ArrayList<>();
            Set<CompanyPlan> companies = new HashSet<>();
            for (Slot slot : free) {
                if (chosen.size() == count) {
                    break;
                }
                if (companies.add(slot.company)) {
                    chosen.add(slot);
                }
            }
            return chosen;
        }

        /** How many contactpersonen each company gets, by rechtsvorm, adding up to exactly CONTACTS. */
        private int[] contactCounts(List<CompanyPlan> plans) {
            int[] sizes = new int[plans.size()];
            int total = 0;
            for (int i = 0; i < plans.size(); i++) {
                int[] range = switch (plans.get(i).form) {
                    case EENMANSZAAK -> new int[] {1, 2};
                    case VOF, CV -> new int[] {2, 3};
                    case MAATSCHAP, VERENIGING -> new int[] {2, 4};
                    case BV -> new int[] {2, 6};
                    case NV -> new int[] {4, 8};
                    case STICHTING, COOPERATIE -> new int[] {3, 5};
                    case OVERIG -> new int[] {1, 3};
                };
                sizes[i] = range[0] + random.nextInt(range[1] - range[0] + 1);
                total += sizes[i];
            }
            while (total != CONTACTS) {
                int i = random.nextInt(sizes.length);
                LegalForm form = plans.get(i).form;
                if (total < CONTACTS && form != LegalForm.EENMANSZAAK && sizes[i] < 9) {
                    sizes[i]++;
                    total++;
                } else if (total > CONTACTS && sizes[i] > 1) {
                    sizes[i]--;
                    total--;
                }
            }
            return sizes;
        }

        private Position position(LegalForm form, int index, int size) {
            return switch (form) {
                case EENMANSZAAK ->
                    index == 0
                            ? new Position("Eigenaar", null, true, true)
                            : new Position("Meewerkend partner", "Administratie", false, true);
                case VOF -> index < 2 ? new Position("Vennoot", "Directie", true, true) : staff();
                case CV ->
                    index == 0
                            ? new Position("Beherend vennoot", "Directie", true, true)
                            : new Position("Commanditair vennoot", null, false, false);
                case MAATSCHAP ->
                    index < size - 1 || size <= 2
                            ? new Position("Maat", null, true, false)
                            : new Position("Praktijkmanager", "Praktijkmanagement", false, true);
                case BV ->
                    index == 0
                            ? new Position(
                                    pick(List.of(
                                            "Directeur-grootaandeelhouder",
                                            "Directeur-grootaandeelhouder",
                                            "Directeur",
                                            "Algemeen directeur")),
                                    "Directie",
                                    true,
                                    true)
                            : index == 1
                                    ? new Position(
                                            pick(List.of(
                                                    "Financieel manager",
                                                    "Controller",
                                                    "Boekhouder",
                                                    "Office manager")),
                                            "Financiën",
                                            false,
                                            true)
                                    : staff();
                case NV ->
                    index == 0
                            ? new Position("Algemeen directeur", "Directie", true, false)
                            : index == 1 ? new Position("CFO", "Financiën", true, true) : staff();
                case STICHTING, VERENIGING ->
                    switch (index) {
                        case 0 -> new Position("Voorzitter", "Bestuur", true, false);
                        case 1 -> new Position("Penningmeester", "Bestuur", true, true);
                        case 2 -> new Position("Secretaris", "Bestuur", false, false);
                        default ->
                            form == LegalForm.STICHTING
                                    ? new Position(
                                            pick(List.of("Coördinator", "Directeur", "Financieel medewerker")),
                                            "Bureau",
                                            false,
                                            true)
                                    : new Position(
                                            pick(List.of("Ledenadministrateur", "Bestuurslid")),
                                            "Bestuur",
                                            false,
                                            false);
                    };
                case COOPERATIE ->
                    switch (index) {
                        case 0 -> new Position("Directeur", "Directie", true, false);
                        case 1 -> new Position("Voorzitter", "Bestuur", true, false);
                        case 2 -> new Position("Penningmeester", "Bestuur", false, true);
                        default -> staff();
                    };
                case OVERIG ->
                    switch (index) {
                        case 0 ->
                            new Position("Voorzitter kerkrentmeesters", "College van kerkrentmeesters", true, false);
                        case 1 -> new Position("Penningmeester", "College van kerkrentmeesters", false, true);
                        default -> new Position("Scriba", "Kerkenraad", false, false);
                    };
            };
        }

        private Position staff() {
            return switch (random.nextInt(12)) {
                case 0 -> new Position("Office manager", "Facilitair", false, false);
                case 1 -> new Position("Salarisadministrateur", "HR", false, true);
                case 2 -> new Position("HR-adviseur", "HR", false, false);
                case 3 -> new Position("Boekhouder", "Financiën", false, true);
                case 4 -> new Position("Commercieel directeur", "Directie", false, false);
                case 5 -> new Position("Bedrijfsleider", "Operations", false, false);
                case 6 -> new Position("Inkoper", "Inkoop", false, false);
                case 7 -> new Position("Accountmanager", "Verkoop", false, false);
                case 8 -> new Position("Management-assistent", "Directie", false, false);
                case 9 -> new Position("Crediteurenadministrateur", "Financiën", false, true);
                case 10 -> new Position("Projectleider", "Projecten", false, false);
                default -> new Position("Administratief medewerker", "Administratie", false, true);
            };
        }

        // --- persons ---------------------------------------------------------------------------------

        private ClientPerson newClientPerson(boolean accented) {
            ClientPerson person = new ClientPerson();
            PersonalData personal = newPersonalData(accented);
            person.setPersonal(personal);
            person.setBsn(newBsn());
            if (random.nextInt(10) == 0) {
                person.setZakelijkEmail(asciiSlug(Objects.requireNonNullElse(personal.getRoepnaam(), "info"))
                        + "@"
                        + uniqueDomain(surnameSlug(personal)
                                + pick(List.of("-advies", "-consult", "-design", "-coaching", "-ict")) + ".nl"));
            }
            boolean hasPrivateMail = personal.getPriveEmail() != null;
            person.setEmailvoorkeur(
                    hasPrivateMail && random.nextInt(100) < 65 ? EmailPreference.PRIVE : EmailPreference.ZAKELIJK);
            if (random.nextInt(20) == 0) {
                person.setNotities(pick(PERSON_NOTES));
            }
            return person;
        }

        /** A complete set of privé gegevens of a new person. */
        private PersonalData newPersonalData(boolean accented) {
            PersonalData personal = new PersonalData();
            long first = LocalDate.of(1940, 1, 1).toEpochDay();
            long last = LocalDate.of(2005, 12, 31).toEpochDay();
            LocalDate birth = LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
            DutchNames.PersonName name = DutchNames.person(random, birth);
            personal.setAanhef(name.aanhef());
            personal.setVoornamen(name.voornamen());
            personal.setRoepnaam(name.roepnaam());
            personal.setVoorletters(name.voorletters());
            DutchNames.Surname surname = accented ? DutchNames.accentedSurname(accentedTurn++) : name.surname();
            personal.setTussenvoegsel(surname.tussenvoegsel());
            personal.setAchternaam(surname.achternaam());

            personal.setGeboortedatum(birth);
            if (birth.getYear() < 1998 && random.nextInt(100) < 7) {
                personal.setTitel(pick(DutchNames.TITLES));
            }

            DutchNames.Place place = DutchNames.place(random);
            personal.setWoonadres(homeAddress(place));
            if (random.nextInt(25) == 0) {
                personal.setCorrespondentieZelfdeAlsWoonadres(false);
                personal.setCorrespondentieadres(
                        random.nextBoolean() ? postbus(place) : homeAddress(DutchNames.place(random)));
            }
            if (random.nextInt(100) < 88) {
                personal.setPriveEmail(privateEmail(personal));
            }
            if (random.nextInt(100) < 85) {
                personal.setPriveMobiel(mobile());
            }
            if (random.nextInt(100) < (birth.getYear() < 1970 ? 45 : 10)) {
                personal.setPriveTelefoon(landline(place.areaCode()));
            }
            return personal;
        }

        /** Offices often know less of a contactpersoon who is no private client. */
        private PersonalData sparse(PersonalData personal) {
            if (random.nextInt(100) < 55) {
                personal.setGeboortedatum(null);
            }
            if (random.nextInt(100) < 50) {
                personal.setWoonadres(new Address());
                personal.setCorrespondentieZelfdeAlsWoonadres(true);
                personal.setCorrespondentieadres(new Address());
                personal.setPriveTelefoon(null);
            }
            if (random.nextInt(100) < 40) {
                personal.setPriveEmail(null);
            }
            if (random.nextInt(100) < 40) {
                personal.setVoornamen(null);
            }
            return personal;
        }

        private String newBsn() {
            while (true) {
                String bsn = DutchNames.bsn(random);
                if (bsns.add(bsn)) {
                    return bsn;
                }
            }
        }

        private String privateEmail(PersonalData personal) {
            String roepnaam = asciiSlug(Objects.requireNonNullElse(personal.getRoepnaam(), "info"));
            String surname = surnameSlug(personal);
            String year = personal.getGeboortedatum() == null
                    ? ""
                    : String.format("%02d", personal.getGeboortedatum().getYear() % 100);
            String local = switch (random.nextInt(6)) {
                case 0 -> roepnaam + "." + surname;
                case 1 -> roepnaam + surname;
                case 2 -> roepnaam.charAt(0) + "." + surname;
                case 3 -> roepnaam + "." + surname + year;
                case 4 -> surname + "." + roepnaam;
                default -> roepnaam + year;
            };
            return uniqueEmail(local, DutchNames.freeMailDomain(random));
        }

        private String uniqueEmail(String local, String domain) {
            String email = local + "@" + domain;
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + domain;
            }
            return email;
        }

        // --- addresses and numbers -----------------------------------------------------------------

        private Address homeAddress(DutchNames.Place place) {
            String street = DutchNames.street(random);
            Address address = new Address(
                    street,
                    1 + random.nextInt(random.nextInt(4) == 0 ? 250 : 80),
                    DutchNames.postcode(random, place),
                    place.name());
            int extra = random.nextInt(20);
            if (extra == 0) {
                address.setHuisletter(pick(List.of("a", "b", "c")));
            } else if (extra == 1) {
                address.setToevoeging(pick(List.of("1", "2", "3", "hs", "bis", "I", "II")));
            }
            return address;
        }

        private Address businessAddress(DutchNames.Place place) {
            return new Address(
                    DutchNames.businessStreet(random),
                    1 + random.nextInt(160),
                    DutchNames.postcode(random, place),
                    place.name());
        }

        private Address postbus(DutchNames.Place place) {
            return new Address("Postbus", 1 + random.nextInt(9999), DutchNames.postcode(random, place), place.name());
        }

        /** 06 + 8 digits, in a range libphonenumber knows as mobile. */
        private String mobile() {
            return validPhone(() -> "06" + (1 + random.nextInt(5)) + digits(7));
        }

        /** A netnummer and a subscriber number starting with 2–9, 10 digits in all. */
        private String landline(String areaCode) {
            return validPhone(() -> areaCode + (2 + random.nextInt(8)) + digits(9 - areaCode.length()));
        }

        private static String validPhone(Supplier<String> generator) {
            while (true) {
                String number = generator.get();
                if (PhoneNumbers.isValid(number)) {
                    return number;
                }
            }
        }

        private String digits(int count) {
            StringBuilder digits = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            return digits.toString();
        }

        // --- companies -----------------------------------------------------------------------------

        private ClientCompany newCompany(CompanyPlan plan) {
            ClientCompany company = new ClientCompany();
            company.setRechtsvorm(plan.form);
            DutchNames.Place place = DutchNames.place(random);
            List<PersonalData> leaders = plan.slots.stream()
                    .filter(slot -> slot.position.leading())
                    .map(slot -> Objects.requireNonNull(slot.identity).personal())
                    .toList();
            String[] names = companyNames(plan.form, leaders, place);
            company.setStatutaireNaam(names[0]);
            company.setHandelsnaam(names[1]);
            company.setKvkNummer(newKvk());

            PersonalData owner = leaders.isEmpty() ? null : leaders.getFirst();
            if (plan.form == LegalForm.EENMANSZAAK
                    && owner != null
                    && !owner.getWoonadres().isEmpty()
                    && random.nextInt(100) < 60) {
                company.setVestigingsadres(owner.getWoonadres().copy()); // a zzp'er working from home
                place = DutchNames.PLACES.stream()
                        .filter(p -> p.name().equals(owner.getWoonadres().getPlaats()))
                        .findFirst()
                        .orElse(place);
            } else {
                company.setVestigingsadres(
                        switch (plan.form) {
                            case BV, NV, CV, COOPERATIE -> businessAddress(place);
                            default -> homeAddress(place);
                        });
            }
            if (random.nextInt(100) < 12) {
                company.setPostadresZelfdeAlsVestigingsadres(false);
                company.setPostadres(postbus(place));
            }
            String domain = uniqueDomain(domainBase(names[1] != null ? names[1] : names[0]) + ".nl");
            if (random.nextInt(100) < 92) {
                company.setTelefoon(landline(place.areaCode()));
            }
            company.setEmail(switch (plan.form) {
                        case VERENIGING, STICHTING -> pick(List.of("info", "secretariaat", "bestuur"));
                        case OVERIG -> "kerkrentmeesters";
                        default -> pick(List.of("info", "info", "info", "contact", "administratie"));
                    }
                    + "@" + domain);
            boolean vve = names[0].startsWith("Vereniging van Eigenaars");
            if (!vve && random.nextInt(100) < (plan.form == LegalForm.EENMANSZAAK ? 70 : 95)) {
                company.setWebsite((random.nextInt(3) == 0 ? "https://www." : "www.") + domain);
            }
            if (random.nextInt(100) < 20) {
                company.setNotities(pick(COMPANY_NOTES));
            }
            return company;
        }

        /** Statutaire naam and (or null) a different handelsnaam, with the suffix the rechtsvorm has. */
        private String[] companyNames(LegalForm form, List<PersonalData> leaders, DutchNames.Place place) {
            for (int attempt = 0; ; attempt++) {
                String surname = leaders.isEmpty() || attempt > 3
                        ? businessSurname(randomSurname())
                        : businessSurname(leaders.getFirst());
                String second = leaders.size() < 2 || attempt > 3
                        ? businessSurname(randomSurname())
                        : businessSurname(leaders.get(1));
                String[] names = switch (form) {
                    case EENMANSZAAK ->
                        switch (random.nextInt(4)) {
                            case 0 ->
                                new String[] {
                                    surname + " "
                                            + pick(List.of(
                                                    "Advies",
                                                    "Administratie",
                                                    "ICT",
                                                    "Bouwbegeleiding",
                                                    "Coaching",
                                                    "Fotografie")),
                                    null
                                };
                            case 1 ->
                                new String[] {
                                    pick(List.of("Kapsalon", "Bloemsierkunst", "Atelier", "Studio"))
                                            + " "
                                            + Objects.requireNonNullElse(
                                                    leaders.isEmpty()
                                                            ? null
                                                            : leaders.getFirst().getRoepnaam(),
                                                    surname),
                                    null
                                };
                            default -> new String[] {pick(DutchNames.BRANCHES_SOLO) + " " + surname, null};
                        };
                    case VOF ->
                        random.nextBoolean()
                                ? new String[] {surname + " & " + second + " V.O.F.", null}
                                : new String[] {pick(DutchNames.SHOPS) + " " + pick(DutchNames.FANCY) + " V.O.F.", null
                                };
                    case CV ->
                        new String[] {
                            surname + " " + pick(List.of("Vastgoed", "Beleggingen", "Participaties")) + " C.V.", null
                        };
                    case MAATSCHAP ->
                        switch (random.nextInt(3)) {
                            case 0 -> new String[] {"Maatschap " + surname + " en " + second, null};
                            case 1 -> {
                                String fancy = pick(DutchNames.FANCY);
                                yield new String[] {"Maatschap Huisartsen " + fancy, "Huisartsenpraktijk " + fancy};
                            }
                            default ->
                                new String[] {
                                    "Maatschap "
                                            + pick(List.of(
                                                    "Tandartsen", "Fysiotherapie", "Melkveehouderij", "Advocaten"))
                                            + " " + surname,
                                    null
                                };
                        };
                    case BV ->
                        switch (random.nextInt(6)) {
                            case 0 -> new String[] {surname + " " + pick(DutchNames.BRANCHES) + " B.V.", null};
                            case 1 ->
                                new String[] {pick(DutchNames.SHOPS) + " " + pick(DutchNames.FANCY) + " B.V.", null};
                            case 2 ->
                                new String[] {
                                    pick(DutchNames.BRAND_WORDS) + " " + pick(DutchNames.BRANCHES) + " B.V.", null
                                };
                            case 3 -> new String[] {surname + " Holding B.V.", null};
                            case 4 ->
                                new String[] {
                                    surname + " Beheer B.V.",
                                    pick(DutchNames.BRAND_WORDS) + " " + pick(DutchNames.BRANCHES)
                                };
                            default ->
                                new String[] {surname + " & Zn. B.V.", surname + " " + pick(DutchNames.BRANCHES)};
                        };
                    case NV ->
                        random.nextBoolean()
                                ? new String[] {"Koninklijke " + surname + " N.V.", surname + " Groep"}
                                : new String[] {pick(DutchNames.BRAND_WORDS) + " Groep N.V.", null};
                    case STICHTING ->
                        random.nextInt(4) == 0
                                ? new String[] {"Stichting Administratiekantoor " + surname, null}
                                : new String[] {"Stichting " + pick(DutchNames.CAUSES) + " " + place.name(), null};
                    case VERENIGING ->
                        random.nextInt(3) == 0
                                ? new String[] {
                                    "Vereniging van Eigenaars " + pick(DutchNames.STREETS) + " "
                                            + (1 + random.nextInt(120)),
                                    null
                                }
                                : new String[] {pick(DutchNames.CLUBS) + " " + pick(DutchNames.FANCY), null};
                    case COOPERATIE ->
                        new String[] {
                            pick(List.of(
                                            "Coöperatie ",
                                            "Energiecoöperatie ",
                                            "Zorgcoöperatie ",
                                            "Coöperatieve Zuivelfabriek "))
                                    + place.name() + " U.A.",
                            random.nextBoolean() ? null : pick(DutchNames.BRAND_WORDS)
                        };
                    case OVERIG ->
                        random.nextBoolean()
                                ? new String[] {"Protestantse Gemeente te " + place.name(), null}
                                : new String[] {
                                    "Rooms-Katholieke Parochie " + pick(DutchNames.SAINTS) + " " + place.name(), null
                                };
                };
                if (companyNames.add(names[0])) {
                    return names;
                }
            }
        }

        private PersonalData randomSurname() {
            PersonalData personal = new PersonalData();
            DutchNames.Surname surname = DutchNames.surname(random);
            personal.setTussenvoegsel(surname.tussenvoegsel());
            personal.setAchternaam(surname.achternaam());
            return personal;
        }

        /** "Van den Berg": the tussenvoegsel is capitalised without a first name before it. */
        private static String businessSurname(PersonalData personal) {
            String tussenvoegsel = personal.getTussenvoegsel();
            String achternaam = Objects.requireNonNull(personal.getAchternaam());
            return tussenvoegsel == null
                    ? achternaam
                    : Character.toUpperCase(tussenvoegsel.charAt(0)) + tussenvoegsel.substring(1) + " " + achternaam;
        }

        private String newKvk() {
            while (true) {
                String kvk = (1 + random.nextInt(9)) + digits(7);
                if (kvkNummers.add(kvk)) {
                    return kvk;
                }
            }
        }

        /** "Bakkerij De Korenschoof B.V." gives "bakkerijdekorenschoof" (or with hyphens). */
        private String domainBase(String name) {
            String core = name.replaceAll("\\b(B\\.V\\.|N\\.V\\.|V\\.O\\.F\\.|C\\.V\\.|U\\.A\\.|Zn\\.)", " ")
                    .replaceAll("^(Stichting|Maatschap|Vereniging van Eigenaars) ", "")
                    .replace("&", " en ")
                    .replace("'s-", "s")
                    .replace(" te ", " ")
                    .strip();
            List<String> words = Arrays.stream(core.split("\\s+"))
                    .map(DemoData::asciiSlug)
                    .filter(word -> !word.isEmpty())
                    .toList();
            if (words.size() > 4) {
                words = words.subList(0, 4);
            }
            return String.join(random.nextInt(3) == 0 ? "-" : "", words);
        }

        private String uniqueDomain(String domain) {
            String candidate = domain;
            for (int n = 2; !domains.add(candidate); n++) {
                candidate = domain.replace(".nl", "-" + n + ".nl");
            }
            return candidate;
        }

        private static String domainOf(ClientCompany company) {
            String email = Objects.requireNonNull(company.getEmail());
            return email.substring(email.indexOf('@') + 1);
        }

        // --- contactpersonen -----------------------------------------------------------------------

        private ContactPerson newContact(ClientCompany company, String domain, Slot slot, Set<String> businessEmails) {
            Identity identity = Objects.requireNonNull(slot.identity);
            ContactPerson contact = new ContactPerson(company);
            PersonalData personal = identity.personal().copy();
            if (random.nextInt(100) < 30) {
                vary(personal);
            }
            contact.setPersonal(personal);

            BusinessContactData business = contact.getBusiness();
            Position position = slot.position;
            business.setFunctie(position.functie());
            business.setAfdeling(position.afdeling());
            if (company.getRechtsvorm() == LegalForm.EENMANSZAAK && position.leading()) {
                business.setZakelijkEmail(company.getEmail());
            } else if (random.nextInt(100) < 90) {
                business.setZakelijkEmail(businessEmail(personal, domain, businessEmails));
            }
            if (random.nextInt(100) < 55) {
                business.setDirectTelefoon(landline(areaCodeOf(company)));
            }
            if (random.nextInt(100) < 35) {
                business.setZakelijkMobiel(mobile());
            }
            int access = position.leading() ? 55 : position.financial() ? 45 : 8;
            business.setToegangClientOnline(random.nextInt(100) < access);
            contact.setEmailvoorkeur(
                    personal.getPriveEmail() != null && random.nextInt(100) < 20
                            ? EmailPreference.PRIVE
                            : EmailPreference.ZAKELIJK);
            return contact;
        }

        /** The small differences a real office has between two registrations of one person. */
        private void vary(PersonalData personal) {
            switch (random.nextInt(6)) {
                case 0 -> personal.setGeboortedatum(null);
                case 1 ->
                    personal.setPriveEmail(uniqueEmail(
                            asciiSlug(Objects.requireNonNullElse(personal.getRoepnaam(), "post"))
                                    + surnameSlug(personal),
                            DutchNames.freeMailDomain(random)));
                case 2 -> { // "J." instead of "Jan" / "J.P.M."
                    personal.setVoornamen(null);
                    personal.setRoepnaam(null);
                    String voorletters = Objects.requireNonNullElse(personal.getVoorletters(), "");
                    personal.setVoorletters(
                            voorletters.isEmpty() ? null : voorletters.substring(0, voorletters.indexOf('.') + 1));
                }
                case 3 -> personal.setPriveMobiel(random.nextBoolean() ? null : mobile());
                case 4 -> { // moved; the other registration still has the old address
                    if (!personal.getWoonadres().isEmpty()) {
                        personal.setWoonadres(homeAddress(DutchNames.place(random)));
                    }
                }
                default -> personal.setVoornamen(null);
            }
        }

        private String businessEmail(PersonalData personal, String domain, Set<String> taken) {
            String roepnaam = asciiSlug(Objects.requireNonNullElse(
                    personal.getRoepnaam(), Objects.requireNonNullElse(personal.getVoorletters(), "x")));
            String initials = asciiSlug(Objects.requireNonNullElse(personal.getVoorletters(), roepnaam));
            String surname = surnameSlug(personal);
            String local = switch (random.nextInt(4)) {
                case 0 -> roepnaam;
                case 1 -> roepnaam + "." + surname;
                case 2 -> initials.charAt(0) + "." + surname;
                default -> initials + surname;
            };
            String email = local + "@" + domain;
            for (int n = 2; !taken.add(email); n++) {
                email = local + n + "@" + domain;
            }
            return email;
        }

        private static String areaCodeOf(ClientCompany company) {
            String plaats = company.getVestigingsadres().getPlaats();
            return DutchNames.PLACES.stream()
                    .filter(place -> place.name().equals(plaats))
                    .map(DutchNames.Place::areaCode)
                    .findFirst()
                    .orElse("020");
        }

        private static String surnameSlug(PersonalData personal) {
            return asciiSlug(Objects.requireNonNullElse(personal.getTussenvoegsel(), "")
                    + Objects.requireNonNullElse(personal.getAchternaam(), ""));
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }
    }

    /** Lower case ASCII letters and digits only: "van den Brüggen" gives "vandenbruggen". */
    static String asciiSlug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replace("ı", "i")
                .replace("ß", "ss")
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("ł", "l")
                .replaceAll("[^a-z0-9]", "");
    }
}
