package nl.klantregistratie.link.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.Salutation;
import nl.klantregistratie.test.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In a real browser, as applicatiebeheer (SUPPORT): link a contactpersoon to its hoofd through
 * Acties → "Koppelen aan hoofd(contact)persoon" with the preview before "Verder" (docs/domain.md R4), see
 * a change of the hoofd's woonadres reach the volger (R6), and end the link (R13), after which the
 * privé gegevens can be edited again.
 */
class LinkBrowserTest extends BrowserTestBase {

    private static final By FOLLOWER_TITLE = By.id("follower-title");
    private static final By WOONADRES_STRAAT = By.cssSelector("#woonadres-straat input");

    @Autowired
    ClientService clients;

    /**
     * The main flow with the keyboard only: sign in, search, open the card, Acties, link, Verder.
     * No click anywhere: every step is a key on the element that has the focus.
     */
    @Test
    void searchCardActiesLinkVerderWithTheKeyboardOnly() {
        ClientCompany company = asMedewerker(() -> clients.save(company("Toetsenbord Tuinen B.V.")));
        ClientPerson head = asMedewerker(() -> clients.save(head()));
        ContactPerson follower = asMedewerker(() -> clients.save(follower(company)));

        open("/login");
        waitFor(LOGIN_USERNAME);
        keys("medewerker", Keys.TAB, "medewerker123", Keys.ENTER);
        waitFor(By.id("user-menu-button"));
        open("/contactpersonen");
        tabTo(By.cssSelector("#search input"));
        keys(String.valueOf(follower.getKlantnummer()));
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + follower.getKlantnummer() + "')]"));
        waitForVaadin();
        tabTo(By.id("registrations-grid"));
        keys(Keys.TAB); // from the grid's header to its rows: the first contactpersoon
        keys(Keys.ENTER);
        waitForText(By.id("card-title"), follower.getDisplayName());
        screenshot("keyboard-1-card");

        tabTo(By.id("card-actions")); // the menu bar whose one button is "Acties"
        openActionWithKeys("action-link");
        waitFor(By.cssSelector("#head-search input"));
        // Escape closes the dialog and the focus is back on Acties, where the user was
        keys(Keys.ESCAPE);
        waitForGone(By.id("link-dialog"));
        waitUntil(browser -> focusIsIn(By.id("card-actions")));
        openActionWithKeys("action-link");
        tabTo(By.cssSelector("#head-search input"));
        keys(String.valueOf(head.getKlantnummer()));
        waitFor(By.xpath("//vaadin-grid[@id='head-candidates']/vaadin-grid-cell-content[contains(., '"
                + head.getDisplayName() + "')]"));
        waitForVaadin();
        tabTo(By.id("head-candidates"));
        keys(Keys.TAB); // header to rows
        keys(Keys.ENTER);
        waitFor(By.id("link-changes"));
        screenshot("keyboard-2-preview");
        tabTo(By.id("link-verder"));
        keys(Keys.ENTER);

        waitFor(FOLLOWER_TITLE);
        assertThat(asMedewerker(() -> clients.getContact(follower.getId()))
                        .getHead()
                        .getId())
                .isEqualTo(head.getId());
    }

    /** With the focus on Acties: Enter opens the menu, the arrow keys go to the item, Enter chooses it. */
    private void openActionWithKeys(String id) {
        keys(Keys.ENTER);
        waitFor(By.id(id));
        while (!id.equals(activeId())) {
            keys(Keys.ARROW_DOWN);
        }
        keys(Keys.ENTER);
        waitForGone(By.id(id));
    }

    private void keys(CharSequence... keys) {
        new Actions(driver()).sendKeys(keys).perform();
    }

    private String activeId() {
        return String.valueOf(((JavascriptExecutor) driver()).executeScript("""
                        let element = document.activeElement;
                        while (element && element.shadowRoot && element.shadowRoot.activeElement) {
                          element = element.shadowRoot.activeElement;
                        }
                        const owner = element && element.closest('[id]');
                        return owner ? owner.id : '';"""));
    }

    /** Whether the keyboard focus is in the element (through shadow roots). */
    private boolean focusIsIn(By target) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver()).executeScript("""
                const wanted = arguments[0];
                let element = document.activeElement;
                while (element) {
                  if (element === wanted || wanted.contains(element)) return true;
                  element = element.shadowRoot ? element.shadowRoot.activeElement : null;
                }
                return wanted.matches(':focus-within');""", waitFor(target)));
    }

    /** Presses Tab until the focus is in the element (at most 40 times), as a keyboard user would. */
    private void tabTo(By target) {
        for (int presses = 0; presses < 40; presses++) {
            if (focusIsIn(target)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target + " (focus on " + activeId() + ")");
    }

    @Test
    void linkPropagateAndUnlinkAsSupport() {
        ClientCompany company = asMedewerker(() -> clients.save(company("Hoveniersbedrijf De Linde B.V.")));
        ClientPerson head = asMedewerker(() -> clients.save(head()));
        ContactPerson follower = asMedewerker(() -> clients.save(follower(company)));
        String headName = head.getDisplayName();
        String followerName = follower.getDisplayName();

        loginAndWaitForShell("support", "support123");

        // The contactpersoon's card, in read mode.
        open("/contactpersonen/" + follower.getId());
        waitForText(By.id("card-title"), followerName);
        waitForText(By.id("card-subtitle"), company.getDisplayName());
        assertThat(findAll(FOLLOWER_TITLE)).isEmpty();
        screenshot("01-volger-card");

        // Acties → Koppelen aan hoofd(contact)persoon; search the hoofd by klantnummer.
        openAction("action-link");
        WebElement search = waitFor(By.cssSelector("#head-search input"));
        search.sendKeys(String.valueOf(head.getKlantnummer()));
        By candidate = By.xpath(
                "//vaadin-grid[@id='head-candidates']/vaadin-grid-cell-content[contains(., '" + headName + "')]");
        waitFor(candidate);
        waitForVaadin();
        screenshot("02-link-search");
        // The preview: what changes, old → new, before "Verder".
        clickUntil(candidate, ExpectedConditions.visibilityOfElementLocated(By.id("link-changes")));
        waitForText(By.id("link-preview"), headName);
        waitForText(By.id("link-changes"), "Kerkstraat 5, 3511 LX Utrecht");
        waitForText(By.id("link-changes"), "Oude Gracht 12, 3511 AB Utrecht");
        waitForVaadin();
        screenshot("03-link-preview");
        ((JavascriptExecutor) driver())
                .executeScript("arguments[0].scrollIntoView({block: 'end'})", waitFor(By.id("link-changes")));
        waitForText(By.id("link-changes"), "marieke.hofstede@voorbeeld.nl");
        screenshot("03b-link-preview-scrolled");
        waitFor(By.id("link-verder")).click();

        // Linked: the card says which hoofd leads, and the privé gegevens are the hoofd's.
        waitForText(FOLLOWER_TITLE, "Gekoppeld aan hoofd");
        waitForText(By.id("follower-head-link"), headName);
        waitForGone(By.id("link-dialog"));
        waitForPresent(WOONADRES_STRAAT);
        waitUntil(
                browser -> "Kerkstraat".equals(waitForPresent(WOONADRES_STRAAT).getDomProperty("value")));
        waitForVaadin();
        screenshot("04-linked");

        // To the hoofd; change its woonadres.
        waitFor(By.id("follower-head-link")).click();
        waitForText(By.id("card-title"), headName);
        waitForText(By.id("head-title"), "Hoofd van 1 volger");
        waitForVaadin();
        screenshot("05-hoofd-card");
        openAction("action-edit");
        WebElement straat = waitFor(WOONADRES_STRAAT);
        straat.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Nieuwegracht", Keys.TAB);
        waitForVaadin();
        screenshot("06-hoofd-edit");
        waitFor(By.id("save")).click();
        waitForGone(By.id("save"));
        waitForVaadin();
        screenshot("07-hoofd-saved");

        // Back to the volger through Acties → Toon volgers (R12): the new street has reached it.
        openAction("action-show-followers");
        By followerRow = By.xpath("//vaadin-grid[@id='followers-grid']/vaadin-grid-cell-content[contains(., '"
                + follower.getKlantnummer() + "')]");
        WebElement row = waitFor(followerRow);
        waitForVaadin();
        screenshot("08-hoofd-volgers");
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        row.click();
        waitForText(By.id("card-title"), headName); // the volger's name is now the hoofd's
        waitForText(FOLLOWER_TITLE, "Gekoppeld aan hoofd");
        waitUntil(browser ->
                "Nieuwegracht".equals(waitForPresent(WOONADRES_STRAAT).getDomProperty("value")));
        assertThat(driver().getCurrentUrl()).endsWith("/contactpersonen/" + follower.getId());
        waitForVaadin();
        screenshot("09-volger-updated");

        // Acties → Koppeling beëindigen, confirmed.
        openAction("action-unlink");
        By confirm = By.cssSelector("#unlink-dialog [slot='confirm-button']");
        waitFor(confirm);
        waitForVaadin();
        screenshot("10-unlink-confirm");
        waitFor(confirm).click();
        waitUntil(browser -> findAll(FOLLOWER_TITLE).isEmpty());
        waitForVaadin();
        screenshot("11-unlinked");

        // Editable again, and it kept the hoofd's values (R13).
        openAction("action-edit");
        WebElement achternaam = waitFor(By.cssSelector("#personal-achternaam input"));
        waitUntil(browser -> "false".equals(achternaam.getDomProperty("readOnly")) && achternaam.isEnabled());
        assertThat(waitForPresent(WOONADRES_STRAAT).getDomProperty("value")).isEqualTo("Nieuwegracht");
        achternaam.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Hofstede-Bakker", Keys.TAB);
        waitUntil(browser -> "Hofstede-Bakker".equals(achternaam.getDomProperty("value")));
        waitForVaadin();
        screenshot("12-volger-editable");
        waitFor(By.id("cancel")).click();
        waitForGone(By.id("save"));

        ContactPerson stored = asMedewerker(() -> clients.getContact(follower.getId()));
        assertThat(stored.getHead()).isNull();
        assertThat(stored.getPersonal().getWoonadres().getStraat()).isEqualTo("Nieuwegracht");
        assertThat(stored.getPersonal().getAchternaam()).isEqualTo("Hofstede");
    }

    private static ClientCompany company(String name) {
        ClientCompany company = new ClientCompany();
        company.setStatutaireNaam(name);
        company.setRechtsvorm(LegalForm.BV);
        company.setVestigingsadres(new Address("Industrieweg", 40, "3542 AD", "Utrecht"));
        return company;
    }

    private static ClientPerson head() {
        ClientPerson person = new ClientPerson();
        person.getPersonal().setAanhef(Salutation.MEVR);
        person.getPersonal().setVoorletters("M.J.");
        person.getPersonal().setVoornamen("Maria Johanna");
        person.getPersonal().setRoepnaam("Marieke");
        person.getPersonal().setAchternaam("Hofstede");
        person.getPersonal().setGeboortedatum(LocalDate.of(1971, 3, 14));
        person.getPersonal().setWoonadres(new Address("Kerkstraat", 5, "3511 LX", "Utrecht"));
        person.getPersonal().setPriveEmail("marieke.hofstede@voorbeeld.nl");
        person.getPersonal().setPriveMobiel("0612345678");
        person.setEmailvoorkeur(EmailPreference.PRIVE);
        return person;
    }

    /** The same person, registered earlier at the company with an old address and fewer details. */
    private static ContactPerson follower(ClientCompany company) {
        ContactPerson contact = new ContactPerson(company);
        contact.getPersonal().setAanhef(Salutation.MEVR);
        contact.getPersonal().setVoorletters("M.");
        contact.getPersonal().setAchternaam("Hofstede");
        contact.getPersonal().setWoonadres(new Address("Oude Gracht", 12, "3511 AB", "Utrecht"));
        contact.getBusiness().setFunctie("Bedrijfsleider");
        contact.getBusiness().setZakelijkEmail("m.hofstede@delinde.nl");
        return contact;
    }

    /** Calls the service as a signed-in medewerker would, outside the browser. */
    private static <T> T asMedewerker(Supplier<T> call) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "test", null, AuthorityUtils.createAuthorityList("ROLE_MEDEWERKER")));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
