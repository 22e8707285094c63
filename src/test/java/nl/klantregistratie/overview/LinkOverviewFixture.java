package nl.klantregistratie.overview;

import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;

/**
 * Koppelingen for tests, with a surname of their own: a klant-persoon (with BSN) as hoofd of two
 * volgers at two klant-bedrijven, a contactpersoon as hoofd of one volger, and a klant-persoon
 * without volgers. Call with a signed-in user.
 */
public class LinkOverviewFixture {

    public static final String BSN = "111222333";
    private static final AtomicInteger RUN = new AtomicInteger();

    public record Data(
            String surname,
            ClientCompany companyA,
            ClientCompany companyB,
            ClientPerson personHead,
            ContactPerson followerA,
            ContactPerson followerB,
            ContactPerson contactHead,
            ContactPerson contactFollower,
            ClientPerson unlinkedPerson) {}

    private final ClientService clients;
    private final LinkService links;

    public LinkOverviewFixture(ClientService clients, LinkService links) {
        this.clients = clients;
        this.links = links;
    }

    public Data create() {
        String surname = "Koppel" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientCompany a = clients.save(TestData.company("Aannemer " + surname + " B.V."));
        ClientCompany b = clients.save(TestData.company("Bouw " + surname + " B.V."));
        ClientPerson head = TestData.person(surname, "A.", null);
        head.setBsn(BSN);
        head = clients.save(head);
        ContactPerson followerA = link(clients.save(TestData.contact(a, "x", "x")), head.getId());
        ContactPerson followerB = link(clients.save(TestData.contact(b, "x", "x")), head.getId());
        ContactPerson contactHead = clients.save(TestData.contact(a, surname, "C."));
        ContactPerson contactFollower = link(clients.save(TestData.contact(b, "y", "y")), contactHead.getId());
        ClientPerson unlinked = clients.save(TestData.person(surname, "Z.", null));
        return new Data(surname, a, b, head, followerA, followerB, contactHead, contactFollower, unlinked);
    }

    private ContactPerson link(ContactPerson follower, long headId) {
        return links.link(follower.getId(), follower.getVersion(), headId);
    }
}
