package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.klantregistratie.test.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Sign-in, the shell per role, sign-out and "Geen toegang", in a real browser. */
class LoginBrowserTest extends BrowserTestBase {

    @Test
    void loginPageIsDutch() {
        open("/login");
        waitFor(LOGIN_USERNAME);

        assertThat(driver().getTitle()).isEqualTo("Inloggen | Klantregistratie");
        assertThat(waitFor(By.cssSelector("h1.login-title")).getText()).isEqualTo("Klantregistratie");
        assertThat(waitFor(By.cssSelector("vaadin-login-form #vaadinLoginUsername label"))
                        .getText())
                .isEqualTo("Gebruikersnaam");
        assertThat(waitFor(By.cssSelector("vaadin-login-form #vaadinLoginPassword label"))
                        .getText())
                .isEqualTo("Wachtwoord");
        assertThat(waitFor(LOGIN_SUBMIT).getText()).isEqualTo("Inloggen");
        assertThat(findAll(By.cssSelector("vaadin-login-form vaadin-button[slot=forgot-password]")))
                .as("no 'forgot password' button")
                .noneMatch(WebElement::isDisplayed);
        screenshot("login-page");
    }

    /** A browser that asks for English gets the login page in English, and may choose Dutch on it. */
    @Test
    void anEnglishBrowserGetsEnglishAndMayChooseDutch() {
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand(
                "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5")));
        try {
            open("/login");
            waitFor(LOGIN_USERNAME);
            assertThat(driver().getTitle()).isEqualTo("Sign in | Client registry");
            assertThat(waitFor(LOGIN_SUBMIT).getText()).isEqualTo("Sign in");
            assertThat(waitFor(By.id("login-language-en")).getDomAttribute("disabled"))
                    .isNotNull();
            screenshot("login-english");

            waitFor(By.id("login-language-nl")).click();

            waitUntil(ExpectedConditions.titleIs("Inloggen | Klantregistratie"));
            assertThat(waitFor(LOGIN_SUBMIT).getText()).isEqualTo("Inloggen");
            loginAndWaitForShell("medewerker", "medewerker123");
            assertThat(driver().getTitle())
                    .as("the choice holds after signing in")
                    .doesNotContain("Sign");
        } finally {
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "medewerker, medewerker123, Mila Medewerker, Medewerker, false",
        "manager,    manager123,    Maarten Manager, Manager,    false",
        "support,    support123,    Sanne Support,   Support,    true"
    })
    void logsInSeesShellForRoleAndLogsOut(
            String username, String password, String displayName, String roleLabel, boolean seesUsers) {
        loginAndWaitForShell(username, password);

        assertThat(driver().getCurrentUrl()).doesNotContain("/login");
        assertThat(waitFor(By.id("home-view")).getText()).contains("Welkom, " + displayName);
        assertThat(waitFor(By.id("user-menu-button")).getText()).contains(displayName);
        assertThat(waitFor(By.id("user-role")).getText()).isEqualTo(roleLabel);
        waitForText(By.id("main-nav"), "Start");
        List<String> navItems = findAll(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
        if (seesUsers) {
            assertThat(navItems).contains("Start", "Gebruikers");
        } else {
            assertThat(navItems).contains("Start").doesNotContain("Gebruikers");
        }
        screenshot("shell-" + username);

        waitFor(By.id("user-menu-button")).click();
        WebElement logout = waitFor(By.id("logout"));
        assertThat(logout.getText()).contains("Uitloggen");
        screenshot("user-menu-" + username);
        logout.click();

        waitUntil(ExpectedConditions.urlContains("/login"));
        waitFor(LOGIN_USERNAME);
        // Really signed out: the start page sends us back to the login page.
        open("/");
        waitFor(LOGIN_USERNAME);
        assertThat(driver().getCurrentUrl()).contains("/login");
        assertThat(findAll(By.id("user-menu"))).isEmpty();
    }

    @Test
    void wrongPasswordShowsDutchError() {
        login("medewerker", "verkeerd-wachtwoord");

        waitUntil(ExpectedConditions.urlContains("/login?error"));
        WebElement error = waitForShadow("vaadin-login-form", "vaadin-login-form-wrapper", "[part=error-message]");
        assertThat(error.getText())
                .contains("Onjuiste gebruikersnaam of wachtwoord")
                .contains("Controleer uw gebruikersnaam en wachtwoord");
        assertThat(findAll(By.id("user-menu"))).isEmpty();
        // the name stays filled in; only the password is typed again
        waitUntil(browser -> "medewerker".equals(waitFor(LOGIN_USERNAME).getDomProperty("value")));
        assertThat(waitFor(LOGIN_PASSWORD).getDomProperty("value")).isEmpty();
        screenshot("login-error");
    }

    @Test
    void medewerkerOpeningUsersPageSeesGeenToegang() {
        loginAndWaitForShell("medewerker", "medewerker123");

        open("/gebruikers");

        WebElement page = waitFor(By.id("access-denied-view"));
        assertThat(page.findElement(By.tagName("h2")).getText()).isEqualTo("Geen toegang");
        assertThat(page.getText()).contains("U heeft geen toegang tot deze pagina", "Naar de startpagina");
        assertThat(findAll(By.id("users-grid"))).isEmpty();
        String body = driver().findElement(By.tagName("body")).getText();
        assertThat(body).doesNotContain("Exception", "at com.vaadin", "at nl.klantregistratie", "Caused by");
        screenshot("geen-toegang");
    }
}
