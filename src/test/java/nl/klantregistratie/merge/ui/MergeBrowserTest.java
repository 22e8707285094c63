package nl.klantregistratie.merge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.BrowserTestBase;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser (docs/domain.md M2–M7): a manager merges a klant-persoon registered twice, taking
 * the other's woonadres; the old klantnummer then finds the survivor; support undoes the merge and
 * both are back as they were.
 */
class MergeBrowserTest extends BrowserTestBase {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Test
    void mergeThenFindTheOldKlantnummerThenUndo() {
        String surname = "Verdubbeld" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientPerson kept = asMedewerker(() -> clients.save(person(surname, "Dorpsstraat", 1, "1234 AB", null)));
        ClientPerson duplicate =
                asMedewerker(() -> clients.save(person(surname, "Kerkstraat", 7, "3511 AB", "v.verdubbeld@thuis.nl")));

        loginAndWaitForShell("manager", "manager123");
        open("/klanten/persoon/" + kept.getId());
        waitForText(By.id("card-title"), surname);
        openAction("action-merge");
        WebElement duplicates = waitFor(By.cssSelector("#merge-duplicates input"));
        duplicates.sendKeys(String.valueOf(duplicate.getKlantnummer()));
        WebElement item = waitFor(
                By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + duplicate.getKlantnummer() + "')]"));
        waitForVaadin();
        item.click();
        duplicates.sendKeys(Keys.ESCAPE);
        waitForVaadin();
        screenshot("1-duplicate-chosen");
        waitFor(By.id("merge-next")).click();

        // Side by side: the survivor's woonadres is chosen; take the other's instead.
        By theirs = By.id("merge-choose-person-woonadres-" + duplicate.getId());
        waitFor(By.id("merge-fields"));
        waitForText(theirs, "Kerkstraat 7, 3511 AB Utrecht");
        ((JavascriptExecutor) driver())
                .executeScript("arguments[0].scrollIntoView({block: 'end'})", waitFor(By.id("merge-moves")));
        waitForText(By.id("merge-moves"), "alleen-lezen record");
        waitForVaadin();
        screenshot("2-side-by-side");
        waitFor(theirs).click();
        waitUntil(browser -> "true".equals(waitFor(theirs).getDomAttribute("aria-pressed")));
        waitForVaadin();
        screenshot("3-chosen");
        waitFor(By.id("merge-confirm")).click();

        // The survivor's card names what was merged into it, and has the chosen address.
        waitForText(By.id("merged-from"), String.valueOf(duplicate.getKlantnummer()));
        waitUntil(browser -> "Kerkstraat"
                .equals(waitForPresent(By.cssSelector("#woonadres-straat input"))
                        .getDomProperty("value")));
        waitForVaadin();
        screenshot("4-merged");

        // The old klantnummer finds the survivor.
        open("/klanten");
        search(String.valueOf(duplicate.getKlantnummer()));
        waitFor(cellContaining(String.valueOf(kept.getKlantnummer())));
        waitForText(
                By.id("search-merged-note"),
                "Klantnummer " + duplicate.getKlantnummer() + " is samengevoegd met " + kept.getDisplayName() + " ("
                        + kept.getKlantnummer() + ")");
        assertThat(findAll(cellContaining(String.valueOf(duplicate.getKlantnummer()))))
                .isEmpty();
        waitForVaadin();
        screenshot("5-old-klantnummer");

        // Support undoes it from the survivor's card.
        logout();
        loginAndWaitForShell("support", "support123");
        open("/klanten/persoon/" + kept.getId());
        openAction("action-merge-undo");
        By confirm = By.cssSelector("#merge-undo-dialog [slot='confirm-button']");
        waitFor(confirm);
        waitForVaadin();
        screenshot("6-undo-confirm");
        waitFor(confirm).click();
        waitForGone(By.id("merged-from"));
        waitUntil(browser -> "Dorpsstraat"
                .equals(waitForPresent(By.cssSelector("#woonadres-straat input"))
                        .getDomProperty("value")));
        waitForVaadin();
        screenshot("7-undone");

        open("/klanten");
        search(String.valueOf(duplicate.getKlantnummer()));
        waitFor(cellContaining(String.valueOf(duplicate.getKlantnummer())));
        assertThat(findAll(By.cssSelector("#search-merged-note:not([hidden])"))).isEmpty();
        ClientPerson back = asMedewerker(() -> clients.getPerson(duplicate.getId()));
        assertThat(back.isMerged()).isFalse();
        assertThat(back.getPersonal().getWoonadres().getStraat()).isEqualTo("Kerkstraat");
    }

    private static ClientPerson person(String surname, String straat, int huisnummer, String postcode, String email) {
        ClientPerson person = TestData.person(surname, "V.", null);
        person.getPersonal().setWoonadres(new Address(straat, huisnummer, postcode, "Utrecht"));
        person.getPersonal().setPriveEmail(email);
        return person;
    }

    private static <T> T asMedewerker(Supplier<T> call) {
        return SignedIn.as(Role.MEDEWERKER, call);
    }
}
