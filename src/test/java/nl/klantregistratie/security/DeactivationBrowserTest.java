package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.klantregistratie.test.BrowserTestBase;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Deactivating an account ends its live session at once: the open page goes to the login page. */
class DeactivationBrowserTest extends BrowserTestBase {

    private static final String FIRST_PASSWORD = "Eerste-2026-wachtwoord";
    private static final String OWN_PASSWORD = "Eigen-2026-wachtwoord";

    @Autowired
    UserService users;

    @Test
    void deactivationSendsTheOpenSessionToTheLoginPage() {
        String username = "live" + System.nanoTime() % 1_000_000;
        long id = SignedIn.as(
                users,
                "support",
                () -> users.createUser(username, "Lieke Live", Role.MEDEWERKER, FIRST_PASSWORD)
                        .getId());
        SignedIn.as(users, username, () -> {
            users.changeOwnPassword(FIRST_PASSWORD, OWN_PASSWORD);
            return null;
        });
        loginAndWaitForShell(username, OWN_PASSWORD);
        open("/klanten");
        waitFor(By.id("registrations-grid"));

        SignedIn.as(users, "support", () -> users.setActive(id, false));

        waitUntil(ExpectedConditions.urlContains("/login"));
        assertThat(waitFor(By.id("login-ended")).getText()).contains("beëindigd door applicatiebeheer");
        screenshot("session-ended");
        open("/klanten");
        waitFor(LOGIN_USERNAME);
        assertThat(driver().getCurrentUrl()).contains("/login");
        assertThat(findAll(By.id("user-menu"))).isEmpty();

        login(username, OWN_PASSWORD);
        waitUntil(ExpectedConditions.urlContains("/login?error"));
        assertThat(findAll(By.id("user-menu"))).isEmpty();
    }
}
