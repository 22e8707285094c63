package nl.klantregistratie.link;

import static nl.klantregistratie.test.Threads.await;
import static nl.klantregistratie.test.Threads.pause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import nl.klantregistratie.client.MergeRefusedException;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.client.Salutation;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.merge.MergeRequest;
import nl.klantregistratie.merge.MergeService;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The koppeling as a state machine: random sequences of what users do (create klant-personen and
 * contactpersonen, edit privé gegevens and e-mailvoorkeur, link, create linked, move volgers, end
 * links, delete, merge two registrations and undo a merge: docs/domain.md M2–M8) through
 * {@link ClientService}, {@link LinkService} and {@link MergeService}, with after EVERY step:
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
 * <p>Some steps are two users at the same moment, in two real transactions on two threads: the
 * medewerker saves a hoofd's privé gegevens while a colleague links a contactpersoon to it or saves a new
 * linked contactpersoon, or while support ends a link of one of its volgers or moves volgers from or
 * to it; and two colleagues link two contactpersonen to the same hoofd. Each runs in one of the
 * interleavings of {@link Order} (or {@link Race}), held in place by latches: the save has read when
 * the other change commits, or one of the two is written and holds its locks while the other starts
 * (and runs into them). Whatever the database does inside, the outcome must be that of the two
 * transactions one after the other in the order they commit: the model is updated so, transaction by
 * transaction, and the checks above hold after both (a volger equals its hoofd, each transaction has
 * its own revision and user in the history, and a registration the model did not change has no new
 * history). A refusal is accepted only where the rules call for it: an unlink that meets a volger the
 * save has just changed is "gewijzigd door een ander" (R17). No lock timeout or deadlock can happen in
 * these interleavings: the transaction that goes first never waits for the other, and two links that
 * start at once lock their registrations in the same (id) order. So "in gebruik door een collega" is
 * not accepted either.
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
    static final String MANAGER = "manager";
    private static final int TRIES = 20;
    private static final int MAX_ACTIONS = 25;
    /** The colleague who acts at the same moment as the medewerker in a concurrent step. */
    static final String COLLEAGUE = "collega";
    /**
     * How long a transaction that holds its locks keeps them, at most, for a colleague's transaction
     * that starts meanwhile to run into them; it lets go as soon as that one is seen waiting.
     */
    private static final Duration HOLD_AT_MOST = Duration.ofMillis(250);

    private static final Duration SAMPLE = Duration.ofMillis(2);
    /** This many samples in a row inside the database driver mean waiting for a lock: a statement takes a few ms. */
    private static final int WAITING_SAMPLES = 5;

    private static final long TIMEOUT_SECONDS = 30;

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

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MergeService merges;

    /**
     * This application context's holder of the signed-in user: every try points the global holder at
     * it, as SecurityContextStrategyListener does per test method, so a user signed in by a step (on
     * this thread or a colleague's) is the one the services of this context see, also when another
     * cached test context installed its own meanwhile.
     */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    JdbcClient jdbc;

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
                .withAction(
                        3,
                        dependent(
                                w -> w.persons().size() > 1,
                                w -> pairs(w.mergeable(), w.persons())
                                        .map(pair -> step(
                                                "merge " + pair.get(1) + " into " + pair.get(0),
                                                pair,
                                                (it, found) -> it.merge(found.get(0), found.get(1))))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.openMerges.isEmpty(),
                                w -> Combinators.combine(
                                                Arbitraries.of(w.openMerges).map(OpenMerge::survivorLabel),
                                                asSupportMostly())
                                        .as((survivor, support) -> step(
                                                "undo the merge into " + survivor + (support ? "" : " as manager"),
                                                List.of(survivor),
                                                (it, found) -> it.undoMerge(found.get(0), support)))))
                // Two users at the same moment, in two real transactions (see Order and Race).
                .withAction(
                        2,
                        dependent(
                                w -> !w.linkable().isEmpty(),
                                w -> Combinators.combine(
                                                Arbitraries.of(w.linkable()),
                                                Arbitraries.of(Edit.class),
                                                Arbitraries.of(Order.class))
                                        .as((pair, edit, order) -> step(
                                                "edit " + edit + " of " + pair.get(1) + " while " + COLLEAGUE
                                                        + " links " + pair.get(0) + " → " + pair.get(1) + ", "
                                                        + order,
                                                pair,
                                                (it, found) ->
                                                        it.editWhileLinking(found.get(1), edit, found.get(0), order)))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.possibleHeads().isEmpty()
                                        && !w.companies().isEmpty(),
                                w -> Combinators.combine(
                                                pick(w.possibleHeads()),
                                                Arbitraries.of(Edit.class),
                                                pick(w.companies()),
                                                Arbitraries.of(EmailPreference.class),
                                                Arbitraries.of(Order.class))
                                        .as((head, edit, company, preference, order) -> step(
                                                "edit " + edit + " of " + head + " while " + COLLEAGUE
                                                        + " creates a linked contactpersoon of " + head + " at "
                                                        + company + ", " + order,
                                                List.of(head, company),
                                                (it, found) -> it.editWhileCreatingLinked(
                                                        found.get(0), edit, found.get(1), preference, order)))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.headsForTwo().isEmpty(),
                                w -> pick(w.headsForTwo())
                                        .flatMap(head -> Combinators.combine(
                                                        Arbitraries.of(w.linkableTo(head))
                                                                .list()
                                                                .ofSize(2)
                                                                .uniqueElements(),
                                                        Arbitraries.of(Race.class))
                                                .as((two, race) -> step(
                                                        "link " + two.get(0) + " → " + head + " while " + COLLEAGUE
                                                                + " links " + two.get(1) + " → " + head + ", " + race,
                                                        List.of(two.get(0), two.get(1), head),
                                                        (it, found) -> it.linkTogether(
                                                                found.get(0), found.get(1), found.get(2), race))))))
                .withAction(
                        2,
                        dependent(
                                w -> !w.followers().isEmpty(),
                                w -> Combinators.combine(
                                                pick(w.followers()),
                                                Arbitraries.of(Edit.class),
                                                Arbitraries.of(Order.class))
                                        .as((follower, edit, order) -> step(
                                                "edit " + edit + " of the hoofd of " + follower + " while support"
                                                        + " ends the link of " + follower + ", " + order,
                                                List.of(follower),
                                                (it, found) -> it.editWhileUnlinking(found.get(0), edit, order)))))
                .withAction(
                        1,
                        dependent(
                                w -> !w.movable().isEmpty(),
                                w -> Combinators.combine(
                                                Arbitraries.of(w.movable()),
                                                Arbitraries.of(true, false),
                                                Arbitraries.of(Edit.class),
                                                Arbitraries.of(Order.class))
                                        .as((pair, target, edit, order) -> step(
                                                "edit " + edit + " of " + pair.get(target ? 1 : 0)
                                                        + " while support moves the volgers of " + pair.get(0)
                                                        + " → " + pair.get(1) + ", " + order,
                                                pair,
                                                (it, found) -> it.editWhileMoving(
                                                        found.get(0), found.get(1), target, edit, order)))))
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

    /** Mostly one of the preferred label pairs (when there are any), sometimes any two of all. */
    private static Arbitrary<List<String>> pairs(List<List<String>> preferred, List<Expected> all) {
        Arbitrary<List<String>> any = Combinators.combine(pick(all), pick(all)).as(List::of);
        return preferred.isEmpty()
                ? any
                : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(preferred)), Tuple.of(1, any));
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

    /** Runs the call signed in as this user with these authorities; the previous sign-in is back after. */
    private <T> T as(String user, Supplier<T> call, String... authorities) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, AuthorityUtils.createAuthorityList(authorities)));
        try {
            return call.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    // --------------------------------------------------------------------------- the world

    private World newWorld() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
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
        // Merges of the try: as if their undo period were over, so their records go and the survivors
        // can be deleted (M7).
        if (!done.mergesMade.isEmpty()) {
            jdbc.sql("UPDATE registration_merge SET merged_at = :long_ago WHERE id IN (:ids)")
                    .param("long_ago", Timestamp.from(Instant.now().minus(Duration.ofDays(3650))))
                    .param("ids", done.mergesMade)
                    .update();
            as(
                    SUPPORT,
                    () -> merges.removeExpiredRecords(Instant.now()),
                    "ROLE_MEDEWERKER",
                    "ROLE_MANAGER",
                    "ROLE_SUPPORT");
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

        /** Merged into another registration: a read-only record (M6). */
        boolean merged;

        @Nullable
        Long mergedInto;

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
            copy.merged = merged;
            copy.mergedInto = mergedInto;
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

    // --------------------------------------------------------------------------- two users at once

    /**
     * How the medewerker's save of a hoofd's privé gegevens and a colleague's change that involves the
     * same hoofd interleave. Whatever the database does inside, the outcome must be that of the two
     * transactions one after the other, in the order they commit (R6, R17).
     */
    enum Order {
        /**
         * The save's transaction has read the hoofd when the colleague's change commits; then it writes.
         * MariaDB's REPEATABLE READ shows the save the rows as they were at its first read.
         */
        SAVE_READ_FIRST("the change commits between the save's read and its write"),
        /** The colleague's change is written and holds its locks when the save starts. */
        CHANGE_HOLDS("the change holds its locks while the save starts"),
        /** The save (with its propagation) is written and holds its locks when the colleague's change starts. */
        SAVE_HOLDS("the save holds its locks while the change starts");

        private final String description;

        Order(String description) {
            this.description = description;
        }

        /** For the statistics report. */
        String brief() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** How two colleagues' links of two contactpersonen to the same hoofd meet. */
    enum Race {
        /** The first link is written and holds its locks when the second starts. */
        FIRST_HOLDS("the first link holds its locks while the second starts"),
        /** Both start at the same moment; the database decides which goes first. */
        AT_ONCE("both start at the same moment");

        private final String description;

        Race(String description) {
            this.description = description;
        }

        String brief() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** What one transaction of a concurrent step ended with: its result, or the exception it threw. */
    record Ended(@Nullable Object value, @Nullable RuntimeException failure) {}

    /**
     * Both transactions of a concurrent step: the medewerker's and the colleague's (or support's);
     * {@code waited}: the one that started second was seen waiting for the first one's locks.
     */
    record Together(Ended mine, Ended theirs, boolean waited) {}

    /** One committed transaction of a step: by whom, and what the model holds after it. */
    record Phase(String user, Map<Long, Expected> after) {}

    /** Between a transaction that holds its locks and a colleague's transaction that starts meanwhile. */
    static final class Handover {
        final CountDownLatch written = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        volatile @Nullable Thread waiter;
        volatile boolean finished;
        volatile boolean sawWaiting;
    }

    private Future<Ended> launch(ExecutorService threads, String user, Supplier<?> work) {
        return threads.submit(() -> {
            try {
                return new Ended(signedIn(user, work), null);
            } catch (RuntimeException e) {
                return new Ended(null, e);
            }
        });
    }

    /**
     * Does the work in a transaction that, once written, keeps it open (and its locks held) until the
     * colleague's transaction is seen waiting for them, or at most {@link #HOLD_AT_MOST}.
     */
    private Future<Ended> holding(ExecutorService threads, String user, Supplier<?> work, Handover handover) {
        return launch(
                threads,
                user,
                () -> new TransactionTemplate(transactions).execute(status -> {
                    Object done;
                    try {
                        done = work.get();
                    } finally {
                        handover.written.countDown();
                    }
                    await(handover.started);
                    handover.sawWaiting = untilWaiting(handover);
                    return done;
                }));
    }

    /**
     * Once the holding transaction is written: prepares (with reads of its own, as a form does), then
     * makes the call that may have to wait for the holding transaction's locks.
     */
    private <P> Future<Ended> waiting(
            ExecutorService threads, String user, Supplier<P> prepare, Function<P, ?> call, Handover handover) {
        return launch(threads, user, () -> {
            try {
                await(handover.written);
                P prepared = prepare.get();
                handover.waiter = Thread.currentThread();
                handover.started.countDown();
                return call.apply(prepared);
            } finally {
                handover.finished = true;
                handover.started.countDown();
            }
        });
    }

    /**
     * Whether the waiting transaction's thread was seen inside the database driver for
     * {@link #WAITING_SAMPLES} samples in a row (waiting for a lock); false when it finished first or
     * {@link #HOLD_AT_MOST} passed. No lock tables needed, so it works alike on H2 and MariaDB.
     */
    private static boolean untilWaiting(Handover handover) {
        Thread waiter = handover.waiter;
        long deadline = System.nanoTime() + HOLD_AT_MOST.toNanos();
        int inside = 0;
        while (waiter != null && !handover.finished && System.nanoTime() < deadline) {
            inside = inDatabaseCall(waiter) ? inside + 1 : 0;
            if (inside >= WAITING_SAMPLES) {
                return true;
            }
            pause(SAMPLE);
        }
        return false;
    }

    /** MariaDB's driver waiting for the server's answer, or H2's own code (embedded, it waits for locks there). */
    private static boolean inDatabaseCall(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.mariadb.jdbc.") || type.startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the call on this thread as the user: support with its roles, anyone else as medewerker. */
    private <T> T signedIn(String username, Supplier<T> call) {
        Role role = username.equals(SUPPORT) ? Role.SUPPORT : Role.MEDEWERKER;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                role.included().stream()
                        .map(included -> new SimpleGrantedAuthority(included.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * One try: the registrations it made, the model of what the database must hold, and what the
     * current step is expected to have changed (for the history check).
     */
    /**
     * A merge the model made, while it can be undone: its survivor and record, the survivor as it was
     * before, the link the record had, the volgers that moved and where from, whether the survivor
     * took the record's hoofd, and the version of each registration the merge wrote (a later change of
     * one refuses the undo, M7).
     */
    record OpenMerge(
            long mergeId,
            long survivorId,
            String survivorLabel,
            Expected survivorBefore,
            long recordId,
            @Nullable Long recordHead,
            Map<Long, Long> movedFrom,
            boolean tookLink,
            Map<Long, Long> versions) {}

    final class World {

        private final String tag = uniqueTag();
        private final Map<Long, Expected> model = new LinkedHashMap<>();
        private final Set<Long> everCreated = new LinkedHashSet<>();
        private final Map<Long, Long> lastRevision = new HashMap<>();
        /** The merges of this try that can still be undone, oldest first; and every merge made (to clean up). */
        private final List<OpenMerge> openMerges = new ArrayList<>();

        private final List<Long> mergesMade = new ArrayList<>();
        private Map<Long, Expected> before = Map.of();
        private String stepUser = MEDEWERKER;
        /** A concurrent step's transactions in the order they commit; empty for a step of one transaction. */
        private List<Phase> phases = List.of();
        /** A concurrent step's registrations: where the model did not change, no new history may be either. */
        private Set<Long> involved = Set.of();
        /** A concurrent step's name in the statistics report. */
        private @Nullable String action;

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

        /** The registrations users work with: not the records of merged ones (M6). */
        private Stream<Expected> live() {
            return model.values().stream().filter(e -> !e.merged);
        }

        List<Expected> alive() {
            return live().toList();
        }

        List<Expected> companies() {
            return live().filter(e -> e.kind == RegistrationKind.BEDRIJF).toList();
        }

        List<Expected> persons() {
            return live().filter(Expected::isPerson).toList();
        }

        List<Expected> contacts() {
            return live().filter(e -> e.kind == RegistrationKind.CONTACT).toList();
        }

        List<Expected> followers() {
            return live().filter(e -> e.head != null).toList();
        }

        /** Hoofden and volgers. */
        List<Expected> linked() {
            List<Expected> linked = new ArrayList<>(followers());
            linked.addAll(heads());
            return linked;
        }

        List<Expected> heads() {
            return live().filter(e -> !followersOf(e).isEmpty()).toList();
        }

        private List<Expected> followersOf(Expected head) {
            return model.values().stream()
                    .filter(e -> Objects.equals(e.head, head.id))
                    .toList();
        }

        /** Registrations the rules allow as hoofd (R2, R3). */
        List<Expected> possibleHeads() {
            return persons().stream().filter(this::mayBeHead).toList();
        }

        /** [volger, hoofd] label pairs the rules allow to link (R1–R3). */
        List<List<String>> linkable() {
            List<List<String>> pairs = new ArrayList<>();
            for (Expected follower : contacts()) {
                for (Expected head : persons()) {
                    if (mayLink(follower, head)) {
                        pairs.add(List.of(follower.label, head.label));
                    }
                }
            }
            return pairs;
        }

        /** The labels of the contactpersonen the rules allow to link to this hoofd. */
        List<String> linkableTo(String headLabel) {
            Expected head = byLabel(headLabel);
            return head == null
                    ? List.of()
                    : contacts().stream()
                            .filter(contact -> mayLink(contact, head))
                            .map(contact -> contact.label)
                            .toList();
        }

        /** [survivor, duplicate] label pairs of one kind (contactpersonen at one klant-bedrijf): M2. */
        List<List<String>> mergeable() {
            List<List<String>> pairs = new ArrayList<>();
            for (Expected survivor : persons()) {
                for (Expected duplicate : persons()) {
                    if (survivor.id != duplicate.id
                            && survivor.kind == duplicate.kind
                            && Objects.equals(survivor.companyId, duplicate.companyId)) {
                        pairs.add(List.of(survivor.label, duplicate.label));
                    }
                }
            }
            return pairs;
        }

        /** Registrations that two contactpersonen can be linked to. */
        List<Expected> headsForTwo() {
            return persons().stream()
                    .filter(head -> linkableTo(head.label).size() > 1)
                    .toList();
        }

        /** [from, to] label pairs: a hoofd, and a registration its volgers may move to (R14). */
        List<List<String>> movable() {
            List<List<String>> pairs = new ArrayList<>();
            for (Expected from : heads()) {
                for (Expected to : persons()) {
                    if (mayMove(from, to)) {
                        pairs.add(List.of(from.label, to.label));
                    }
                }
            }
            return pairs;
        }

        private boolean mayBeHead(Expected head) {
            return headRefusal(head, null) == null;
        }

        private boolean mayLink(Expected follower, Expected head) {
            return follower.kind == RegistrationKind.CONTACT
                    && follower.head == null
                    && headRefusal(head, follower) == null;
        }

        private boolean mayMove(Expected from, Expected to) {
            return from.id != to.id && !followersOf(from).isEmpty() && mayBeHead(to);
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
            PrivateValues wanted = edited(person, edit, n);
            boolean changes = !wanted.equals(person.personal());
            if (person.head != null && changes) {
                assertRefused(LinkRefusedException.class, "link.follower.readonly", () -> clients.save(current));
                return;
            }
            clients.save(current);
            outcome((person.head != null ? "volger saved unchanged" : changes ? "saved" : "saved unchanged")
                    + (followersOf(person).isEmpty() ? "" : ", reaches volgers"));
            saved(person, wanted);
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
            boolean moving = !followersOf(follower).isEmpty();
            links.link(follower.id, version, head.id);
            linked(follower, head);
            outcome(moving ? "linked, moving its volgers along" : "linked");
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
            long contactsAtCompany = live().filter(e -> Objects.equals(e.companyId, registration.id))
                    .count();
            int followerCount = followersOf(registration).size();
            boolean survivor = openMerges.stream().anyMatch(merge -> merge.survivorId() == registration.id);
            if (survivor && !(registration.kind == RegistrationKind.BEDRIJF && contactsAtCompany > 0)) {
                // M7: kept while the merge can be undone; with volgers too, either refusal is right
                assertThatThrownBy(() -> clients.delete(registration.id, version))
                        .as("%s: refused", step)
                        .isInstanceOfSatisfying(
                                DomainException.class,
                                e -> assertThat(e.getMessageKey())
                                        .isIn(
                                                "merge.delete.survivor",
                                                followerCount > 0 ? "link.delete.head" : "merge.delete.survivor"));
                outcome("refused merge.delete.survivor");
                return;
            }
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

        /**
         * M2–M6: a manager merges {@code duplicate} into {@code survivor}, taking every value the
         * survivor lacks from the other (the default choices); refused as the rules M5 say.
         */
        void merge(Expected survivor, Expected duplicate) {
            begin("merge " + duplicate + " into " + survivor, MANAGER);
            String refusal = mergeRefusal(survivor, duplicate);
            if (refusal != null) {
                assertRefused(
                        MergeRefusedException.class,
                        refusal,
                        () -> asManager(() -> merges.merge(request(survivor, duplicate))));
                return;
            }
            Expected before = survivor.copy();
            Long head = survivor.head != null ? survivor.head : duplicate.head;
            asManager(() -> merges.merge(request(survivor, duplicate)));

            Map<Long, Long> movedFrom = new LinkedHashMap<>();
            boolean tookLink = head != null && survivor.head == null;
            if (head == null) {
                saved(survivor, filled(survivor.personal(), duplicate.personal()));
            } else if (tookLink) {
                Expected newHead = model.get(head);
                for (Expected moving : followersOf(survivor)) {
                    follow(moving, newHead);
                    movedFrom.put(moving.id, survivor.id);
                }
                follow(survivor, newHead);
            }
            Expected target = head != null ? model.get(head) : survivor;
            for (Expected moving : followersOf(duplicate)) {
                follow(moving, target);
                movedFrom.put(moving.id, duplicate.id);
            }
            Long recordHead = duplicate.head;
            duplicate.head = null;
            duplicate.merged = true;
            duplicate.mergedInto = survivor.id;

            Map<Long, Long> versions = new HashMap<>();
            for (long id : List.of(survivor.id, duplicate.id)) {
                versions.put(id, clients.get(id).getVersion());
            }
            movedFrom.keySet().forEach(id -> versions.put(id, clients.get(id).getVersion()));
            long mergeId =
                    asSupport(() -> merges.mergesInto(survivor.id)).getFirst().mergeId();
            mergesMade.add(mergeId);
            openMerges.add(new OpenMerge(
                    mergeId,
                    survivor.id,
                    survivor.label,
                    before,
                    duplicate.id,
                    recordHead,
                    movedFrom,
                    tookLink,
                    versions));
            outcome(
                    tookLink
                            ? "merged, the survivor takes the hoofd"
                            : movedFrom.isEmpty() ? "merged" : "merged, volgers moving");
        }

        /** M7: support undoes the newest merge into the survivor; refused when one of its registrations changed since. */
        void undoMerge(Expected survivor, boolean asSupport) {
            OpenMerge merge = openMerges.reversed().stream()
                    .filter(open -> open.survivorId() == survivor.id)
                    .findFirst()
                    .orElse(null);
            if (merge == null) {
                skipped("undo merge");
                return;
            }
            begin("undo the merge into " + survivor, asSupport ? SUPPORT : MANAGER);
            if (!asSupport) {
                assertThatThrownBy(() -> asManager(() -> merges.undo(merge.mergeId())))
                        .isInstanceOf(AuthorizationDeniedException.class);
                outcome("denied to a manager");
                return;
            }
            if (!model.keySet().containsAll(merge.versions().keySet())) {
                assertRefused(
                        MergeRefusedException.class,
                        "merge.undo.deleted",
                        () -> asSupport(() -> merges.undo(merge.mergeId())));
                return;
            }
            boolean changedSince = merge.versions().entrySet().stream()
                    .anyMatch(pinned -> clients.get(pinned.getKey()).getVersion() != pinned.getValue());
            if (changedSince) {
                assertRefused(
                        MergeRefusedException.class,
                        "merge.undo.changed",
                        () -> asSupport(() -> merges.undo(merge.mergeId())));
                return;
            }
            asSupport(() -> merges.undo(merge.mergeId()));
            openMerges.remove(merge);

            Expected record = model.get(merge.recordId());
            record.merged = false;
            record.mergedInto = null;
            if (merge.tookLink()) {
                survivor.head = null;
            }
            merge.movedFrom().forEach((id, from) -> follow(model.get(id), model.get(from)));
            Expected formerHead = merge.recordHead() == null ? null : model.get(merge.recordHead());
            if (formerHead != null && !formerHead.merged && headRefusal(formerHead, record) == null) {
                follow(record, formerHead);
            }
            survivor.preference = merge.survivorBefore().preference;
            if (survivor.head == null) {
                saved(survivor, merge.survivorBefore().personal());
            } else {
                propagate(survivor);
            }
            outcome(merge.tookLink() ? "undone, the survivor's link ends" : "undone");
        }

        /** The refusal M2 and M5 call for, in the order the service meets them; null when the merge may go. */
        private @Nullable String mergeRefusal(Expected survivor, Expected duplicate) {
            if (survivor.id == duplicate.id) {
                return "merge.count";
            }
            if (survivor.kind != duplicate.kind) {
                return "merge.kinds";
            }
            if (survivor.kind == RegistrationKind.CONTACT && !Objects.equals(survivor.companyId, duplicate.companyId)) {
                return "merge.company";
            }
            if (Objects.equals(survivor.head, duplicate.id) || Objects.equals(duplicate.head, survivor.id)) {
                return "merge.headandfollower";
            }
            if (survivor.head != null && duplicate.head != null && !survivor.head.equals(duplicate.head)) {
                return "merge.twoheads";
            }
            return null;
        }

        private MergeRequest request(Expected survivor, Expected duplicate) {
            Map<Long, Long> versions = new HashMap<>();
            for (Expected registration : List.of(survivor, duplicate)) {
                versions.put(registration.id, clients.get(registration.id).getVersion());
            }
            return new MergeRequest(survivor.id, List.of(duplicate.id), versions, Map.of());
        }

        /**
         * M3's default, written out independently of MergeField: each field the survivor has no value
         * for (empty text, no address, a correspondentieadres that is the woonadres) from the other.
         */
        private PrivateValues filled(PrivateValues survivor, PrivateValues other) {
            PrivateValues result = survivor;
            for (String field : survivor.values().keySet()) {
                if (field.equals("correspondentieZelfdeAlsWoonadres")) {
                    continue; // comes with the correspondentieadres
                }
                if (field.equals("correspondentieadres")) {
                    if (Boolean.TRUE.equals(survivor.get("correspondentieZelfdeAlsWoonadres"))
                            && !Boolean.TRUE.equals(other.get("correspondentieZelfdeAlsWoonadres"))
                            && !isEmpty(other.get(field))) {
                        result = result.with("correspondentieZelfdeAlsWoonadres", false)
                                .with(field, other.get(field));
                    }
                    continue;
                }
                if (isEmpty(survivor.get(field)) && !isEmpty(other.get(field))) {
                    result = result.with(field, other.get(field));
                }
            }
            return result;
        }

        private static boolean isEmpty(@Nullable Object value) {
            return switch (value) {
                case null -> true;
                case String text -> text.isBlank();
                case Map<?, ?> address ->
                    address.values().stream()
                            .allMatch(part -> part == null || (part instanceof String text && text.isBlank()));
                default -> false;
            };
        }

        // ------------------------------------------------------------------- two users at once

        /**
         * R6: the medewerker saves a hoofd's privé gegevens while a colleague links a contactpersoon to
         * it (and the volgers of that contactpersoon along, R3). Both succeed, whatever the order, and
         * the new volger holds what the hoofd holds in the end.
         */
        void editWhileLinking(Expected head, Edit edit, Expected follower, Order order) {
            if (!mayLink(follower, head)) {
                skipped("edit ∥ link");
                return;
            }
            beginTogether("edit ∥ link", follower, head);
            int n = counter++;
            PrivateValues wanted = edited(head, edit, n);
            long version = clients.get(follower.id).getVersion();
            boolean moving = !followersOf(follower).isEmpty();
            Together done = saveWhile(order, head, edit, n, COLLEAGUE, () -> links.link(follower.id, version, head.id));
            succeeded(done.mine(), "the save");
            succeeded(done.theirs(), "the link");
            inCommitOrder(order, () -> saved(head, wanted), () -> linked(follower, head), COLLEAGUE);
            together(order, done, moving ? "both done, volgers moving along" : "both done");
        }

        /**
         * R6, R7: the medewerker saves a hoofd's privé gegevens while a colleague saves a new contactpersoon
         * linked to it, whose create form opened before. The new volger holds what the hoofd holds in the
         * end: taken at its save, or passed on by the hoofd's save.
         */
        void editWhileCreatingLinked(
                Expected head, Edit edit, Expected company, EmailPreference preference, Order order) {
            if (!mayBeHead(head) || company.kind != RegistrationKind.BEDRIJF) {
                skipped("edit ∥ create linked");
                return;
            }
            beginTogether("edit ∥ create linked", head);
            int n = counter++;
            PrivateValues wanted = edited(head, edit, n);
            ContactPerson draft = new ContactPerson(clients.getCompany(company.id));
            draft.getBusiness().setFunctie("Commissaris");
            draft.setEmailvoorkeur(preference);
            links.prepareLinked(draft, head.id); // the colleague's create form opens
            Together done = saveWhile(order, head, edit, n, COLLEAGUE, () -> clients.save(draft));
            if (done.theirs().value() instanceof ContactPerson stored) {
                everCreated.add(stored.getId());
            }
            succeeded(done.mine(), "the save");
            succeeded(done.theirs(), "the new linked contactpersoon");
            long id = ((ContactPerson) Objects.requireNonNull(done.theirs().value())).getId();
            inCommitOrder(
                    order,
                    () -> saved(head, wanted),
                    () -> {
                        Expected created = new Expected("C" + contacts++, id, RegistrationKind.CONTACT);
                        created.preference = preference;
                        created.companyId = company.id;
                        add(created);
                        follow(created, head);
                    },
                    COLLEAGUE);
            together(order, done, "both done");
        }

        /**
         * R6, R13, R17: the medewerker saves a hoofd's privé gegevens while support ends the link of one
         * of its volgers. An unlink that commits first leaves the volger with the values it had; one
         * that meets a volger the save changed is refused as outdated ("gewijzigd door een ander").
         */
        void editWhileUnlinking(Expected follower, Edit edit, Order order) {
            Expected head = follower.head == null ? null : model.get(follower.head);
            if (head == null) {
                skipped("edit ∥ unlink");
                return;
            }
            beginTogether("edit ∥ unlink", follower, head);
            int n = counter++;
            PrivateValues wanted = edited(head, edit, n);
            boolean reachesIt = !synced(wanted, head.preference).equals(follower.personal());
            long version = clients.get(follower.id).getVersion();
            Together done = saveWhile(order, head, edit, n, SUPPORT, () -> links.unlink(follower.id, version));
            succeeded(done.mine(), "the save");
            if (order == Order.SAVE_HOLDS && reachesIt) {
                assertThat(done.theirs().failure())
                        .as("%s: the unlink of a volger the save changed is refused as outdated (R17)", step)
                        .isInstanceOf(RegistrationChangedException.class);
                saved(head, wanted);
                commit(MEDEWERKER);
                together(order, done, "unlink refused registration.changed");
                return;
            }
            succeeded(done.theirs(), "the unlink");
            inCommitOrder(order, () -> saved(head, wanted), () -> follower.head = null, SUPPORT);
            together(
                    order,
                    done,
                    !reachesIt ? "both done, nothing to pass on" : "both done, the volger keeps its values");
        }

        /**
         * R6, R14: the medewerker saves the privé gegevens of a hoofd while support moves its volgers to
         * another, or of the registration they move to. The volgers end with the target's data.
         */
        void editWhileMoving(Expected from, Expected to, boolean editTarget, Edit edit, Order order) {
            if (!mayMove(from, to)) {
                skipped("edit ∥ move volgers");
                return;
            }
            Expected edited = editTarget ? to : from;
            beginTogether("edit ∥ move volgers", from, to);
            int n = counter++;
            PrivateValues wanted = edited(edited, edit, n);
            List<Expected> moving = followersOf(from);
            Together done = saveWhile(order, edited, edit, n, SUPPORT, () -> links.moveFollowers(from.id, to.id));
            succeeded(done.mine(), "the save");
            succeeded(done.theirs(), "the move");
            assertThat(done.theirs().value()).as("%s: volgers moved", step).isEqualTo(moving.size());
            inCommitOrder(
                    order,
                    () -> saved(edited, wanted),
                    () -> moving.forEach(follower -> follow(follower, to)),
                    SUPPORT);
            together(order, done, (editTarget ? "target edited" : "old hoofd edited") + ", both done");
        }

        /**
         * R3, R17: two colleagues link two contactpersonen to the same hoofd at the same moment. The links
         * wait for each other on the hoofd's lock; both are made, each with the hoofd's data.
         */
        void linkTogether(Expected first, Expected second, Expected head, Race race) {
            if (first.id == second.id || !mayLink(first, head) || !mayLink(second, head)) {
                skipped("link ∥ link");
                return;
            }
            beginTogether("link ∥ link", first, second, head);
            long firstVersion = clients.get(first.id).getVersion();
            long secondVersion = clients.get(second.id).getVersion();
            Supplier<ContactPerson> mine = () -> links.link(first.id, firstVersion, head.id);
            Supplier<ContactPerson> theirs = () -> links.link(second.id, secondVersion, head.id);
            Together done;
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                if (race == Race.FIRST_HOLDS) {
                    Handover handover = new Handover();
                    Future<Ended> holding = holding(threads, MEDEWERKER, mine, handover);
                    Future<Ended> waiting = waiting(threads, COLLEAGUE, () -> null, ignored -> theirs.get(), handover);
                    done = new Together(finish(holding), finish(waiting), handover.sawWaiting);
                } else {
                    CountDownLatch go = new CountDownLatch(1);
                    Future<Ended> one = launch(threads, MEDEWERKER, () -> {
                        await(go);
                        return mine.get();
                    });
                    Future<Ended> other = launch(threads, COLLEAGUE, () -> {
                        await(go);
                        return theirs.get();
                    });
                    go.countDown();
                    done = new Together(finish(one), finish(other), false);
                }
            } finally {
                threads.shutdownNow();
            }
            succeeded(done.mine(), "the first link");
            succeeded(done.theirs(), "the second link");
            // Two transactions that change different registrations: their order does not matter to the model.
            linked(first, head);
            commit(MEDEWERKER);
            linked(second, head);
            commit(COLLEAGUE);
            outcome(race.brief() + ": both linked");
            if (race == Race.FIRST_HOLDS) {
                interleaving(race.brief(), done.waited());
            }
        }

        /**
         * The medewerker's save of the hoofd (the edit applied to the hoofd as read) and the colleague's
         * change, in two transactions interleaved as the order says.
         */
        private Together saveWhile(Order order, Expected head, Edit edit, int n, String user, Supplier<?> change) {
            Supplier<PersonRegistration> read = () -> load(head);
            Function<PersonRegistration, Object> write = current -> {
                edit.apply(current.getPersonal(), n, tag);
                return clients.save(current);
            };
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Handover handover = new Handover();
                Future<Ended> save;
                Future<Ended> theirs;
                if (order == Order.SAVE_READ_FIRST) {
                    CountDownLatch hasRead = new CountDownLatch(1);
                    CountDownLatch changed = new CountDownLatch(1);
                    save = launch(
                            threads,
                            MEDEWERKER,
                            () -> new TransactionTemplate(transactions).execute(status -> {
                                PersonRegistration current;
                                try {
                                    current = read.get();
                                } finally {
                                    hasRead.countDown();
                                }
                                await(changed);
                                return write.apply(current);
                            }));
                    theirs = launch(threads, user, () -> {
                        try {
                            await(hasRead);
                            return change.get();
                        } finally {
                            changed.countDown();
                        }
                    });
                } else if (order == Order.CHANGE_HOLDS) {
                    theirs = holding(threads, user, change, handover);
                    save = waiting(threads, MEDEWERKER, read, write, handover);
                } else {
                    save = holding(threads, MEDEWERKER, () -> write.apply(read.get()), handover);
                    theirs = waiting(threads, user, () -> null, ignored -> change.get(), handover);
                }
                return new Together(finish(save), finish(theirs), handover.sawWaiting);
            } finally {
                threads.shutdownNow();
            }
        }

        private Ended finish(Future<Ended> running) {
            try {
                return running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new AssertionError(step + ": " + e.getCause(), e.getCause());
            } catch (TimeoutException e) {
                throw new AssertionError(step + ": a transaction did not end within " + TIMEOUT_SECONDS + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The model after both transactions, one after the other as they commit; each is a phase of the step. */
        private void inCommitOrder(Order order, Runnable save, Runnable change, String user) {
            if (order == Order.SAVE_HOLDS) {
                save.run();
                commit(MEDEWERKER);
                change.run();
                commit(user);
            } else {
                change.run();
                commit(user);
                save.run();
                commit(MEDEWERKER);
            }
        }

        private void succeeded(Ended ended, String what) {
            RuntimeException failure = ended.failure();
            if (failure != null) {
                throw new AssertionError(step + ": " + what + " must succeed, but ended with " + failure, failure);
            }
        }

        private void together(Order order, Together done, String what) {
            outcome(order.brief() + ": " + what);
            if (order != Order.SAVE_READ_FIRST) {
                interleaving(order.brief(), done.waited());
            }
        }

        /** Whether the transaction that started second ran into the first one's locks, for the report. */
        private void interleaving(String order, boolean waited) {
            Statistics.label("interleavings")
                    .collect(action + ", " + order + ": "
                            + (waited ? "the second waited for the first's locks" : "the second did not wait"));
        }

        // ------------------------------------------------------------------- model helpers

        /** The privé gegevens a person holds after the edit, as the rules say. */
        private PrivateValues edited(Expected person, Edit edit, int n) {
            PersonalData edited = person.personal().toPersonalData();
            edit.apply(edited, n, tag);
            return PrivateValues.of(prepared(edited));
        }

        /** R6: a saved change of a person reaches its volgers. */
        private void saved(Expected person, PrivateValues personal) {
            person.personal = personal;
            propagate(person);
        }

        /** R3, R4: the volger takes the hoofd's data, and its own volgers move along. */
        private void linked(Expected follower, Expected head) {
            for (Expected moved : followersOf(follower)) {
                follow(moved, head);
            }
            follow(follower, head);
        }

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
            before = snapshot();
            phases = List.of();
            involved = Set.of();
            action = null;
        }

        /** A step of two transactions: each is recorded with {@link #commit} once the model holds its outcome. */
        private void beginTogether(String name, Expected... registrations) {
            begin(step, MEDEWERKER);
            phases = new ArrayList<>();
            action = name;
            involved = new HashSet<>();
            for (Expected registration : registrations) {
                involved.add(registration.id);
                if (registration.head != null) {
                    involved.add(registration.head);
                }
                followersOf(registration).forEach(follower -> involved.add(follower.id));
            }
        }

        private void commit(String user) {
            phases.add(new Phase(user, snapshot()));
        }

        /** Only while jqwik shrinks: an earlier step was left out, and the rules no longer allow this one. */
        private void skipped(String name) {
            begin(step + " (skipped: no longer applicable)", MEDEWERKER);
            action = name;
            outcome("skipped while shrinking");
        }

        private Map<Long, Expected> snapshot() {
            Map<Long, Expected> copy = new LinkedHashMap<>();
            model.forEach((id, expected) -> copy.put(id, expected.copy()));
            return copy;
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
            String name = action != null
                    ? action
                    : words[0].equals("create") || words[0].equals("switch") || words[0].equals("move")
                            ? words[0] + " " + words[1]
                            : words[0];
            Statistics.label("outcomes").collect(name + ": " + what);
        }

        @Nullable
        Expected byLabel(String label) {
            return live().filter(e -> e.label.equals(label)).findFirst().orElse(null);
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
                } else if (expected.merged) {
                    // a merged contactpersoon's record is not in its klant-bedrijf's list (M6)
                    actual.put(expected.id, clients.getContact(expected.id));
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
            assertThat(person.getMergedIntoId()).as("%s merged into", what).isEqualTo(expected.mergedInto);
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
            Map<Long, Expected> previous = before;
            for (Phase transaction : transactions()) {
                Map<Long, Expected> after = transaction.after();
                for (Expected now : after.values()) {
                    Expected old = previous.get(now.id);
                    if (old == null || expectedKind(old, now) != null) {
                        ids.add(now.id);
                        ids.add(now.head == null ? now.id : now.head);
                        ids.add(old == null || old.head == null ? now.id : old.head);
                    }
                }
                previous.values().stream()
                        .filter(old -> !after.containsKey(old.id) && old.head != null)
                        .forEach(old -> ids.add(old.head));
                previous = after;
            }
            Set<Expected> touched = new LinkedHashSet<>();
            for (long id : ids) {
                Expected expected = model.get(id);
                if (expected != null && expected.isPerson()) {
                    touched.add(expected);
                }
            }
            return touched;
        }

        /** The step's transactions in the order they commit: one, by the step's user, unless it is concurrent. */
        private List<Phase> transactions() {
            return phases.isEmpty() ? List.of(new Phase(stepUser, model)) : phases;
        }

        /**
         * R16: every registration each transaction of the step changed (by the model) has a new history
         * entry of the kind the change is, by that transaction's user, with the changed privé fields,
         * newest last, and no other new entry; all a transaction changed shares one revision, and two
         * transactions have two (R6).
         */
        private void checkHistory() {
            List<Phase> transactions = transactions();
            Set<Long> ids = new LinkedHashSet<>(before.keySet());
            transactions.forEach(transaction -> ids.addAll(transaction.after().keySet()));
            List<Set<Long>> revisions = new ArrayList<>();
            transactions.forEach(transaction -> revisions.add(new HashSet<>()));
            for (long id : ids) {
                List<Integer> changedIn = new ArrayList<>();
                List<HistoryEntry.Kind> kinds = new ArrayList<>();
                List<@Nullable Expected> olds = new ArrayList<>();
                List<@Nullable Expected> nows = new ArrayList<>();
                Expected old = before.get(id);
                for (int t = 0; t < transactions.size(); t++) {
                    Expected now = transactions.get(t).after().get(id);
                    HistoryEntry.Kind kind = expectedKind(old, now);
                    if (kind != null) {
                        changedIn.add(t);
                        kinds.add(kind);
                        olds.add(old);
                        nows.add(now);
                    }
                    old = now;
                }
                if (changedIn.isEmpty()) {
                    if (involved.contains(id) && model.containsKey(id) && lastRevision.containsKey(id)) {
                        List<HistoryEntry> entries = ownHistory(id);
                        assertThat(entries.isEmpty() ? 0L : entries.getFirst().revision())
                                .as(
                                        "%s: no new history of %s, which did not change (%s)",
                                        step, model.get(id), describe(entries))
                                .isLessThanOrEqualTo(lastRevision.get(id));
                    }
                    continue;
                }
                List<HistoryEntry> entries = ownHistory(id);
                Expected last = nows.getLast() != null ? nows.getLast() : olds.getLast();
                String what = step + ": history of " + last;
                int count = changedIn.size();
                assertThat(entries)
                        .as("%s (entries %s)", what, describe(entries))
                        .hasSizeGreaterThanOrEqualTo(count);
                long known = lastRevision.getOrDefault(id, 0L);
                if (entries.size() > count && lastRevision.containsKey(id)) {
                    assertThat(entries.get(count).revision())
                            .as("%s: no other new entry (entries %s)", what, describe(entries))
                            .isLessThanOrEqualTo(known);
                }
                long previousRevision = known;
                for (int k = 0; k < count; k++) {
                    int t = changedIn.get(k);
                    HistoryEntry entry = entries.get(count - 1 - k);
                    HistoryEntry.Kind kind = kinds.get(k);
                    Expected was = olds.get(k);
                    Expected now = nows.get(k);
                    assertThat(entry.revision())
                            .as("%s: a new revision (entries %s)", what, describe(entries))
                            .isGreaterThan(previousRevision);
                    previousRevision = entry.revision();
                    revisions.get(t).add(entry.revision());
                    assertThat(entry.kind())
                            .as("%s: kind (entries %s)", what, describe(entries))
                            .isEqualTo(kind);
                    assertThat(entry.username())
                            .as("%s: who (entries %s)", what, describe(entries))
                            .isEqualTo(transactions.get(t).user());
                    if (kind != HistoryEntry.Kind.DELETED && now != null && now.isPerson()) {
                        checkFieldChanges(what, entry, was, now);
                    }
                    if (kind == HistoryEntry.Kind.LINKED
                            || kind == HistoryEntry.Kind.MOVED
                            || kind == HistoryEntry.Kind.PROPAGATED) {
                        assertThat(entry.head()).as("%s: hoofd", what).isNotNull();
                        assertThat(entry.head().id()).as("%s: hoofd", what).isEqualTo(now.head);
                    }
                    if (kind == HistoryEntry.Kind.UNLINKED || kind == HistoryEntry.Kind.MOVED) {
                        assertThat(entry.previousHead())
                                .as("%s: previous hoofd", what)
                                .isNotNull();
                        assertThat(entry.previousHead().id())
                                .as("%s: previous hoofd", what)
                                .isEqualTo(was.head);
                    }
                }
                lastRevision.put(id, previousRevision);
            }
            Set<Long> all = new HashSet<>();
            for (Set<Long> revision : revisions) {
                assertThat(revision)
                        .as("%s: one transaction, one revision (R6)", step)
                        .hasSizeLessThanOrEqualTo(1);
                assertThat(Collections.disjoint(all, revision))
                        .as("%s: two transactions, two revisions (%s)", step, revisions)
                        .isTrue();
                all.addAll(revision);
            }
            before = snapshot();
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
            if (personalChanged || old.preference != now.preference || old.merged != now.merged) {
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

        private <T> T asManager(Supplier<T> call) {
            return as(MANAGER, call, "ROLE_MEDEWERKER", "ROLE_MANAGER");
        }

        private <T> T asSupport(Supplier<T> call) {
            return as(SUPPORT, call, "ROLE_MEDEWERKER", "ROLE_MANAGER", "ROLE_SUPPORT");
        }

        /** A registration's own history (support reads it): without its volgers' entries, which a hoofd's also shows. */
        private List<HistoryEntry> ownHistory(long id) {
            return asSupport(() -> history.historyOf(id)).stream()
                    .filter(entry -> entry.follower() == null)
                    .toList();
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
