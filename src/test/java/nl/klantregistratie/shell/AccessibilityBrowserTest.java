package nl.klantregistratie.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.BrowserTestBase;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A and AA) on every page and the main dialogs, as support staff see them (the
 * role that sees every page): no serious or critical violation anywhere. All findings of one run
 * are reported together, page by page.
 */
class AccessibilityBrowserTest extends BrowserTestBase {

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    private final List<String> violations = new ArrayList<>();

    @Test
    void noPageOrDialogHasASeriousOrCriticalViolation() {
        ClientPerson head =
                SignedIn.as(Role.MEDEWERKER, () -> clients.save(TestData.person("Toegankelijk", "T.", null)));
        ClientCompany company =
                SignedIn.as(Role.MEDEWERKER, () -> clients.save(TestData.company("Toegankelijk Advies B.V.")));
        ContactPerson follower = SignedIn.as(Role.SUPPORT, () -> {
            ContactPerson contact = clients.save(TestData.contact(company, "Toegankelijk", "T."));
            return links.link(contact.getId(), contact.getVersion(), head.getId());
        });

        open("/login");
        waitFor(LOGIN_USERNAME);
        check("login");
        loginAndWaitForShell("support", "support123");
        check("start");
        for (String page : List.of(
                "/klanten",
                "/contactpersonen",
                "/koppelingen",
                "/koppelvoorstellen",
                "/historie",
                "/auditlog",
                "/bsn-inzage",
                "/importeren",
                "/gebruikers",
                "/portaal-api",
                "/wachtwoord-wijzigen",
                "/klanten/persoon/nieuw",
                "/klanten/bedrijf/" + company.getId())) {
            open(page);
            waitFor(By.cssSelector("h2, h1"));
            check(page);
        }

        open("/klanten/persoon/" + head.getId());
        waitFor(By.id("card-title"));
        check("card of a hoofd");
        openAction("action-delete");
        waitFor(By.id("delete-refused"));
        check("delete refused");
        waitFor(By.id("delete-refused-move")).click();
        waitFor(By.cssSelector("#choose-head-dialog input"));
        check("move volgers dialog");
        waitFor(By.id("choose-head-cancel")).click();
        waitForGone(By.id("choose-head-dialog"));
        openAction("action-new-mail");
        waitFor(By.id("mail-to"));
        check("mail dialog");
        driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

        open("/contactpersonen/" + follower.getId());
        waitFor(By.id("follower-title"));
        check("card of a volger");
        openAction("action-edit");
        waitFor(By.id("save"));
        check("card of a volger, editing");
        waitFor(By.id("cancel")).click();

        ContactPerson other =
                SignedIn.as(Role.MEDEWERKER, () -> clients.save(TestData.contact(company, "Zelfstandig", "Z.")));
        open("/contactpersonen/" + other.getId());
        waitFor(By.id("card-title"));
        openAction("action-link");
        waitFor(By.cssSelector("#link-dialog input"));
        check("link dialog");

        ClientPerson twice = SignedIn.as(Role.MEDEWERKER, () -> clients.save(TestData.person("Tweemaal", "T.", null)));
        ClientPerson again = SignedIn.as(Role.MEDEWERKER, () -> clients.save(TestData.person("Tweemaal", "T.", null)));
        open("/klanten/persoon/" + twice.getId());
        waitFor(By.id("card-title"));
        openAction("action-merge");
        WebElement duplicates = waitFor(By.cssSelector("#merge-duplicates input"));
        check("merge dialog");
        duplicates.sendKeys(String.valueOf(again.getKlantnummer()));
        waitFor(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + again.getKlantnummer() + "')]"))
                .click();
        duplicates.sendKeys(Keys.ESCAPE);
        waitFor(By.id("merge-next")).click();
        waitFor(By.id("merge-fields"));
        check("merge side by side");
        waitFor(By.id("merge-cancel")).click();

        ClientPerson alone = SignedIn.as(Role.MEDEWERKER, () -> clients.save(TestData.person("Alleen", "A.", null)));
        open("/klanten/persoon/" + alone.getId());
        waitFor(By.id("card-title"));
        openAction("action-anonymise");
        waitFor(By.id("anonymise-dialog"));
        check("anonymise dialog");

        open("/portaal-api");
        waitFor(By.id("apikey-new")).click();
        waitFor(By.cssSelector("#apikey-dialog input"));
        check("new API key dialog");

        open("/gebruikers");
        waitFor(By.id("users-new")).click();
        waitFor(By.id("user-username"));
        check("new user dialog");

        assertThat(violations).isEmpty();
    }

    private void check(String where) {
        waitForVaadin();
        violations.addAll(accessibilityViolations(where));
        screenshot(where.replaceAll("[^a-z0-9]+", "-"));
    }
}
