package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.klantregistratie.test.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * A tab left open is signed out by itself once the user has done nothing for the idle time (8 s
 * here instead of 30 minutes), although the tab keeps sending heartbeats (every 2 s here), and shows
 * the login page saying why; signed in again, the user is back on the page they were on.
 */
@TestPropertySource(properties = {"klantregistratie.session.idle=8s", "vaadin.heartbeatInterval=2"})
class SessionTimeoutBrowserTest extends BrowserTestBase {

    @Test
    void anIdleTabIsSignedOutByItselfAndTheLoginPageSaysWhy() {
        loginAndWaitForShell("medewerker", "medewerker123");
        open("/klanten");
        waitFor(By.id("clients-view"));

        WebElement note = new WebDriverWait(driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-expired")));

        assertThat(note.getText()).startsWith("U bent afgemeld");
        assertThat(driver().getCurrentUrl()).contains("/login");
        screenshot("idle-tab-signed-out");
        waitFor(LOGIN_USERNAME).sendKeys("medewerker");
        waitFor(LOGIN_PASSWORD).sendKeys("medewerker123");
        waitFor(LOGIN_SUBMIT).click();
        waitFor(By.id("clients-view"));
        assertThat(driver().getCurrentUrl())
                .as("signed in again, back on the page the tab showed")
                .contains("/klanten");
    }
}
