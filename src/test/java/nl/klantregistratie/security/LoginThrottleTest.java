package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.klantregistratie.test.FormLogin;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Through the real login form: failed sign-ins slow the next ones down (per account and per client
 * address, waits growing from 1 s), but nobody can lock an account for its owner — not even the
 * last support account — and the name counts as the account it resolves to.
 */
class LoginThrottleTest extends KaribuTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    String username;

    @BeforeEach
    void account() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        jdbc.sql("DELETE FROM login_throttle").update();
        login(Role.SUPPORT);
        username = UserAdminTest.uniqueUsername();
        users.createUser(username, "Lotte Login", Role.SUPPORT, UserAdminTest.GOOD_PASSWORD);
        logout();
    }

    @Test
    void aStreamOfWrongPasswordsNeverKeepsTheOwnerOutLongerThanTheAccountsLongestWait() throws Exception {
        for (int i = 0; i < 40; i++) {
            signIn(username, "verkeerd-" + i, ATTACKER);
            waitIsOver(); // the attacker is as patient as it takes
        }
        signIn(username, "verkeerd", ATTACKER);

        MvcResult owner = signIn(username, UserAdminTest.GOOD_PASSWORD, OWNER)
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(waitSeconds(owner)).as("throttled, never locked").isBetween(1L, 30L);
        waitIsOver();
        signIn(username, UserAdminTest.GOOD_PASSWORD, OWNER)
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheWait() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(waitSeconds(signIn(username, "verkeerd-" + i, ATTACKER).andReturn()))
                    .isZero();
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            signIn(username, "fout-" + i, ATTACKER);
            assertThat(waitSeconds(signIn(username, "nog-fout", ATTACKER).andReturn()))
                    .as("the next attempt is sent back to wait")
                    .isPositive();
            waits.add(accountWait().toSeconds());
            waitIsOver();
        }
        assertThat(waits).as("the waits set, whatever the clock did meanwhile").containsExactly(1L, 2L, 4L, 8L);
    }

    @Test
    void theRightPasswordDuringTheWaitIsRefusedToo_andASuccessStartsTheAccountAfresh() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(username, "verkeerd-" + i, ATTACKER);
        }
        assertThat(waitSeconds(signIn(username, UserAdminTest.GOOD_PASSWORD, OWNER)
                        .andExpect(unauthenticated())
                        .andReturn()))
                .isPositive();
        waitIsOver();
        signIn(username, UserAdminTest.GOOD_PASSWORD, OWNER).andExpect(authenticated());

        assertThat(waitSeconds(signIn(username, "weer-fout", OWNER).andReturn()))
                .as("the count started afresh")
                .isZero();
    }

    @Test
    void theNameCountsAsTheAccountItResolvesTo() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn((i % 2 == 0 ? " " + username.toUpperCase() + " " : username), "verkeerd-" + i, ATTACKER);
        }
        assertThat(waitSeconds(signIn(username, "verkeerd", OWNER).andReturn())).isPositive();
        waitIsOver();
        signIn("  " + username.toUpperCase(), UserAdminTest.GOOD_PASSWORD, OWNER)
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void anAddressTryingManyAccountsIsSlowedDownForEveryAccount() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("gok" + i, "verkeerd", ATTACKER);
        }
        assertThat(waitSeconds(signIn(username, UserAdminTest.GOOD_PASSWORD, ATTACKER)
                        .andExpect(unauthenticated())
                        .andReturn()))
                .isPositive();
        signIn(username, UserAdminTest.GOOD_PASSWORD, OWNER).andExpect(authenticated());
    }

    @Test
    void aNameLongerThanAnyAccountIsRefusedLikeAnyWrongName_andWhatWasTypedIsNotKept() throws Exception {
        String typed = "mijn-geheime-wachtwoord-" + "x".repeat(300);

        MvcResult result =
                signIn(typed, "verkeerd", ATTACKER).andExpect(unauthenticated()).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?error");
        assertThat(jdbc.sql("SELECT throttle_key FROM login_throttle")
                        .query(String.class)
                        .list())
                .hasSize(2)
                .noneMatch(key -> key.contains("geheime"));
    }

    @Test
    void failuresAtTheSameMomentAreAllCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    throttle.failed(username, OWNER);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE throttle_key = :key")
                        .param("key", LoginThrottle.accountKey(username))
                        .query(Integer.class)
                        .single())
                .isEqualTo(8);
    }

    private ResultActions signIn(String name, String password, String address) throws Exception {
        return mvc.perform(FormLogin.from(address, name, password));
    }

    /** The wait the login page is sent back with ("/login?wacht=4"), or 0 for a plain failure. */
    private static long waitSeconds(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        String marker = "wacht=";
        return location != null && location.contains(marker)
                ? Long.parseLong(location.substring(location.indexOf(marker) + marker.length()))
                : 0;
    }

    /** How long the account's last failure made the next attempt wait. */
    private Duration accountWait() {
        return jdbc.sql("SELECT last_failure_at, blocked_until FROM login_throttle WHERE throttle_key = :key")
                .param("key", LoginThrottle.accountKey(username))
                .query((row, n) -> Duration.between(
                        row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant()))
                .single();
    }

    /** Time passes: every wait is over (the counts stay). */
    private void waitIsOver() {
        jdbc.sql("UPDATE login_throttle SET blocked_until = :past WHERE blocked_until IS NOT NULL")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1)))
                .update();
    }
}
