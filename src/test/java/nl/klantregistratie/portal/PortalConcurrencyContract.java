package nl.klantregistratie.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The portal API's keys under concurrent use, on H2 ({@link PortalConcurrencyTest}) and MariaDB
 * ({@link PortalConcurrencyMariaDbTest}): a revoke holds however many calls are in flight with the
 * key, and calls without a valid key refused at the same moment are all counted.
 */
abstract class PortalConcurrencyContract {

    private static final AtomicInteger RUN = new AtomicInteger();
    /** A path that needs a valid key and answers 404 with one: no registrations needed. */
    private static final String PATH = "/api/portal/personen/999999999";

    @Autowired
    WebApplicationContext context;

    @Autowired
    PortalService portal;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RefusedCalls refused;

    private MockMvc mvc;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @BeforeEach
    void portalChain() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** SQL that counts the statements now running that update {@code portal_api_key}. */
    abstract String runningKeyUpdatesSql();

    @Test
    void aCallInFlightWhileSupportRevokesTheKeyDoesNotBringItBack() throws Exception {
        NewApiKey created = as(Role.SUPPORT, () -> portal.createApiKey("Race " + RUN.incrementAndGet(), null));
        long id = created.apiKey().getId();
        CountDownLatch revokeWritten = new CountDownLatch(1);
        CountDownLatch commitRevoke = new CountDownLatch(1);
        TransactionTemplate revokeTransaction = new TransactionTemplate(transactions);
        // Support's revoke has written its change but not yet committed, when a portal call comes in.
        Future<?> revoke = threads.submit(() -> as(
                Role.SUPPORT,
                () -> revokeTransaction.execute(status -> {
                    portal.revokeApiKey(id);
                    entityManager.flush();
                    revokeWritten.countDown();
                    await(commitRevoke);
                    return null;
                })));
        await(revokeWritten);
        Future<Integer> inFlight = threads.submit(() -> status(created.key()));
        waitForAKeyUpdateToWait();

        commitRevoke.countDown();
        revoke.get(30, TimeUnit.SECONDS);

        assertThat(inFlight.get(30, TimeUnit.SECONDS))
                .as("began before the revoke committed: answered or refused")
                .isIn(404, 401);
        assertThat(status(created.key())).as("after the revoke").isEqualTo(401);
        assertThat(stored(id).isRevoked()).isTrue();
    }

    @Test
    void parallelCallsWhileSupportRevokesAreRefusedFromTheRevokeOn() throws Exception {
        NewApiKey created = as(Role.SUPPORT, () -> portal.createApiKey("Parallel " + RUN.incrementAndGet(), null));
        long id = created.apiKey().getId();
        int callers = 6;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger calls = new AtomicInteger();
        long[] revokeCommitted = {Long.MAX_VALUE};
        List<Future<List<long[]>>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            results.add(threads.submit(() -> {
                List<long[]> made = new ArrayList<>(); // {started, status}
                while (!stop.get()) {
                    long started = System.nanoTime();
                    made.add(new long[] {started, status(created.key())});
                    calls.incrementAndGet();
                }
                return made;
            }));
        }
        waitFor(() -> calls.get() >= 30);
        as(Role.SUPPORT, () -> portal.revokeApiKey(id));
        revokeCommitted[0] = System.nanoTime();
        int atRevoke = calls.get();
        waitFor(() -> calls.get() >= atRevoke + 60);
        stop.set(true);

        List<long[]> after = new ArrayList<>();
        for (Future<List<long[]>> result : results) {
            result.get(30, TimeUnit.SECONDS).stream()
                    .filter(call -> call[0] > revokeCommitted[0])
                    .forEach(after::add);
        }
        assertThat(after).hasSizeGreaterThanOrEqualTo(60);
        assertThat(after)
                .as("every call made after the revoke committed")
                .allSatisfy(call -> assertThat(call[1]).isEqualTo(401));
        assertThat(stored(id).isRevoked()).isTrue();
        assertThat(as(Role.SUPPORT, () -> portal.apiKeys()))
                .filteredOn(key -> key.getId().equals(id))
                .singleElement()
                .satisfies(key -> assertThat(key.isRevoked()).isTrue());
    }

    @Test
    void refusedCallsCountedAtTheSameTimeAreAllCountedInOneRowPerDay() throws Exception {
        // a day nobody counted yet, so that every caller races to insert its row
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(RUN.incrementAndGet() * 1000L + System.nanoTime() % 997);
        int callers = 8;
        int each = 25;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            done.add(threads.submit(() -> {
                await(start);
                for (int call = 0; call < each; call++) {
                    refused.count(day, 401);
                }
            }));
        }
        start.countDown();
        for (Future<?> caller : done) {
            caller.get(60, TimeUnit.SECONDS);
        }

        assertThat(refused.total(401, day, day)).isEqualTo(callers * each);
        assertThat(refused.total(429, day, day)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_api_refused where refused_on = ?", Integer.class, day))
                .isEqualTo(1);
    }

    @Test
    void parallelCallsWithoutAValidKeyAreCountedAndNotRecorded() throws Exception {
        long countedBefore = as(Role.SUPPORT, () -> portal.unauthorizedCalls()).today();
        long recordedBefore = jdbc.queryForObject("select count(*) from portal_api_call", Long.class);
        int callers = 6;
        int each = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> done = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            int caller = i;
            done.add(threads.submit(() -> {
                await(start);
                List<Integer> statuses = new ArrayList<>();
                for (int call = 0; call < each; call++) {
                    statuses.add(status(call % 2 == 0 ? "kr_geraden" + caller : ""));
                }
                return statuses;
            }));
        }
        start.countDown();
        for (Future<List<Integer>> caller : done) {
            assertThat(caller.get(60, TimeUnit.SECONDS)).containsOnly(401);
        }

        assertThat(as(Role.SUPPORT, () -> portal.unauthorizedCalls()).today())
                .isEqualTo(countedBefore + callers * each);
        assertThat(jdbc.queryForObject("select count(*) from portal_api_call", Long.class))
                .isEqualTo(recordedBefore);
    }

    private int status(String key) {
        try {
            return mvc.perform(get(PATH).header(ApiKeyFilter.HEADER, key))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiKey stored(long id) {
        return as(Role.SUPPORT, () -> portal.apiKeys()).stream()
                .filter(key -> key.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Until the portal call's update of the key waits for the revoke's lock on the row. */
    private void waitForAKeyUpdateToWait() {
        waitFor(() -> jdbc.queryForObject(runningKeyUpdatesSql(), Integer.class) > 0);
    }

    private static void waitFor(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 20 seconds in vain");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 30 seconds in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(Role role, Supplier<T> call) {
        return SignedIn.as(role, call);
    }
}
