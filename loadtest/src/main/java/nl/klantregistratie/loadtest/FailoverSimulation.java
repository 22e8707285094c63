package nl.klantregistratie.loadtest;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Office staff working on while servers die (scripts/failover-test.sh): each user opens a card by
 * klantnummer, writes a note that no other save writes ("failover 7-12": user 7's twelfth save) and
 * saves, again and again, 1-2 s apart. A save counts as acknowledged only when the user saw
 * "opgeslagen". When a request fails (the instance died, the session is gone), the user's cookies
 * go, as a browser's session cookie with the server, and they sign in again, as a person would,
 * on whichever instance the load balancer sends them to.
 *
 * <p>At the end it writes, under {@code out} (loadtest/target/failover): {@code acknowledged.txt},
 * every acknowledged note with the time it was acknowledged; {@code outages.txt}, per user that
 * lost its session, when its request failed and how long until it was served again (signed in and
 * the Klanten list open). Settings as {@link OfficeSimulation}, and {@code users} (30),
 * {@code duration} (seconds, 100).
 */
public class FailoverSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 30);
    private static final int DURATION = Integer.getInteger("duration", 100);
    private static final long FIRST_KLANTNUMMER = Long.getLong("firstKlantnummer", 100_001);
    private static final long LAST_KLANTNUMMER = Long.getLong("lastKlantnummer", 100_800);
    private static final Path OUT = Path.of(System.getProperty("out", "loadtest/target/failover"));

    private static final AtomicInteger NEXT_USER = new AtomicInteger();
    private static final ConcurrentLinkedQueue<String> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> OUTAGES = new ConcurrentLinkedQueue<>();

    private static Duration shortThink(Session session) {
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(1_000, 2_001));
    }

    private static String someKlantnummer(Session session) {
        return String.valueOf(ThreadLocalRandom.current().nextLong(FIRST_KLANTNUMMER, LAST_KLANTNUMMER + 1));
    }

    private static final ChainBuilder SIGN_IN_AGAIN_IF_NEEDED = exec(OfficeSimulation.SIGNED_IN)
            .exec(session -> {
                if (session.contains("failedAt")) {
                    long failedAt = session.getLong("failedAt");
                    OUTAGES.add(session.getInt("user") + " " + failedAt + " " + (System.currentTimeMillis() - failedAt));
                }
                return session.set("signedIn", true).remove("failedAt");
            });

    private static final ChainBuilder SAVE_A_NOTE = exec(Vaadin.uidl(
                    "search klantnummer", Vaadin.type("search", "input", FailoverSimulation::someKlantnummer)))
            .exec(OfficeSimulation.rememberFirstRow())
            .doIf(session -> session.contains("itemKey"))
            .then(exec(OfficeSimulation.OPEN_CARD)
                    .exec(Vaadin.uidl("edit", Vaadin.click("action-edit")))
                    .exec(session -> {
                        int saves = session.getInt("saves") + 1;
                        return session.set("saves", saves).set("note", "failover " + session.getInt("user") + "-" + saves);
                    })
                    .exec(Vaadin.uidl("edit notes", Vaadin.type("notities", "change", session -> session.getString("note"))))
                    .exec(Vaadin.uidl("save", Vaadin.click("save"), OfficeSimulation.SAVED))
                    .exec(session -> {
                        if (!session.isFailed()) {
                            ACKNOWLEDGED.add(session.getString("note") + "\t" + System.currentTimeMillis());
                        }
                        return session;
                    })
                    .exec(Vaadin.uidl("back to list", Vaadin.navigate("klanten", "link"))));

    private final ScenarioBuilder work = scenario("work through a failover")
            .exec(session -> session.set("user", NEXT_USER.incrementAndGet()).set("saves", 0).set("signedIn", false))
            .during(Duration.ofSeconds(DURATION), "round", false)
            .on(exitBlockOnFailRound()
                    .doIf(Session::isFailed)
                    .then(exec(flushCookieJar()).exec(session -> {
                        Session recovered = session.markAsSucceeded().set("signedIn", false);
                        return session.contains("failedAt")
                                ? recovered
                                : recovered.set("failedAt", System.currentTimeMillis());
                    }))
                    .pause(FailoverSimulation::shortThink));

    private static ChainBuilder exitBlockOnFailRound() {
        return exitBlockOnFail()
                .on(exec(doIf(session -> !session.getBoolean("signedIn"))
                                .then(SIGN_IN_AGAIN_IF_NEEDED))
                        .exec(SAVE_A_NOTE));
    }

    @Override
    public void after() {
        try {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve("acknowledged.txt"), new ArrayList<>(ACKNOWLEDGED));
            Files.write(OUT.resolve("outages.txt"), new ArrayList<>(OUTAGES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Long> outages = OUTAGES.stream()
                .map(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)))
                .sorted()
                .toList();
        System.out.println("\n" + Timings.table());
        System.out.printf(
                "acknowledged saves: %d; users that lost their session: %d; time to be served again (ms): %s%n",
                ACKNOWLEDGED.size(), outages.size(), outages);
    }

    {
        setUp(work.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(10))))
                .protocols(http.baseUrl(BASE_URL)
                        .acceptLanguageHeader("nl-NL,nl;q=0.9")
                        .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling")
                        .disableCaching())
                .assertions(global().successfulRequests().percent().gt(0.0));
    }
}
