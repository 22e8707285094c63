package nl.klantregistratie.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sending against a real SMTP server (GreenMail, on a free port of this machine): the message
 * arrives on the chosen address, from the office's address, and the dossier says it was sent; when
 * the server cannot be reached, the message stays in the dossier marked failed, with the reason.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
class CorrespondenceMailTest {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    private static final TestMailServer MAIL = new TestMailServer();
    private static final String FROM = TestMailServer.FROM;

    @RegisterExtension
    static final GreenMailExtension smtp = MAIL.extension();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
    }

    @Autowired
    ClientService clients;

    @Autowired
    CorrespondenceService correspondence;

    @Test
    void theMessageArrivesOnTheChosenAddress() throws Exception {
        ClientPerson person = person();
        AddressOption prive = TestMail.privateAddress(correspondence, person.getId());

        Correspondence filed = correspondence.send(
                person.getId(),
                TestMail.draft(prive, "Aangifte inkomstenbelasting", "Beste Anna,\n\nUw aangifte is ingediend."));

        assertThat(filed.getStatus()).isEqualTo(MailStatus.VERZONDEN);
        assertThat(filed.getSentAt()).isNotNull();
        assertThat(filed.getFromAddress()).isEqualTo(FROM);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("anna@thuis.nl");
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly(FROM);
        assertThat(received[0].getSubject()).isEqualTo("Aangifte inkomstenbelasting");
        assertThat(GreenMailUtil.getBody(received[0]).replace("\r\n", "\n")).contains("Uw aangifte is ingediend.");
        assertThat(correspondence
                        .correspondenceOf(person.getId(), FIRST_PAGE)
                        .getFirst()
                        .getStatus())
                .isEqualTo(MailStatus.VERZONDEN);
    }

    @Test
    void anSmtpFailureLeavesAStoredMessageMarkedFailedWithTheReason() {
        ClientPerson person = person();
        AddressOption zakelijk =
                correspondence.addresses(person.getId()).options().getFirst();
        smtp.stop();

        Correspondence filed = correspondence.send(
                person.getId(), TestMail.draft(zakelijk, "Herinnering", "Wilt u de stukken nog sturen?"));

        assertThat(filed.getStatus()).isEqualTo(MailStatus.MISLUKT);
        assertThat(filed.getFailureKey()).isEqualTo("mail.failure.send");
        assertThat(filed.getFailureDetail()).isNotBlank();
        Correspondence stored =
                correspondence.correspondenceOf(person.getId(), FIRST_PAGE).getFirst();
        assertThat(stored.getId()).isEqualTo(filed.getId());
        assertThat(stored.getStatus()).isEqualTo(MailStatus.MISLUKT);
        assertThat(stored.getFailureKey()).isEqualTo("mail.failure.send");
        assertThat(stored.getBody()).isEqualTo("Wilt u de stukken nog sturen?");
        assertThat(stored.getToAddress()).isEqualTo("anna@eigenzaak.nl");
    }

    private ClientPerson person() {
        ClientPerson person = TestData.person("Jong" + TestData.uniqueSuffix(1), "A.", "de");
        person.setZakelijkEmail("anna@eigenzaak.nl");
        person.getPersonal().setPriveEmail("anna@thuis.nl");
        person.setEmailvoorkeur(EmailPreference.PRIVE);
        return clients.save(person);
    }
}
