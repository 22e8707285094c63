package nl.klantregistratie.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.AuditEvent.Type;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import nl.klantregistratie.test.FormLogin;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Through the real login form and filter chain: every sign-in, failed, throttled or successful, every
 * logout and every address refused to a signed-in user goes to the audit log with the client address;
 * never a typed name that is no account, never a password; the visits before sign-in do not.
 */
class SignInAuditTest extends KaribuTest {

    private static final String PASSWORD = "Zomer-2026-boot";
    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    String username;
    String address;

    @BeforeEach
    void account() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        jdbc.sql("DELETE FROM login_throttle").update();
        int run = RUN.incrementAndGet();
        username = "aanmelder" + TestData.uniqueSuffix(run);
        address = "198.51.100." + (run % 250 + 1);
        login(Role.SUPPORT);
        users.createUser(username, "Anne Aanmelder", Role.MEDEWERKER, PASSWORD);
        logout();
    }

    @Test
    void aSuccessfulSignInIsRecordedWithTheAccountAndTheAddress() throws Exception {
        signIn(" " + username.toUpperCase(), PASSWORD).andExpect(authenticated());

        AuditEntry entry = AuditTrail.newest(audit, Type.LOGIN, username, 5).getFirst();
        assertThat(entry.getClientAddress()).isEqualTo(address);
        assertThat(entry.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordIsRecordedUnderTheAccount_neverThePassword() throws Exception {
        signIn(username, "Verkeerd-wachtwoord-9").andExpect(unauthenticated());

        AuditEntry entry =
                AuditTrail.newest(audit, Type.LOGIN_FAILED, username, 5).getFirst();
        assertThat(entry.getDetail()).isEqualTo("wachtwoord onjuist");
        assertThat(entry.getClientAddress()).isEqualTo(address);
        assertThat(entry.toString()).doesNotContain("Verkeerd");
    }

    @Test
    void aNameThatIsNoAccountIsRecordedAsUnknown_forItMayBeAPassword() throws Exception {
        signIn("Mijn-Geheim-" + username, PASSWORD).andExpect(unauthenticated());

        AuditEntry entry = AuditTrail.newest(audit, Type.LOGIN_FAILED);
        assertThat(entry.getUsername()).isEqualTo(AuditEntry.UNKNOWN_USERNAME);
        assertThat(entry.getDetail()).isEqualTo("gebruikersnaam onbekend");
        assertThat(entry.getClientAddress()).isEqualTo(address);
        assertThat(entry.toString()).doesNotContain("Geheim").doesNotContain(username);
    }

    @Test
    void aDeactivatedAccountIsRecordedAsSuch() throws Exception {
        login(Role.SUPPORT);
        AppUser account = users.findByUsername(username).orElseThrow();
        users.setActive(account.getId(), false);
        logout();

        signIn(username, PASSWORD).andExpect(unauthenticated());

        assertThat(AuditTrail.newest(audit, Type.LOGIN_FAILED, username, 5)
                        .getFirst()
                        .getDetail())
                .isEqualTo("account gedeactiveerd");
    }

    @Test
    void aThrottledSignInIsRecordedOncePerWait_notForEveryAttemptDuringIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(username, "Verkeerd-" + i);
        }
        for (int i = 0; i < 4; i++) {
            signIn(username, PASSWORD).andExpect(unauthenticated());
        }

        List<AuditEntry> throttled = AuditTrail.newest(audit, Type.LOGIN_THROTTLED, username, 10);
        assertThat(throttled).singleElement().satisfies(entry -> {
            assertThat(entry.getDetail()).matches("wacht \\d+ s");
            assertThat(entry.getClientAddress()).isEqualTo(address);
        });
        assertThat(AuditTrail.newest(audit, Type.LOGIN_FAILED, username, 10)).hasSize(5);
    }

    @Test
    void aLogoutIsRecorded() throws Exception {
        mvc.perform(post("/logout")
                .with(user(username).roles("MEDEWERKER"))
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));

        assertThat(AuditTrail.newest(audit, Type.LOGOUT, username, 5))
                .singleElement()
                .extracting(AuditEntry::getClientAddress)
                .isEqualTo(address);
    }

    @Test
    void aLogoutFromTheUserMenuIsRecorded() {
        login(username);
        navigate("");

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "logout");

        assertThat(AuditTrail.newest(audit, Type.LOGOUT, username, 5)).hasSize(1);
    }

    @Test
    void anAddressRefusedToASignedInUserIsRecorded_theVisitsBeforeSignInAreNot() throws Exception {
        mvc.perform(
                get("/actuator/" + username + "-signed-in").with(user(username).roles("MEDEWERKER")));
        mvc.perform(get("/actuator/" + username + "-anonymous"));

        assertThat(AuditTrail.newest(audit, Type.ACCESS_DENIED, username, 5))
                .singleElement()
                .extracting(AuditEntry::getSubject)
                .isEqualTo("/actuator/" + username + "-signed-in");
        assertThat(AuditTrail.containing(audit, username + "-anonymous")).isEmpty();
    }

    private ResultActions signIn(String name, String password) throws Exception {
        return mvc.perform(FormLogin.from(address, name, password));
    }
}
