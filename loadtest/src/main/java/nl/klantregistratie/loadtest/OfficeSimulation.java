package nl.klantregistratie.loadtest;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Office staff at work, as the Vaadin client speaks for them, with 2–5 s to think between actions.
 * A user signs in, opens the Klanten list, and then repeats a round: search by zoeknaam and look at
 * one of the results; search its own hoofd by klantnummer, open it, Bewerken, change the privé
 * telefoon and the notes, Opslaan (the change goes to the hoofd's volgers); open a contactpersoon,
 * "Koppelen" to that hoofd (search it in the dialog, choose it, Verder), then "Koppeling beëindigen"
 * again, so that the data is the same after every round. At the end the user signs out.
 *
 * <p>Settings (system properties): {@code baseUrl} (http://127.0.0.1:8080), {@code users} (50),
 * {@code ramp} (seconds, 30), {@code duration} (seconds each user keeps working, 120),
 * {@code username}/{@code password} (one account for all users; demo: medewerker / medewerker123;
 * the link round needs a SUPPORT account), {@code mode}:
 * <ul>
 *   <li>{@code work}: the round above. {@code heads}: a CSV file {@code headId,headKlantnummer} of
 *       hoofden with volgers, one per user (no two users edit one hoofd); {@code contacts}: a CSV
 *       file {@code contactId} of contactpersonen without a hoofd, taken in turn. Without these
 *       files (the demo data) the user edits the notes of a random klantnummer between
 *       {@code firstKlantnummer} and {@code lastKlantnummer} (100001–100800) and links nothing.
 *   <li>{@code baseline}: the same sign-in and thinking, each action a message to a view that does
 *       next to nothing (the application's {@code load-baseline} view, profile {@code loadtest}):
 *       what Vaadin and the server cost without our work.
 *   <li>{@code hold}: each user signs in, searches in the Klanten list, with {@code screen=card} (the
 *       default) opens a card, and then stays: for memory per session.
 * </ul>
 */
public class OfficeSimulation extends Simulation {

    /** What the card says after a save that worked ("Niet opgeslagen" and the like do not match). */
    static final String SAVED = " is opgeslagen.";

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int RAMP = Integer.getInteger("ramp", 30);
    private static final int DURATION = Integer.getInteger("duration", 120);
    private static final String MODE = System.getProperty("mode", "work");
    private static final String SCREEN = System.getProperty("screen", "card");
    private static final String HEADS = System.getProperty("heads", "");
    private static final String CONTACTS = System.getProperty("contacts", "");
    private static final long FIRST_KLANTNUMMER = Long.getLong("firstKlantnummer", 100_001);
    private static final long LAST_KLANTNUMMER = Long.getLong("lastKlantnummer", 100_800);
    private static final List<String> NAMES = List.of(
            "de", "jan", "bak", "ver", "van", "jans", "smit", "bos", "vis", "mul", "ko", "pe", "ber", "dijk", "hof");
    private static final Pattern ITEM_KEY = Pattern.compile("\"key\":\"(\\d+)\"");

    static Duration think(Session session) {
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(2_000, 5_001));
    }

    private static String randomName(Session session) {
        return NAMES.get(ThreadLocalRandom.current().nextInt(NAMES.size()));
    }

    /** The user's own hoofd, or (demo data) a random klantnummer. */
    private static String klantnummer(Session session) {
        return session.contains("headKlantnummer")
                ? session.getString("headKlantnummer")
                : String.valueOf(ThreadLocalRandom.current().nextLong(FIRST_KLANTNUMMER, LAST_KLANTNUMMER + 1));
    }

    private static List<String> itemKeys(Session session) {
        String body = session.getString("lastBody");
        List<String> keys = new ArrayList<>();
        if (body != null) {
            Matcher key = ITEM_KEY.matcher(body);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    /** The first row of the results the last answer sent (the server sends a grid's rows with it). */
    static ChainBuilder rememberFirstRow() {
        return exec(session -> {
            List<String> keys = itemKeys(session);
            return keys.isEmpty() ? session.remove("itemKey") : session.set("itemKey", keys.getFirst());
        });
    }

    /** Any row of the results: colleagues look at different klanten. */
    private static ChainBuilder rememberSomeRow() {
        return exec(session -> {
            List<String> keys = itemKeys(session);
            return keys.isEmpty()
                    ? session.remove("itemKey")
                    : session.set("itemKey", keys.get(ThreadLocalRandom.current().nextInt(keys.size())));
        });
    }

    static final ChainBuilder OPEN_LIST = exec(Vaadin.open("open Klanten", "klanten"))
            .exec(Vaadin.uidl("list rows", Vaadin.viewport("registrations-grid", 0, 50)));

    static final ChainBuilder OPEN_CARD = exec(Vaadin.uidl("open card", Vaadin.clickRow("registrations-grid", "itemKey")));

    private static final ChainBuilder LOOK_UP = exec(Vaadin.uidl(
                    "search zoeknaam", Vaadin.type("search", "input", OfficeSimulation::randomName)))
            .exec(rememberSomeRow())
            .pause(OfficeSimulation::think)
            .doIf(session -> session.contains("itemKey"))
            .then(exec(OPEN_CARD).pause(OfficeSimulation::think))
            .exec(Vaadin.uidl("back to list", Vaadin.navigate("klanten", "link")))
            .pause(OfficeSimulation::think);

    /** The hoofd's privé telefoon changes (its volgers follow it, R5) and a note is added. */
    private static final ChainBuilder EDIT_AND_SAVE = exec(Vaadin.uidl(
                    "search klantnummer", Vaadin.type("search", "input", OfficeSimulation::klantnummer)))
            .exec(rememberFirstRow())
            .pause(OfficeSimulation::think)
            .doIf(session -> session.contains("itemKey"))
            .then(exec(OPEN_CARD)
                    .pause(OfficeSimulation::think)
                    .exec(Vaadin.uidl("Bewerken", Vaadin.click("action-edit")))
                    .pause(OfficeSimulation::think)
                    .exec(Vaadin.uidl("edit", Vaadin.together(
                            Vaadin.type("notities", "change", session -> "Belafspraak " + System.nanoTime()),
                            Vaadin.type("personal-priveTelefoon", "change", session -> "020"
                                    + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000))))))
                    .pause(OfficeSimulation::think)
                    .exec(Vaadin.uidl("Opslaan", Vaadin.click("save"), SAVED))
                    .pause(OfficeSimulation::think));

    /** A contactpersoon linked to the user's hoofd, and the link ended again. */
    private static ChainBuilder linkAndUnlink() {
        return feed(csv(CONTACTS).circular())
                .exec(Vaadin.uidl(
                        "open contactpersoon",
                        session -> Vaadin.navigate("contactpersonen/" + session.getString("contactId"), "link")
                                .apply(session)))
                .pause(OfficeSimulation::think)
                .exec(Vaadin.uidl("Koppelen", Vaadin.click("action-link")))
                .pause(OfficeSimulation::think)
                .exec(Vaadin.uidl(
                        "search hoofd",
                        Vaadin.together(
                                Vaadin.viewport("head-candidates", 0, 50),
                                Vaadin.type("head-search", "input", session -> session.getString("headKlantnummer")))))
                .exec(rememberFirstRow())
                .pause(OfficeSimulation::think)
                .exec(Vaadin.uidl("choose hoofd", Vaadin.selectRow("head-candidates", "itemKey")))
                .pause(OfficeSimulation::think)
                .exec(Vaadin.uidl("Verder (link)", Vaadin.click("link-verder"), "volgt nu hoofd"))
                .pause(OfficeSimulation::think)
                .exec(Vaadin.uidl("Koppeling beëindigen", Vaadin.click("action-unlink")))
                .pause(OfficeSimulation::think)
                .exec(Vaadin.uidl(
                        "confirm (unlink)", Vaadin.closingEvent("unlink-dialog", "confirm"), "De koppeling van"))
                .pause(OfficeSimulation::think)
                .exec(Vaadin.uidl("back to list", Vaadin.navigate("klanten", "link")))
                .pause(OfficeSimulation::think);
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling")
            .disableCaching();

    /** Signed in with the one account. */
    private static final ChainBuilder SIGN_IN = exec(session -> session.setAll(Map.of(
                    "username", System.getProperty("username", "medewerker"),
                    "password", System.getProperty("password", "medewerker123"))))
            .exec(Vaadin.login());

    /** Signed in, the Klanten list open. */
    static final ChainBuilder SIGNED_IN = exec(SIGN_IN).exec(OPEN_LIST);

    /** Counts a user that stopped on an error; the figures are those of requests that worked. */
    private static ScenarioBuilder working(String name, ChainBuilder start, ChainBuilder round) {
        return scenario(name)
                .exitBlockOnFail()
                .on(exec(start)
                        .pause(OfficeSimulation::think)
                        .during(Duration.ofSeconds(DURATION), "round", false)
                        .on(round)
                        .exec(Vaadin.logout()))
                .exec(session -> {
                    if (session.isFailed()) {
                        Timings.failedUser();
                    }
                    return session;
                })
                .exitHereIfFailed();
    }

    private final ScenarioBuilder work = working(
            "office work",
            HEADS.isEmpty() ? SIGNED_IN : feed(csv(HEADS).circular()).exec(SIGNED_IN),
            CONTACTS.isEmpty() || HEADS.isEmpty()
                    ? exec(LOOK_UP, EDIT_AND_SAVE)
                    : exec(LOOK_UP, EDIT_AND_SAVE, linkAndUnlink()));

    /** The same sign-in and rhythm against the baseline view: a message typed, a click, per action. */
    private final ScenarioBuilder baseline = working(
            "baseline",
            exec(SIGN_IN).exec(Vaadin.open("open baseline view", "load-baseline")),
            exec(Vaadin.uidl(
                            "baseline: type",
                            Vaadin.type("baseline-text", "input", OfficeSimulation::randomName)))
                    .pause(OfficeSimulation::think)
                    .exec(Vaadin.uidl("baseline: click", Vaadin.click("baseline-button"), "keer geklikt"))
                    .pause(OfficeSimulation::think));

    private final ScenarioBuilder hold = scenario("hold a session")
            .exitBlockOnFail()
            .on(exec(SIGNED_IN)
                    .exec(Vaadin.uidl(
                            "search zoeknaam", Vaadin.type("search", "input", OfficeSimulation::randomName)))
                    .exec(rememberFirstRow())
                    .doIf(session -> "card".equals(SCREEN) && session.contains("itemKey"))
                    .then(exec(OPEN_CARD))
                    // settle=true: one empty message after the last action, so the UI's cached last answer
                    // (Vaadin keeps it to answer a resent message) is a small one
                    .doIf(session -> Boolean.getBoolean("settle"))
                    .then(exec(Vaadin.uidl("settle", session -> "[]"))))
            .exitHereIfFailed();

    @Override
    public void after() {
        System.out.println("\n" + Timings.table());
    }

    {
        ScenarioBuilder scenario =
                switch (MODE) {
                    case "hold" -> hold;
                    case "baseline" -> baseline;
                    default -> work;
                };
        // every user has started at the end of the ramp; the first stops DURATION s after it started
        Timings.steady(RAMP, DURATION);
        setUp(scenario.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
