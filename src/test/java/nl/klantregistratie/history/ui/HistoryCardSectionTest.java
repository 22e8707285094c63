package nl.klantregistratie.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Historie" section the history feature adds to every card (R16): support staff only. */
class HistoryCardSectionTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Test
    void theHistorieSectionShowsTheLinkAndTheReplacedValues_forSupportOnly_R16() {
        login(Role.MEDEWERKER);
        String surname = "Hendriks" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientCompany company = clients.save(TestData.company("Loonbedrijf " + surname + " B.V."));
        ClientPerson head = clients.save(TestData.person(surname, "K.", null));
        ContactPerson contact = clients.save(TestData.contact(company, surname, "C."));
        links.link(contact.getId(), contact.getVersion(), head.getId());

        navigate("contactpersonen/" + contact.getId());
        assertThat(_find(Details.class, spec -> spec.withId("section-historie")))
                .as("history is for support staff")
                .isEmpty();

        login(Role.SUPPORT);
        navigate("contactpersonen/" + contact.getId());
        Details history = _get(Details.class, spec -> spec.withId("section-historie"));
        history.setOpened(true);

        assertThat(history.getElement().getTextRecursively())
                .contains("Gekoppeld aan hoofd K. " + surname)
                .contains("C.")
                .contains("K.");

        // the hoofd's own card shows it too, naming the volger
        navigate("klanten/persoon/" + head.getId());
        Details ofHead = _get(Details.class, spec -> spec.withId("section-historie"));
        ofHead.setOpened(true);
        assertThat(ofHead.getElement().getTextRecursively())
                .contains("Volger K. " + surname + " (" + contact.getKlantnummer() + "): Gekoppeld aan hoofd K. "
                        + surname);
    }

    @Test
    void theSectionIsOnTheCardsOfEveryKind() {
        login(Role.SUPPORT);
        String surname = "Claassen" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientCompany company = clients.save(TestData.company("Garage " + surname + " B.V."));
        ClientPerson person = clients.save(TestData.person(surname, "M.", null));
        ContactPerson contact = clients.save(TestData.contact(company, surname, "M."));

        for (String card : new String[] {
            "klanten/persoon/" + person.getId(),
            "klanten/bedrijf/" + company.getId(),
            "contactpersonen/" + contact.getId()
        }) {
            navigate(card);
            Details history = _get(Details.class, spec -> spec.withId("section-historie"));
            history.setOpened(true);
            assertThat(history.getElement().getTextRecursively()).as(card).contains("Aangemaakt");
        }
    }
}
