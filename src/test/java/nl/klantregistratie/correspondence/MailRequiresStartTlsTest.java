package nl.klantregistratie.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * By default mail goes out only over an encrypted connection: a server that offers no STARTTLS gets
 * nothing, and the message stays in the klantdossier marked failed, with the reason.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
class MailRequiresStartTlsTest {

    private static final TestMailServer MAIL = new TestMailServer();

    @RegisterExtension
    static final GreenMailExtension smtp = MAIL.extension();

    @DynamicPropertySource
    static void plainServer(DynamicPropertyRegistry registry) {
        MAIL.register(registry);
        registry.add("spring.mail.properties.mail.smtp.starttls.required", () -> "true"); // the default
    }

    @Autowired
    ClientService clients;

    @Autowired
    CorrespondenceService correspondence;

    @Test
    void aServerWithoutStartTlsGetsNoMessage() {
        ClientPerson draft = TestData.person("Tls", "T.", null);
        draft.getPersonal().setPriveEmail("t.tls@voorbeeld.nl");
        draft.setEmailvoorkeur(EmailPreference.PRIVE);
        ClientPerson person = clients.save(draft);
        AddressOption prive = TestMail.privateAddress(correspondence, person.getId());

        Correspondence sent = correspondence.send(person.getId(), TestMail.draft(prive, "Aangifte", "Beste T.,"));

        assertThat(sent.getStatus()).isEqualTo(MailStatus.MISLUKT);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
