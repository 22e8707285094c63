package nl.klantregistratie.correspondence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.BrowserTestBase;
import nl.klantregistratie.test.SignedIn;
import nl.klantregistratie.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real browser, as a medewerker: on a volger's card, Acties → "Nieuwe e-mail" offers its
 * zakelijk address and says that a privé address exists but is not shown (R9, R10); the mail is
 * sent to a real SMTP server (GreenMail on this machine) and appears in the Correspondentie section,
 * readable.
 */
class MailBrowserTest extends BrowserTestBase {

    private static final TestMailServer MAIL = new TestMailServer();

    @RegisterExtension
    static final GreenMailExtension smtp = MAIL.extension();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
    }

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Test
    void composeAndSendFromAFollowerCardThenReadItInTheDossier() throws Exception {
        ContactPerson follower = SignedIn.as(Role.MEDEWERKER, this::follower);

        loginAndWaitForShell("medewerker", "medewerker123");
        open("/contactpersonen/" + follower.getId());
        waitForText(By.id("follower-title"), "Gekoppeld aan hoofd");
        waitFor(By.id("actions-menu")).click();
        waitFor(By.id("action-new-mail")).click();

        waitFor(By.id("mail-dialog"));
        waitForText(By.id("mail-hidden"), "privé e-mailadres");
        assertThat(waitFor(By.cssSelector("#mail-to input")).getDomProperty("value"))
                .contains("e.hendriks@tuincentrum.nl");
        waitFor(By.cssSelector("#mail-subject input")).sendKeys("Jaarrekening 2026");
        waitFor(By.cssSelector("#mail-body textarea")).sendKeys("Beste Eva,\nDe jaarrekening staat klaar.");
        waitForVaadin();
        screenshot("01-new-mail");
        waitFor(By.id("mail-send")).click();

        By row = By.xpath(
                "//vaadin-grid[@id='dossier-grid']/vaadin-grid-cell-content[contains(., 'Jaarrekening 2026')]");
        waitFor(row);
        waitForText(By.id("dossier-grid"), "Verzonden");
        ((JavascriptExecutor) driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", waitFor(By.id("section-dossier")));
        waitForVaadin();
        screenshot("02-dossier");
        clickUntil(
                row,
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("dossier-message-body"), "De jaarrekening staat klaar."));
        ((JavascriptExecutor) driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", waitFor(By.id("dossier-message")));
        waitForVaadin();
        screenshot("03-message");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("e.hendriks@tuincentrum.nl");
        assertThat(received[0].getSubject()).isEqualTo("Jaarrekening 2026");
    }

    /** A volger preferring business mail whose hoofd has a privé address it passes on. */
    private ContactPerson follower() {
        ClientCompany company = new ClientCompany();
        company.setStatutaireNaam("Tuincentrum De Hoeve B.V.");
        company.setRechtsvorm(LegalForm.BV);
        company = clients.save(company);
        ClientPerson person = new ClientPerson();
        person.getPersonal().setVoorletters("E.");
        person.getPersonal().setRoepnaam("Eva");
        person.getPersonal().setAchternaam("Hendriks");
        person.getPersonal().setPriveEmail("eva@hendriks-thuis.nl");
        person.setEmailvoorkeur(EmailPreference.PRIVE);
        ClientPerson head = clients.save(person);
        ContactPerson contact = new ContactPerson(company);
        contact.getPersonal().setAchternaam("Hendriks");
        contact.getBusiness().setZakelijkEmail("e.hendriks@tuincentrum.nl");
        contact.setEmailvoorkeur(EmailPreference.ZAKELIJK);
        contact = clients.save(contact);
        return links.link(contact.getId(), contact.getVersion(), head.getId());
    }
}
