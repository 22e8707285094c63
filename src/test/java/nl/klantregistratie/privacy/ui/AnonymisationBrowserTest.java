package nl.klantregistratie.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.correspondence.TestMail;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.BrowserTestBase;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, as support: a person registered as klant-persoon and as the contactpersoon that
 * follows it cannot be anonymised while it leads a volger (the card says why); once the link is
 * ended both are anonymised from their cards, and after that the person's name, address and e-mail
 * appear nowhere: not on the cards, in the lists, in the history (card and page), in the klantdossier,
 * in the Koppelingen CSV or the audit log and its CSV, nor in the portal's answers.
 */
class AnonymisationBrowserTest extends BrowserTestBase {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    CorrespondenceService correspondence;

    @Autowired
    PortalService portal;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnonymisedPersonShowsNowhere() throws Exception {
        String surname = "Zwanenburg" + TestData.uniqueSuffix(RUN.incrementAndGet());
        String email = surname.toLowerCase() + "@thuis.nl";
        ClientPerson person = SignedIn.as(Role.MEDEWERKER, () -> person(surname, email));
        ContactPerson follower = SignedIn.as(Role.MEDEWERKER, () -> follower(surname, person));
        SignedIn.as(Role.MEDEWERKER, () -> clients.revealBsn(person.getId()));
        mailedLongAgo(person);
        String key = SignedIn.as(Role.SUPPORT, () -> portal.createApiKey("Client-Online", null))
                .key();
        assertThat(portalStatus(key, "/api/portal/personen/" + person.getId())).isEqualTo(200);
        assertThat(portalStatus(key, "/api/portal/personen?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .isEqualTo(200);

        loginAndWaitForShell("support", "support123");
        open("/koppelingen");
        assertThat(download(waitFor(By.id("overview-export"))))
                .as("a hoofd, before")
                .contains(surname);

        open("/klanten/persoon/" + person.getId());
        waitForText(By.id("card-title"), surname);
        openAnonymiseDialog();
        waitForText(By.id("anonymise-refusal"), "hoofd van 1 volger"); // at once, nothing to confirm
        screenshot("1-refused-while-hoofd");
        waitFor(By.id("anonymise-cancel")).click();
        waitForGone(By.id("anonymise-dialog"));

        SignedIn.as(
                Role.SUPPORT,
                () -> links.unlink(
                        follower.getId(),
                        links.followersOf(person.getId()).getFirst().getVersion()));
        open("/contactpersonen/" + follower.getId());
        anonymiseOnTheCard(surname);
        open("/klanten/persoon/" + person.getId());
        anonymiseOnTheCard(surname);
        screenshot("2-anonymised-card");

        // The card, its history and its klantdossier.
        assertNowhereOnThePage(surname, "Rozengracht", "Prinsengracht", email);
        openSection("section-historie");
        waitForText(By.id("section-historie"), "Gewijzigd");
        openSection("section-dossier");
        waitForText(By.id("dossier-grid"), "Niet verzonden");
        screenshot("3-history-and-dossier");
        assertNowhereOnThePage(surname, "Rozengracht", "Prinsengracht", email, "Aangifte");

        // The lists: found by klantnummer as "Geanonimiseerd", not by the old name.
        open("/klanten");
        search(person.getKlantnummer().toString());
        waitFor(cellContaining("Geanonimiseerd"));
        search(surname);
        waitForGone(cellContaining("Geanonimiseerd"));
        assertNowhereOnThePage(surname);
        open("/contactpersonen");
        search(surname);
        waitForVaadin();
        assertNowhereOnThePage(surname);

        // The Historie page.
        open("/historie");
        WebElement number = waitFor(By.cssSelector("#historyview-klantnummer input"));
        number.sendKeys(person.getKlantnummer().toString(), Keys.TAB);
        waitForText(By.id("history-grid"), "Sanne Support");
        screenshot("4-history-page");
        assertNowhereOnThePage(surname, "Rozengracht", "Prinsengracht", email);

        // The exports and the audit log.
        open("/koppelingen");
        assertThat(download(waitFor(By.id("overview-export")))).doesNotContain(surname);
        open("/auditlog");
        WebElement text = waitFor(By.cssSelector("#audit-text input"));
        text.sendKeys("klantnummer " + person.getKlantnummer(), Keys.TAB);
        waitForGone(cellContaining("Ingelogd")); // the filter applied
        waitForText(By.id("audit-grid"), "BSN getoond");
        waitForText(By.id("audit-grid"), "klant-persoon");
        screenshot("5-auditlog");
        assertNowhereOnThePage(surname);
        assertThat(download(waitFor(By.id("audit-export"))))
                .contains("klantnummer " + person.getKlantnummer())
                .doesNotContain(surname);

        // The portal.
        assertThat(portalStatus(key, "/api/portal/personen/" + person.getId())).isEqualTo(404);
        assertThat(portalStatus(key, "/api/portal/personen?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .isEqualTo(404);
    }

    private void openAnonymiseDialog() {
        waitFor(By.id("actions-menu")).click();
        waitFor(By.id("action-anonymise")).click();
        waitFor(By.id("anonymise-dialog"));
    }

    private void anonymiseOnTheCard(String surname) {
        waitForText(By.id("card-title"), surname);
        openAnonymiseDialog();
        waitFor(By.id("anonymise-wwft")).click();
        waitFor(By.id("anonymise-confirm")).click();
        waitForGone(By.id("anonymise-dialog"));
        waitForText(By.id("anonymised-note"), "Geanonimiseerd op");
        waitForText(By.id("card-title"), "Geanonimiseerd");
    }

    private void openSection(String id) {
        WebElement summary = waitFor(By.cssSelector("#" + id + " vaadin-details-summary"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        waitForVaadin();
    }

    /**
     * Neither in the page's text nor in the value of any field, dialog and grid cells included; the
     * search field, where the test typed the old name, aside.
     */
    private void assertNowhereOnThePage(String... texts) {
        waitForVaadin();
        String shown = (String) ((JavascriptExecutor) driver()).executeScript("""
                        const values = Array.from(document.querySelectorAll('*'))
                            .filter(e => typeof e.value === 'string' && !e.closest('#search'))
                            .map(e => e.value);
                        return document.body.innerText + '|' + values.join('|');
                        """);
        assertThat(shown.toLowerCase())
                .doesNotContain(Arrays.stream(texts).map(String::toLowerCase).toArray(String[]::new));
    }

    /** What the export link downloads, fetched in the browser with the user's session. */
    private String download(WebElement anchor) {
        waitForVaadin();
        String csv = (String) ((JavascriptExecutor) driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0].href).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                        anchor);
        assertThat(csv)
                .as("a CSV file was downloaded")
                .doesNotStartWith("ERROR")
                .contains(";");
        return csv;
    }

    private int portalStatus(String key, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                    .header("X-API-Key", key)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private ClientPerson person(String surname, String email) {
        ClientPerson draft = TestData.person(surname, "M.", null);
        draft.setBsn("111222333");
        draft.getPersonal().setWoonadres(new Address("Rozengracht", 12, "1016 NB", "Amsterdam"));
        draft.getPersonal().setPriveEmail(email);
        draft.setEmailvoorkeur(EmailPreference.PRIVE);
        ClientPerson saved = clients.save(draft);
        ClientPerson moved = clients.getPerson(saved.getId());
        moved.getPersonal().setWoonadres(new Address("Prinsengracht", 200, "1016 HE", "Amsterdam"));
        return clients.save(moved); // an earlier address in the history
    }

    private ContactPerson follower(String surname, ClientPerson head) {
        ClientCompany company = clients.save(TestData.company("Rederij De Zwaan B.V."));
        ContactPerson contact = clients.save(TestData.contact(company, surname, "M."));
        return links.link(contact.getId(), contact.getVersion(), head.getId());
    }

    /** A message to the person's privé address, made more than 7 years ago (past its retention). */
    private void mailedLongAgo(ClientPerson person) {
        SignedIn.as(
                Role.MEDEWERKER,
                () -> TestMail.sentPrivately(
                        correspondence,
                        jdbc,
                        person.getId(),
                        "Aangifte",
                        Instant.now().minus(8 * 366, ChronoUnit.DAYS)));
    }
}
