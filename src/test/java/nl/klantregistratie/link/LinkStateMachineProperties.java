package nl.klantregistratie.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.DeletionRefusedException;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.client.Salutation;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The koppeling as a state machine: random sequences of what users do (create klant-personen and
 * contactpersonen, edit privé gegevens and e-mailvoorkeur, link, create linked, move volgers, end
 * links, delete) through {@link ClientService} and {@link LinkService}, with after EVERY step:
 *
 * <ul>
 * <li>the outcome: a refusal is a valid outcome only when the rules (docs/domain.md R1–R5, R14) call for
 * it, and then it must be the right one (exception type and message key);</li>
 * <li>the database (read back through the services) equals a small model kept by this test: heads,
 * privé gegevens, e-mailvoorkeur, and which registrations exist — so no change is lost or made
 * where none was due;</li>
 * <li>the invariants: every volger's privé gegevens equal its hoofd's, without the privé e-mail while
 * the hoofd prefers business mail (R6, R8), compared field by field by reflection ({@link PrivateValues}),
 * every link points at an existing klant-persoon or contactpersoon, no volger is a hoofd (R3), and
 * {@link LinkService#state}/{@link LinkService#followersOf} agree;</li>
 * <li>the history (R16, {@link HistoryService}): every registration the step changed has a new
 * newest entry of the right kind (CREATED, CHANGED, LINKED, UNLINKED, MOVED, PROPAGATED,
 * DELETED), by the user who made the step, with the changed privé fields (old → new); everything
 * one step changed shares one revision, i.e. one transaction (R6).</li>
 * </ul>
 *
 * <p>Every try starts a new little world (two klant-bedrijven, a klant-persoon, a contactpersoon)
 * with names unique to the try, and deletes what it made afterwards: the Spring context, and with it
 * the database, is shared with other test classes. Runs on H2; {@link LinkStateMachineMariaDbProperties}
 * runs the same on MariaDB.
 */
@JqwikSpringSupport
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = LinkStateMachineProperties.MEDEWERKER, roles = "MEDEWERKER")
class LinkStateMachineProperties {

    static final String MEDEWERKER = "medewerker";
    static final String SUPPORT = "support";
    private static final int TRIES = 20;
    private static final int MAX_ACTIONS = 25;

    private static final String[] SURNAMES = {
        "Jansen",
        "Visser",
        "Bakker",
        "Smit",
        "Meijer",
        "Mulder",
        "Bos",
        "Dekker",
        "Hoekstra",
        "Yılmaz",
        "Brüggemann",
        "Çelik"
    };
    private static final String[] TUSSENVOEGSELS = {"de", "van", "van der", "van den", "ter"};
    private static final String[] INITIALS = {"J.", "A.", "M.P.", "H.", "K.J.", "E.", "W.A.M."};
    private static final String[] ROEPNAMEN = {"Jan", "Anne", "Mieke", "Henk", "Kees", "Els", "Wim", "Fatma"};
    private static final String[] STREETS = {
        "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsweg", "Markt", "Oudegracht", "Prins Bernhardlaan"
    };
    private static final String[] POSTCODES = {"1234 AB", "3511 LX", "5611 EB", "9711 AA", "2511 CV", "6811 DK"};
    private static final String[] PLACES = {
        "Utrecht", "Eindhoven", "Groningen", "Den Haag", "Arnhem", "'s-Hertogenbosch"
    };

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    HistoryService history;

    /** The world of the running try, so it is cleaned up whatever happens. */
    private @Nullable World world;

    @Property(tries = TRIES)
    void linksHoldAfterEveryStep(@ForAll("steps") ActionChain<World> chain) {
        try {
            chain.withInvariant("rules, model and history", World::check).run();
        } finally {
            cleanUp();
        }
    }

