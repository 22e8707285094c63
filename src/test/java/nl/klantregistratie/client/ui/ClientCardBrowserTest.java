package nl.klantregistratie.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.BrowserTestBase;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: find a klant, open its card, change a field, and see it kept after a reload. */
class ClientCardBrowserTest extends BrowserTestBase {

    @Autowired
    ClientService clients;

    /** Typing past a field's maximum stops at it, and the field says so while one types. */
    @Test
    void aFieldStopsAtItsMaximumAndSaysSo() {
        loginAndWaitForShell("medewerker", "medewerker123");
        open("/klanten/persoon/nieuw");
        WebElement input = waitFor(By.cssSelector("#personal-achternaam input"));
        input.sendKeys("x".repeat(120));

        assertThat(input.getDomProperty("value")).hasSize(100);
        WebElement field = waitFor(By.id("personal-achternaam"));
        waitUntil(browser -> "Maximaal 100 tekens: meer past hier niet.".equals(field.getDomProperty("helperText")));
        screenshot("maxlength");

        // a field with help of its own gets it back once it is no longer full
        WebElement zoeknaam = waitFor(By.cssSelector("#zoeknaam input"));
        zoeknaam.sendKeys("z".repeat(101));
        WebElement zoeknaamField = waitFor(By.id("zoeknaam"));
        waitUntil(browser ->
                "Maximaal 100 tekens: meer past hier niet.".equals(zoeknaamField.getDomProperty("helperText")));
        zoeknaam.sendKeys(Keys.BACK_SPACE);
        waitUntil(
                browser -> "Leeg laten: de zoeknaam volgt de naam.".equals(zoeknaamField.getDomProperty("helperText")));
    }

    /** At 1366 px wide (a common office laptop), with the menu open, no column header is cut off. */
    @Test
    void theKlantenHeadersAreReadableAt1366PixelsWide() {
        ClientPerson draft = TestData.person("Breedtemeting", "B.", null);
        SignedIn.as(Role.MEDEWERKER, () -> clients.save(draft));
        Dimension before = driver().manage().window().getSize();
        driver().manage().window().setSize(new Dimension(1366, 768));
        try {
            loginAndWaitForShell("medewerker", "medewerker123");
            open("/klanten");
            waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Breedtemeting, B.')]"));
            waitForVaadin();
            screenshot("klanten-1366");

            @SuppressWarnings("unchecked")
            List<String> cutOff = (List<String>) ((JavascriptExecutor) driver()).executeScript("""
                            const grid = document.getElementById('registrations-grid');
                            const cut = [];
                            for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                              const sorter = content.querySelector('vaadin-grid-sorter');
                              if (!sorter) continue;
                              // the sorter's text part ellipsizes what does not fit beside its indicator
                              const text = sorter.shadowRoot.querySelector('[part~="content"]');
                              if (text.scrollWidth > text.clientWidth) cut.push(sorter.textContent.trim());
                            }
                            return cut;""");
            assertThat(cutOff).isEmpty();
        } finally {
            driver().manage().window().setSize(before);
        }
    }

    @Test
    void searchOpenEditSaveAndReload() {
        ClientPerson person = createPerson();
        loginAndWaitForShell("medewerker", "medewerker123");

        open("/klanten");
        WebElement search = waitFor(By.cssSelector("#search input"));
        search.sendKeys("hoevenaars");
        By row = By.xpath("//vaadin-grid-cell-content[contains(., 'Hoëvenaars, W.')]");
        waitFor(row);
        waitForVaadin();
        screenshot("1-search");
        clickUntil(row, ExpectedConditions.textToBePresentInElementLocated(By.id("card-title"), "W. Hoëvenaars"));
        waitForText(By.id("card-klantnummer"), person.getKlantnummer().toString());
        waitFor(By.id("actions-menu")).click();
        waitFor(By.id("action-edit")).click();
        WebElement roepnaam = waitFor(By.cssSelector("#personal-roepnaam input"));
        roepnaam.sendKeys("Wim", Keys.TAB);
        screenshot("2-edit");
        waitFor(By.id("save")).click();
        waitForGone(By.id("save"));
        screenshot("3-saved");

        driver().navigate().refresh();
        waitForVaadin();
        WebElement reloaded = waitFor(By.cssSelector("#personal-roepnaam input"));
        waitUntil(browser -> "Wim".equals(reloaded.getDomProperty("value")));
        assertThat(driver().getCurrentUrl()).endsWith("/klanten/persoon/" + person.getId());
        assertThat(SignedIn.as(Role.MEDEWERKER, () -> clients.getPerson(person.getId()))
                        .getPersonal()
                        .getRoepnaam())
                .isEqualTo("Wim");
    }

    private ClientPerson createPerson() {
        ClientPerson draft = TestData.person("Hoëvenaars", "W.", null);
        draft.getPersonal().setWoonadres(new Address("Markt", 1, "5611 EB", "Eindhoven"));
        return SignedIn.as(Role.MEDEWERKER, () -> clients.save(draft));
    }
}
