package nl.klantregistratie.loadtest;

import static io.gatling.javaapi.core.CoreDsl.exec;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Office staff at work, as the Vaadin client speaks for them: log in, open the Klanten list, search
 * by zoeknaam, open a card from the results, change its notes and save, search by klantnummer, and
 * again, with 2–5 s to think between actions. Settings (system properties):
 * {@code baseUrl} (http://127.0.0.1:8080), {@code users} (50), {@code ramp} (seconds, 30),
 * {@code duration} (seconds each user keeps working, 120), {@code firstKlantnummer} and
 * {@code lastKlantnummer} (the range searched, 100001–100800: the demo data), {@code username}/{@code password}
 * (one account for all users; demo: medewerker / medewerker123), {@code mode}: {@code work} or
 * {@code hold} (each user logs in, searches in the Klanten list, with {@code screen=card} (the default)
 * opens a card, and then stays: for memory per session).
 */
public class OfficeSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int RAMP = Integer.getInteger("ramp", 30);
    private static final int DURATION = Integer.getInteger("duration", 120);
    private static final String MODE = System.getProperty("mode", "work");
    private static final String SCREEN = System.getProperty("screen", "card");
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

    private static String randomKlantnummer(Session session) {
        return String.valueOf(ThreadLocalRandom.current().nextLong(FIRST_KLANTNUMMER, LAST_KLANTNUMMER + 1));
    }

    /** The first row of the results the search sent (the server sends the grid's rows with its answer). */
    static ChainBuilder rememberFirstRow() {
        return exec(session -> {
            String body = session.getString("lastBody");
            Matcher key = body == null ? null : ITEM_KEY.matcher(body);
            return key != null && key.find() ? session.set("itemKey", key.group(1)) : session.remove("itemKey");
        });
    }

    static final ChainBuilder OPEN_LIST = exec(Vaadin.open("open Klanten", "klanten"))
            .exec(Vaadin.uidl("list rows", Vaadin.viewport("registrations-grid", 0, 50)));

    static final ChainBuilder SEARCH_NAME = exec(Vaadin.uidl(
                    "search zoeknaam", Vaadin.type("search", "input", OfficeSimulation::randomName)))
            .exec(rememberFirstRow());

    static final ChainBuilder OPEN_CARD = exec(Vaadin.uidl("open card", Vaadin.clickRow("registrations-grid", "itemKey")));

    static final ChainBuilder EDIT_AND_SAVE = exec(Vaadin.uidl("edit", Vaadin.click("action-edit")))
            .exec(Vaadin.uidl(
                    "edit notes", Vaadin.type("notities", "change", session -> "Belafspraak " + System.nanoTime())))
            .exec(Vaadin.uidl("save", Vaadin.click("save"), "opgeslagen"));

    static final ChainBuilder SEARCH_KLANTNUMMER = exec(Vaadin.uidl("back to list", Vaadin.navigate("klanten", "link")))
            .exec(Vaadin.uidl(
                    "search klantnummer", Vaadin.type("search", "input", OfficeSimulation::randomKlantnummer)));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling")
            .disableCaching();

    /** Signed in with the one account, the Klanten list open. */
    static final ChainBuilder SIGNED_IN = exec(session -> session.setAll(Map.of(
                    "username", System.getProperty("username", "medewerker"),
                    "password", System.getProperty("password", "medewerker123"))))
            .exec(Vaadin.login())
            .exec(OPEN_LIST);

    /** A user whose request failed stops: the figures are those of users that never saw an error. */
    private final ScenarioBuilder work = scenario("office work")
            .exitBlockOnFail()
            .on(exec(SIGNED_IN)
                    .pause(OfficeSimulation::think)
                    .during(Duration.ofSeconds(DURATION), "round", false)
                    .on(exec(SEARCH_NAME)
                            .pause(OfficeSimulation::think)
                            .doIf(session -> session.contains("itemKey"))
                            .then(exec(OPEN_CARD)
                                    .pause(OfficeSimulation::think)
                                    .exec(EDIT_AND_SAVE)
                                    .pause(OfficeSimulation::think))
                            .exec(SEARCH_KLANTNUMMER)
                            .pause(OfficeSimulation::think)))
            .exitHereIfFailed();

    private final ScenarioBuilder hold = scenario("hold a session")
            .exitBlockOnFail()
            .on(exec(SIGNED_IN)
                    .exec(SEARCH_NAME)
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
        ScenarioBuilder scenario = "hold".equals(MODE) ? hold : work;
        setUp(scenario.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