    @Provide
    Arbitrary<ActionChain<World>> steps() {
        // The transformers name registrations by label ("C3"), resolved when the step runs: jqwik replays
        // transformers on new worlds while shrinking, where the same label is the same registration.
        return ActionChain.<World>startWith(this::newWorld)
                .withAction(
                        2,
                        dependent(
                                w -> true,
                                w -> personSeeds()
                                        .map(seed -> step(
                                                "create klant-persoon " + seed,
                                                List.of(),
                                                (it, found) -> it.createPerson(seed)))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.companies().isEmpty(),
                                w -> Combinators.combine(personSeeds(), pick(w.companies()))
                                        .as((seed, company) -> step(
                                                "create contactpersoon " + seed + " at " + company,
                                                List.of(company),
                                                (it, found) -> it.createContact(seed, found.get(0))))))
                .withAction(
                        3,
                        dependent(
                                w -> !w.persons().isEmpty(),
                                w -> Combinators.combine(pick(w.persons()), Arbitraries.of(Edit.class))
                                        .as((person, edit) -> step(
                                                "edit " + edit + " of " + person,
                                                List.of(person),
                                                (it, found) -> it.editPersonal(found.get(0), edit)))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.persons().isEmpty(),
                                w -> pick(w.heads(), w.persons())
                                        .map(person -> step(
                                                "switch e-mailvoorkeur of " + person,
                                                List.of(person),
                                                (it, found) -> it.switchEmailPreference(found.get(0))))))
                .withAction(
                        5,
                        dependent(
                                w -> !w.persons().isEmpty(),
                                w -> Combinators.combine(pick(w.contacts(), w.alive()), pick(w.alive()))
                                        .as((follower, head) -> step(
                                                "link " + follower + " → " + head,
                                                List.of(follower, head),
                                                (it, found) -> it.link(found.get(0), found.get(1))))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.companies().isEmpty(),
                                w -> Combinators.combine(
                                                pick(w.alive()),
                                                pick(w.companies()),
                                                Arbitraries.of(EmailPreference.class))
                                        .as((head, company, preference) -> step(
                                                "create linked contactpersoon of " + head + " at " + company,
                                                List.of(head, company),
                                                (it, found) ->
                                                        it.createLinked(found.get(0), found.get(1), preference)))))
                .withAction(
                        2,
                        dependent(
                                w -> w.alive().size() > 1,
                                w -> Combinators.combine(pick(w.heads(), w.alive()), pick(w.alive()), asSupportMostly())
                                        .as((from, to, support) -> step(
                                                "move volgers of " + from + " → " + to
                                                        + (support ? "" : " as medewerker"),
                                                List.of(from, to),
                                                (it, found) -> it.moveFollowers(found.get(0), found.get(1), support)))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.alive().isEmpty(),
                                w -> Combinators.combine(pick(w.followers(), w.alive()), asSupportMostly())
                                        .as((follower, support) -> step(
                                                "unlink " + follower + (support ? "" : " as medewerker"),
                                                List.of(follower),
                                                (it, found) -> it.unlink(found.get(0), support)))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.alive().isEmpty(),
                                w -> pick(w.linked(), w.alive())
                                        .map(registration -> step(
                                                "delete " + registration,
                                                List.of(registration),
                                                (it, found) -> it.delete(found.get(0))))))
                .withMaxTransformations(MAX_ACTIONS);
    }

    /**
     * A step on the registrations with these labels; skipped (and counted as such) when one of them is
     * not there, which happens only while jqwik shrinks a failing chain.
     */
    private static Transformer<World> step(
            String description, List<String> labels, BiConsumer<World, List<Expected>> action) {
        return Transformer.mutate(description, world -> {
            List<Expected> found =
                    labels.stream().map(world::byLabel).filter(Objects::nonNull).toList();
            if (found.size() == labels.size()) {
                world.step = description;
                action.accept(world, found);
            } else {
                world.begin(description + " (skipped: not there)", MEDEWERKER);
                world.outcome("skipped while shrinking");
            }
        });
    }

    private static <S> Action.Dependent<S> dependent(
            Predicate<S> precondition, Function<S, Arbitrary<Transformer<S>>> transformer) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(S state) {
                return precondition.test(state);
            }

            @Override
            public Arbitrary<Transformer<S>> transformer(S state) {
                return transformer.apply(state);
            }
        };
    }

    private static Arbitrary<String> pick(List<Expected> from) {
        return Arbitraries.of(from).map(expected -> expected.label);
    }

    /** Mostly one of the preferred (when there are any), sometimes any of all. */
    private static Arbitrary<String> pick(List<Expected> preferred, List<Expected> all) {
        if (preferred.isEmpty()) {
            return pick(all);
        }
        return Arbitraries.frequencyOf(Tuple.of(3, pick(preferred)), Tuple.of(1, pick(all)));
    }

    /** Support staff end links and move volgers; now and then a medewerker tries, and must be denied. */
    private static Arbitrary<Boolean> asSupportMostly() {
        return Arbitraries.frequency(Tuple.of(6, true), Tuple.of(1, false));
    }

    private static Arbitrary<PersonSeed> personSeeds() {
        return Combinators.combine(
                        Arbitraries.of(SURNAMES),
                        Arbitraries.of(TUSSENVOEGSELS).injectNull(0.6),
                        Arbitraries.of(INITIALS),
                        Arbitraries.of(EmailPreference.class),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 999))
                .as(PersonSeed::new);
    }

    // --------------------------------------------------------------------------- the world

    private World newWorld() {
        World created = new World();
        world = created;
        created.start();
        return created;
    }

    /** Deletes what the try made: volgers first, then the other contactpersonen, klant-personen, klant-bedrijven. */
    private void cleanUp() {
        World done = world;
        world = null;
        if (done == null) {
            return;
        }
        List<Long> ids = new ArrayList<>(done.everCreated);
        List<Long> followers = new ArrayList<>();
        List<Long> contacts = new ArrayList<>();
        List<Long> persons = new ArrayList<>();
        List<Long> companies = new ArrayList<>();
        for (long id : ids) {
            try {
                Registration registration = clients.get(id);
                if (registration instanceof ContactPerson) {
                    (clients.getContact(id).getHead() != null ? followers : contacts).add(id);
                } else {
                    (registration instanceof ClientPerson ? persons : companies).add(id);
                }
            } catch (RegistrationNotFoundException e) {
                // deleted by the try itself
            }
        }
        for (List<Long> group : List.of(followers, contacts, persons, companies)) {
            for (long id : group) {
                try {
                    clients.delete(id, clients.get(id).getVersion());
                } catch (RuntimeException e) {
                    System.err.println("LinkStateMachineProperties: could not clean up registration " + id + ": " + e);
                }
            }
        }
    }

    /** What the test expects of one registration; the model is a map of these. */
    static final class Expected {

        final String label;
        final long id;
        final RegistrationKind kind;
        /** Persons only. */
        @Nullable
        PrivateValues personal;

        EmailPreference preference = EmailPreference.ZAKELIJK;
        /** Contactpersonen only: the id of the hoofd it follows. */
        @Nullable
        Long head;
        /** Contactpersonen only. */
        @Nullable
        Long companyId;

        Expected(String label, long id, RegistrationKind kind) {
            this.label = label;
            this.id = id;
            this.kind = kind;
        }

        Expected copy() {
            Expected copy = new Expected(label, id, kind);
            copy.personal = personal;
            copy.preference = preference;
            copy.head = head;
            copy.companyId = companyId;
            return copy;
        }

        boolean isPerson() {
            return kind != RegistrationKind.BEDRIJF;
        }

        PrivateValues personal() {
            return Objects.requireNonNull(personal, label);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The input of a new person registration, as a user would type it. */
    record PersonSeed(
            String surname,
            @Nullable String tussenvoegsel,
            String initials,
            EmailPreference preference,
            boolean priveEmail,
            int number) {

        @Override
        public String toString() {
            return (tussenvoegsel == null ? "" : tussenvoegsel + " ") + surname + " " + initials + " "
                    + preference.name().toLowerCase(Locale.ROOT) + (priveEmail ? " with privé e-mail" : "");
        }
    }

    /** A change of privé gegevens a user makes in the edit form. {@code n} makes each value new. */
    enum Edit {
        AANHEF {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setAanhef(Salutation.values()[n % Salutation.values().length]);
            }
        },
        ROEPNAAM {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setRoepnaam(ROEPNAMEN[n % ROEPNAMEN.length]);
            }
        },
        ACHTERNAAM {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setAchternaam(SURNAMES[n % SURNAMES.length] + "-" + tag);
            }
        },
        GEBOORTEDATUM {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setGeboortedatum(LocalDate.of(1940 + n % 60, 1 + n % 12, 1 + n % 28));
            }
        },
        WOONADRES {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setWoonadres(address(n));
            }
        },
        CORRESPONDENTIEADRES {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setCorrespondentieZelfdeAlsWoonadres(false);
                data.setCorrespondentieadres(new Address("Postbus", 100 + n, "3500 AA", "Utrecht"));
            }
        },
        CORRESPONDENTIE_ZELFDE {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setCorrespondentieZelfdeAlsWoonadres(true);
            }
        },
        PRIVE_EMAIL {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setPriveEmail(ROEPNAMEN[n % ROEPNAMEN.length].toLowerCase(Locale.ROOT) + n + "@"
                        + tag.toLowerCase(Locale.ROOT) + ".voorbeeld.nl");
            }
        },
        PRIVE_EMAIL_LEEG {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setPriveEmail(null);
            }
        },
        PRIVE_MOBIEL {
            @Override
            void apply(PersonalData data, int n, String tag) {
                data.setPriveMobiel(String.format(Locale.ROOT, "0612%06d", n * 7919 % 1_000_000));
            }
        };

        abstract void apply(PersonalData data, int n, String tag);
    }

    private static Address address(int n) {
        return new Address(
                STREETS[n % STREETS.length], 1 + n % 200, POSTCODES[n % POSTCODES.length], PLACES[n % PLACES.length]);
    }

    /** What ClientService does before saving: "zelfde als woonadres" empties the correspondentieadres. */
    private static PersonalData prepared(PersonalData data) {
        if (data.isCorrespondentieZelfdeAlsWoonadres()) {
            data.setCorrespondentieadres(new Address());
        }
        return data;
    }

    /** R8, written out independently of SyncedData: what a volger of a hoofd with these values must hold. */
    private static PrivateValues synced(PrivateValues head, EmailPreference preference) {
        return preference == EmailPreference.ZAKELIJK ? head.with("priveEmail", null) : head;
    }

    /**
     * One try: the registrations it made, the model of what the database must hold, and what the
     * current step is expected to have changed (for the history check).
     */
    final class World {

        private final String tag = uniqueTag();
        private final Map<Long, Expected> model = new LinkedHashMap<>();
        private final List<Long> everCreated = new ArrayList<>();
        private final Map<Long, Long> lastRevision = new HashMap<>();
        private Map<Long, Expected> before = Map.of();
        private String stepUser = MEDEWERKER;
        String step = "start";
        private int persons;
        private int contacts;
        private int companies;
        private int counter;

        void start() {
            for (int i = 0; i < 2; i++) {
                ClientCompany company = new ClientCompany();
                company.setStatutaireNaam((i == 0 ? "Drukkerij " : "Bakkerij ") + tag + " B.V.");
                company.setRechtsvorm(LegalForm.BV);
                ClientCompany saved = clients.save(company);
                add(new Expected("B" + companies++, saved.getId(), RegistrationKind.BEDRIJF));
            }
            createPerson(new PersonSeed("Jansen", null, "J.", EmailPreference.PRIVE, true, 1));
            createContact(
                    new PersonSeed("Visser", "de", "A.", EmailPreference.ZAKELIJK, false, 2),
                    companies().getFirst());
        }

        // ------------------------------------------------------------------- what can be picked

        List<Expected> alive() {
            return List.copyOf(model.values());
        }

        List<Expected> companies() {
            return model.values().stream()
                    .filter(e -> e.kind == RegistrationKind.BEDRIJF)
                    .toList();
        }

        List<Expected> persons() {
            return model.values().stream().filter(Expected::isPerson).toList();
        }

        List<Expected> contacts() {
            return model.values().stream()
                    .filter(e -> e.kind == RegistrationKind.CONTACT)
                    .toList();
        }

        List<Expected> followers() {
            return model.values().stream().filter(e -> e.head != null).toList();
        }

        /** Hoofden and volgers. */
        List<Expected> linked() {
            List<Expected> linked = new ArrayList<>(followers());
            linked.addAll(heads());
            return linked;
        }

        List<Expected> heads() {
            return model.values().stream()
                    .filter(e -> !followersOf(e).isEmpty())
                    .toList();
        }

        private List<Expected> followersOf(Expected head) {
            return model.values().stream()
                    .filter(e -> Objects.equals(e.head, head.id))
                    .toList();
        }

        // ------------------------------------------------------------------- the steps

        void createPerson(PersonSeed seed) {
            begin("create klant-persoon " + seed, MEDEWERKER);
            ClientPerson draft = new ClientPerson();
            fill(draft.getPersonal(), seed);
            draft.setEmailvoorkeur(seed.preference());
            ClientPerson saved = clients.save(draft);

            Expected expected = new Expected("P" + persons++, saved.getId(), RegistrationKind.PERSOON);
            expected.personal = PrivateValues.of(fill(new PersonalData(), seed));
            expected.preference = seed.preference();
            add(expected);
            outcome("created");
        }

        void createContact(PersonSeed seed, Expected company) {
            begin("create contactpersoon " + seed + " at " + company, MEDEWERKER);
            ContactPerson draft = new ContactPerson(clients.getCompany(company.id));
            fill(draft.getPersonal(), seed);
            draft.setEmailvoorkeur(seed.preference());
            draft.getBusiness().setFunctie("Directeur");
            ContactPerson saved = clients.save(draft);

            Expected expected = new Expected("C" + contacts++, saved.getId(), RegistrationKind.CONTACT);
            expected.personal = PrivateValues.of(fill(new PersonalData(), seed));
            expected.preference = seed.preference();
            expected.companyId = company.id;
            add(expected);
            outcome("created");
        }

        /** R5: a volger's privé gegevens cannot be changed; anyone else's change reaches its volgers (R6). */
        void editPersonal(Expected person, Edit edit) {
            begin("edit " + edit + " of " + person, MEDEWERKER);
            int n = counter++;
            PersonRegistration current = load(person);
            edit.apply(current.getPersonal(), n, tag);
            PersonalData edited = person.personal().toPersonalData();
            edit.apply(edited, n, tag);
            PrivateValues wanted = PrivateValues.of(prepared(edited));
            boolean changes = !wanted.equals(person.personal());
            if (person.head != null && changes) {
                assertRefused(LinkRefusedException.class, "link.follower.readonly", () -> clients.save(current));
                return;
            }
            clients.save(current);
            outcome((person.head != null ? "volger saved unchanged" : changes ? "saved" : "saved unchanged")
                    + (followersOf(person).isEmpty() ? "" : ", reaches volgers"));
            person.personal = wanted;
            propagate(person);
        }

        /** R8: the hoofd's e-mailvoorkeur decides whether its privé e-mail reaches the volgers. */
        void switchEmailPreference(Expected person) {
            begin("switch e-mailvoorkeur of " + person, MEDEWERKER);
            EmailPreference switched =
                    person.preference == EmailPreference.ZAKELIJK ? EmailPreference.PRIVE : EmailPreference.ZAKELIJK;
            PersonRegistration current = load(person);
            current.setEmailvoorkeur(switched);
            clients.save(current);
            person.preference = switched;
            outcome((person.head != null ? "of a volger" : followersOf(person).isEmpty() ? "no volgers" : "of a hoofd")
                    + " → " + switched);
            propagate(person);
        }

        /** R1–R4: the refusal the rules call for, in the order the dialog meets them; else the link (and R3's move). */
        void link(Expected follower, Expected head) {
            begin("link " + follower + " → " + head, MEDEWERKER);
            long version = clients.get(follower.id).getVersion();
            String refusal = follower.kind != RegistrationKind.CONTACT
                    ? "link.follower.notcontact"
                    : follower.head != null
                            ? (follower.head == head.id ? "link.already" : "link.follower.alreadylinked")
                            : headRefusal(head, follower);
            if (refusal != null) {
                assertRefused(LinkRefusedException.class, refusal, () -> links.link(follower.id, version, head.id));
                return;
            }
            List<Expected> moving = followersOf(follower);
            links.link(follower.id, version, head.id);
            for (Expected moved : moving) {
                follow(moved, head);
            }
            follow(follower, head);
            outcome(moving.isEmpty() ? "linked" : "linked, moving its volgers along");
        }

        /** R7. */
        void createLinked(Expected head, Expected company, EmailPreference preference) {
            begin("create linked contactpersoon of " + head + " at " + company, MEDEWERKER);
            ContactPerson draft = new ContactPerson(clients.getCompany(company.id));
            draft.getBusiness().setFunctie("Commissaris");
            draft.setEmailvoorkeur(preference);
            String refusal = headRefusal(head, null);
            if (refusal != null) {
                assertRefused(LinkRefusedException.class, refusal, () -> links.prepareLinked(draft, head.id));
                return;
            }
            links.prepareLinked(draft, head.id);
            ContactPerson created = clients.save(draft);

            Expected expected = new Expected("C" + contacts++, created.getId(), RegistrationKind.CONTACT);
            expected.preference = preference;
            expected.companyId = company.id;
            add(expected);
            follow(expected, head);
            outcome("created linked");
        }

        /** R3, R14: support moves every volger of one hoofd to another. */
        void moveFollowers(Expected from, Expected to, boolean asSupport) {
            begin("move volgers of " + from + " → " + to, asSupport ? SUPPORT : MEDEWERKER);
            if (!asSupport) {
                assertThatThrownBy(() -> links.moveFollowers(from.id, to.id))
                        .isInstanceOf(AuthorizationDeniedException.class);
                outcome("denied to a medewerker");
                return;
            }
            String refusal = from.id == to.id ? "link.self" : headRefusal(to, null);
            if (refusal != null) {
                assertRefused(
                        LinkRefusedException.class,
                        refusal,
                        () -> asSupport(() -> links.moveFollowers(from.id, to.id)));
                return;
            }
            List<Expected> moving = followersOf(from);
            int moved = asSupport(() -> links.moveFollowers(from.id, to.id));
            assertThat(moved).as("volgers moved from %s to %s", from, to).isEqualTo(moving.size());
            for (Expected follower : moving) {
                follow(follower, to);
            }
            outcome(moving.isEmpty() ? "nothing to move" : "moved");
        }

        /** R13: support ends a link; the volger keeps its values. */
        void unlink(Expected follower, boolean asSupport) {
            begin("unlink " + follower, asSupport ? SUPPORT : MEDEWERKER);
            long version = clients.get(follower.id).getVersion();
            if (!asSupport) {
                assertThatThrownBy(() -> links.unlink(follower.id, version))
                        .isInstanceOf(AuthorizationDeniedException.class);
                outcome("denied to a medewerker");
                return;
            }
            String refusal = follower.kind != RegistrationKind.CONTACT
                    ? "link.follower.notcontact"
                    : follower.head == null ? "link.unlink.notlinked" : null;
            if (refusal != null) {
                assertRefused(
                        LinkRefusedException.class, refusal, () -> asSupport(() -> links.unlink(follower.id, version)));
                return;
            }
            asSupport(() -> links.unlink(follower.id, version));
            follower.head = null;
            outcome("unlinked");
        }

        /** R14: a hoofd with volgers cannot be deleted (nor a klant-bedrijf with contactpersonen). */
        void delete(Expected registration) {
            begin("delete " + registration, MEDEWERKER);
            long version = clients.get(registration.id).getVersion();
            long contactsAtCompany = model.values().stream()
                    .filter(e -> Objects.equals(e.companyId, registration.id))
                    .count();
            int followerCount = followersOf(registration).size();
            if (registration.kind == RegistrationKind.BEDRIJF && contactsAtCompany > 0) {
                assertRefused(
                        DeletionRefusedException.class,
                        "company.delete.hascontacts",
                        () -> clients.delete(registration.id, version));
                return;
            }
            if (followerCount > 0) {
                assertThatThrownBy(() -> clients.delete(registration.id, version))
                        .isInstanceOfSatisfying(LinkRefusedException.class, e -> {
                            assertThat(e.getMessageKey()).isEqualTo("link.delete.head");
                            assertThat(e.getArguments()).containsExactly((long) followerCount);
                        });
                outcome("refused link.delete.head");
                return;
            }
            clients.delete(registration.id, version);
            model.remove(registration.id);
            outcome("deleted "
                    + (registration.head != null
                            ? "a volger"
                            : registration.kind.name().toLowerCase(Locale.ROOT)));
        }

        // ------------------------------------------------------------------- model helpers

        /** Null when this registration may be hoofd (of the given volger), else the refusal's key. */
        private @Nullable String headRefusal(Expected head, @Nullable Expected follower) {
            if (follower != null && follower.id == head.id) {
                return "link.self";
            }
            if (!head.isPerson()) {
                return "link.head.notperson";
            }
            return head.head != null ? "link.head.isfollower" : null;
        }

        private void follow(Expected follower, Expected head) {
            follower.head = head.id;
            follower.personal = synced(head.personal(), head.preference);
        }

        private void propagate(Expected head) {
            for (Expected follower : followersOf(head)) {
                follower.personal = synced(head.personal(), head.preference);
            }
        }

        private PersonalData fill(PersonalData data, PersonSeed seed) {
            data.setAanhef(seed.number() % 2 == 0 ? Salutation.DHR : Salutation.MEVR);
            data.setVoorletters(seed.initials());
            data.setTussenvoegsel(seed.tussenvoegsel());
            data.setAchternaam(seed.surname() + "-" + tag);
            data.setGeboortedatum(LocalDate.of(1950, 1, 1).plusDays(seed.number() * 17L));
            data.setWoonadres(address(seed.number()));
            if (seed.priveEmail()) {
                data.setPriveEmail("prive" + seed.number() + "@" + tag.toLowerCase(Locale.ROOT) + ".voorbeeld.nl");
            }
            return prepared(data);
        }

        private PersonRegistration load(Expected person) {
            return person.kind == RegistrationKind.CONTACT
                    ? clients.getContact(person.id)
                    : clients.getPerson(person.id);
        }

        private void add(Expected expected) {
            model.put(expected.id, expected);
            everCreated.add(expected.id);
        }

        void begin(String description, String user) {
            step = description;
            stepUser = user;
            before = new LinkedHashMap<>();
            model.forEach((id, expected) -> before.put(id, expected.copy()));
        }

        private void assertRefused(Class<? extends DomainException> type, String key, Runnable call) {
            assertThatThrownBy(call::run)
                    .as("%s: refused with %s", step, key)
                    .isInstanceOfSatisfying(
                            type, e -> assertThat(e.getMessageKey()).as(step).isEqualTo(key));
            outcome("refused " + key);
        }

        /** Counts what the steps did, for jqwik's statistics report: are all paths taken often enough? */
        private void outcome(String what) {
            String[] words = step.split(" ");
            String action = words[0].equals("create") || words[0].equals("switch") || words[0].equals("move")
                    ? words[0] + " " + words[1]
                    : words[0];
            Statistics.label("outcomes").collect(action + ": " + what);
        }

        @Nullable
        Expected byLabel(String label) {
            return model.values().stream()
                    .filter(e -> e.label.equals(label))
                    .findFirst()
                    .orElse(null);
        }

        // ------------------------------------------------------------------- after every step

        void check() {
            Map<Long, PersonRegistration> actual = readBack();
            for (Expected expected : model.values()) {
                if (expected.isPerson()) {
                    assertThat(actual).as("%s: %s exists", step, expected).containsKey(expected.id);
                    checkAgainstModel(expected, actual.get(expected.id));
                }
            }
            for (long id : before.keySet()) {
                if (!model.containsKey(id)) {
                    assertThatThrownBy(() -> clients.get(id))
                            .as("%s: deleted", step)
                            .isInstanceOf(RegistrationNotFoundException.class);
                }
            }
            checkLinks(actual);
            checkHistory();
        }

        /**
         * Every person registration of this try as the service reads it now: the contactpersonen of
         * the try's klant-bedrijven in one call per company (so a contactpersoon that should not be
         * there shows up too), the klant-personen one by one.
         */
        private Map<Long, PersonRegistration> readBack() {
            Map<Long, PersonRegistration> actual = new HashMap<>();
            for (Expected company : companies()) {
                for (ContactPerson contact : clients.contactsOf(company.id)) {
                    assertThat(model)
                            .as("%s: contactpersoon %s at %s is expected", step, contact.getId(), company)
                            .containsKey(contact.getId());
                    actual.put(contact.getId(), contact);
                }
            }
            for (Expected expected : model.values()) {
                if (expected.kind == RegistrationKind.PERSOON) {
                    actual.put(expected.id, clients.getPerson(expected.id));
                }
            }
            return actual;
        }

        /** The registration as the service reads it equals the model. */
        private void checkAgainstModel(Expected expected, PersonRegistration person) {
            String what = step + ": " + expected.label;
            assertThat(person.getKind()).as(what).isEqualTo(expected.kind);
            assertThat(PrivateValues.of(person.getPersonal()))
                    .as("%s privé gegevens", what)
                    .isEqualTo(expected.personal());
            assertThat(person.getEmailvoorkeur()).as("%s e-mailvoorkeur", what).isEqualTo(expected.preference);
            if (person instanceof ContactPerson contact) {
                assertThat(headId(contact)).as("%s hoofd", what).isEqualTo(expected.head);
            }
        }

        /** R3, R6, R8 and the link targets, from the database alone; and LinkService's view of it. */
        private void checkLinks(Map<Long, PersonRegistration> actual) {
            Set<Long> followerIds = new HashSet<>();
            Set<Long> headIds = new HashSet<>();
            for (PersonRegistration registration : actual.values()) {
                if (!(registration instanceof ContactPerson contact) || contact.getHead() == null) {
                    continue;
                }
                long headId = headId(contact);
                followerIds.add(contact.getId());
                headIds.add(headId);
                Registration head = actual.containsKey(headId) ? actual.get(headId) : clients.get(headId);
                assertThat(head)
                        .as("%s: hoofd of %s is a klant-persoon or contactpersoon", step, contact.getId())
                        .isInstanceOfAny(ClientPerson.class, ContactPerson.class);
                if (head instanceof ContactPerson contactHead) {
                    assertThat(contactHead.getHead())
                            .as("%s: the hoofd %s follows nobody (R3)", step, headId)
                            .isNull();
                }
                PersonRegistration personHead = (PersonRegistration) head;
                assertThat(PrivateValues.of(contact.getPersonal()))
                        .as(
                                "%s: volger %s holds the privé gegevens of hoofd %s (R6, R8)",
                                step, contact.getId(), headId)
                        .isEqualTo(synced(PrivateValues.of(personHead.getPersonal()), personHead.getEmailvoorkeur()));
            }
            Set<Long> followersThatAreHead = new HashSet<>(followerIds);
            followersThatAreHead.retainAll(headIds);
            assertThat(followersThatAreHead)
                    .as("%s: no volger is a hoofd (R3)", step)
                    .isEmpty();

            for (Expected expected : touched()) {
                LinkState state = links.state(expected.id);
                List<Expected> itsFollowers = followersOf(expected);
                if (expected.head != null) {
                    assertThat(state.kind())
                            .as("%s: state of %s", step, expected)
                            .isEqualTo(LinkState.Kind.FOLLOWER);
                } else if (!itsFollowers.isEmpty()) {
                    assertThat(state.kind())
                            .as("%s: state of %s", step, expected)
                            .isEqualTo(LinkState.Kind.HEAD);
                    assertThat(state.followerCount())
                            .as("%s: volgers of %s", step, expected)
                            .isEqualTo(itsFollowers.size());
                    assertThat(links.followersOf(expected.id))
                            .as("%s: volgersOf %s", step, expected)
                            .extracting(ContactPerson::getId)
                            .containsExactlyInAnyOrderElementsOf(
                                    itsFollowers.stream().map(e -> e.id).toList());
                } else {
                    assertThat(state.kind())
                            .as("%s: state of %s", step, expected)
                            .isEqualTo(LinkState.Kind.NONE);
                }
            }
        }

        /** The person registrations the step changed, and the hoofden they follow or followed. */
        private Set<Expected> touched() {
            Set<Long> ids = new HashSet<>();
            for (Expected now : model.values()) {
                Expected old = before.get(now.id);
                if (old == null || expectedKind(old, now) != null) {
                    ids.add(now.id);
                    ids.add(now.head == null ? now.id : now.head);
                    ids.add(old == null || old.head == null ? now.id : old.head);
                }
            }
            before.values().stream()
                    .filter(old -> !model.containsKey(old.id) && old.head != null)
                    .forEach(old -> ids.add(old.head));
            Set<Expected> touched = new LinkedHashSet<>();
            for (long id : ids) {
                Expected expected = model.get(id);
                if (expected != null && expected.isPerson()) {
                    touched.add(expected);
                }
            }
            return touched;
        }

        /**
         * R16: every registration the step changed (by the model) has a new newest history entry of the
         * kind the change is, by the step's user, with the changed privé fields; all in one revision.
         */
        private void checkHistory() {
            Set<Long> ids = new HashSet<>(before.keySet());
            ids.addAll(model.keySet());
            Set<Long> revisions = new HashSet<>();
            for (long id : ids) {
                Expected old = before.get(id);
                Expected now = model.get(id);
                HistoryEntry.Kind kind = expectedKind(old, now);
                if (kind == null) {
                    continue;
                }
                List<HistoryEntry> entries = asSupport(() -> history.historyOf(id)); // reading the history is support's
                String what = step + ": history of " + (now != null ? now : old);
                assertThat(entries).as(what).isNotEmpty();
                HistoryEntry newest = entries.getFirst();
                assertThat(newest.revision())
                        .as("%s: a new revision", what)
                        .isGreaterThan(lastRevision.getOrDefault(id, 0L));
                lastRevision.put(id, newest.revision());
                revisions.add(newest.revision());
                assertThat(newest.kind())
                        .as("%s: kind (entries %s)", what, describe(entries))
                        .isEqualTo(kind);
                assertThat(newest.username()).as("%s: who", what).isEqualTo(stepUser);
                if (kind != HistoryEntry.Kind.DELETED && now != null && now.isPerson()) {
                    checkFieldChanges(what, newest, old, now);
                }
                if (kind == HistoryEntry.Kind.LINKED
                        || kind == HistoryEntry.Kind.MOVED
                        || kind == HistoryEntry.Kind.PROPAGATED) {
                    assertThat(newest.head()).as("%s: hoofd", what).isNotNull();
                    assertThat(newest.head().id()).as("%s: hoofd", what).isEqualTo(now.head);
                }
                if (kind == HistoryEntry.Kind.UNLINKED || kind == HistoryEntry.Kind.MOVED) {
                    assertThat(newest.previousHead())
                            .as("%s: previous hoofd", what)
                            .isNotNull();
                    assertThat(newest.previousHead().id())
                            .as("%s: previous hoofd", what)
                            .isEqualTo(old.head);
                }
            }
            assertThat(revisions)
                    .as("%s: one transaction, one revision (R6)", step)
                    .hasSizeLessThanOrEqualTo(1);
            before = new LinkedHashMap<>();
            model.forEach((id, expected) -> before.put(id, expected.copy()));
        }

        private HistoryEntry.@Nullable Kind expectedKind(@Nullable Expected old, @Nullable Expected now) {
            if (old == null) {
                return now == null ? null : HistoryEntry.Kind.CREATED;
            }
            if (now == null) {
                return HistoryEntry.Kind.DELETED;
            }
            if (old.head == null && now.head != null) {
                return HistoryEntry.Kind.LINKED;
            }
            if (old.head != null && now.head == null) {
                return HistoryEntry.Kind.UNLINKED;
            }
            if (old.head != null && !old.head.equals(now.head)) {
                return HistoryEntry.Kind.MOVED;
            }
            boolean personalChanged = now.isPerson() && !now.personal().equals(old.personal());
            if (personalChanged && now.head != null) {
                return HistoryEntry.Kind.PROPAGATED;
            }
            if (personalChanged || old.preference != now.preference) {
                return HistoryEntry.Kind.CHANGED;
            }
            return null;
        }

        /** The changed privé fields are in the entry, with old → new for the plain-text ones. */
        private void checkFieldChanges(String what, HistoryEntry entry, @Nullable Expected old, Expected now) {
            Map<String, HistoryEntry.FieldChange> recorded = entry.changes().stream()
                    .collect(Collectors.toMap(HistoryEntry.FieldChange::fieldKey, change -> change, (a, b) -> a));
            PrivateValues previous =
                    old == null || old.personal == null ? PrivateValues.of(new PersonalData()) : old.personal;
            for (String field : previous.differingFields(now.personal())) {
                String key = HISTORY_KEYS.get(field);
                if (field.equals("correspondentieadres")) {
                    continue; // with "zelfde als woonadres" the history shows no correspondentieadres at all
                }
                assertThat(recorded)
                        .as("%s: %s recorded (%s)", what, key, recorded.keySet())
                        .containsKey(key);
                if (PLAIN_TEXT.contains(field)) {
                    HistoryEntry.FieldChange inHistory = recorded.get(key);
                    assertThat(inHistory.newValue())
                            .as("%s: new %s", what, key)
                            .isEqualTo(plainText(now.personal(), field));
                    if (old != null) {
                        assertThat(inHistory.oldValue())
                                .as("%s: old %s", what, key)
                                .isEqualTo(plainText(previous, field));
                    }
                }
            }
            if (old != null && old.preference != now.preference) {
                assertThat(recorded).as("%s: e-mailvoorkeur recorded", what).containsKey("person.emailvoorkeur");
                assertThat(recorded.get("person.emailvoorkeur").newValue())
                        .as(what)
                        .isEqualTo(now.preference.translationKey());
            }
        }

        private static @Nullable Long headId(ContactPerson contact) {
            PersonRegistration head = contact.getHead();
            return head == null ? null : head.getId();
        }

        private String describe(List<HistoryEntry> entries) {
            return entries.stream()
                    .map(e -> e.revision() + " " + e.kind() + " by " + e.username())
                    .collect(Collectors.joining(", "));
        }

        private <T> T asSupport(Supplier<T> call) {
            SecurityContext context = SecurityContextHolder.getContext();
            Authentication previous = context.getAuthentication();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    SUPPORT,
                    null,
                    AuthorityUtils.createAuthorityList("ROLE_MEDEWERKER", "ROLE_MANAGER", "ROLE_SUPPORT")));
            try {
                return call.get();
            } finally {
                context.setAuthentication(previous);
            }
        }

        @Override
        public String toString() {
            return "World " + tag + " "
                    + model.values().stream()
                            .map(e -> e.label + (e.head == null ? "" : "→" + model.getOrDefault(e.head, e).label))
                            .collect(Collectors.joining(" ", "[", "]"));
        }
    }

    /** The label key under which the history records each field of the privé gegevens. */
    private static final Map<String, String> HISTORY_KEYS = Map.ofEntries(
            Map.entry("aanhef", "person.aanhef"),
            Map.entry("titel", "person.titel"),
            Map.entry("voorletters", "person.voorletters"),
            Map.entry("voornamen", "person.voornamen"),
            Map.entry("roepnaam", "person.roepnaam"),
            Map.entry("tussenvoegsel", "person.tussenvoegsel"),
            Map.entry("achternaam", "person.achternaam"),
            Map.entry("geboortedatum", "person.geboortedatum"),
            Map.entry("woonadres", "person.woonadres"),
            Map.entry("correspondentieZelfdeAlsWoonadres", "person.correspondentieZelfde"),
            Map.entry("correspondentieadres", "person.correspondentieadres"),
            Map.entry("priveEmail", "person.priveEmail"),
            Map.entry("priveMobiel", "person.priveMobiel"),
            Map.entry("priveTelefoon", "person.priveTelefoon"));

    /** Fields the history shows as they are stored (not dates, choices, flags or addresses). */
    private static final Set<String> PLAIN_TEXT = Set.of(
            "titel",
            "voorletters",
            "voornamen",
            "roepnaam",
            "tussenvoegsel",
            "achternaam",
            "priveEmail",
            "priveMobiel",
            "priveTelefoon");

    private static String plainText(PrivateValues values, String field) {
        Object value = values.get(field);
        return value == null ? "" : value.toString();
    }

    /** Letters only, so it reads as part of a name: "Jansen-Kqhbtd". */
    private static String uniqueTag() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        StringBuilder tag = new StringBuilder();
        for (char c : hex.toCharArray()) {
            tag.append((char) ('a' + Character.digit(c, 16)));
        }
        return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
    }
}
