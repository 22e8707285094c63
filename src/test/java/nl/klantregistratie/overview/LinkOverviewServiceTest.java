package nl.klantregistratie.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The Koppelingen overview in the service: counts, klant-bedrijven, filters, export, roles. */
class LinkOverviewServiceTest extends KaribuTest {

    @Autowired
    LinkOverviewService linkOverview;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    LinkOverviewFixture.Data data;

    @BeforeEach
    void data() {
        login(Role.MANAGER);
        data = new LinkOverviewFixture(clients, links).create();
    }

    @Test
    void listsEveryHeadWithItsFollowersAndTheirKlantBedrijven() {
        List<HeadOverview> rows =
                linkOverview.heads(new LinkOverviewFilter(data.surname(), HeadType.ALL), PageRequest.of(0, 50));

        assertThat(rows)
                .extracting(HeadOverview::id)
                .containsExactlyInAnyOrder(
                        data.personHead().getId(), data.contactHead().getId());
        HeadOverview person = rows.stream()
                .filter(r -> r.id() == data.personHead().getId())
                .findFirst()
                .orElseThrow();
        assertThat(person.kind()).isEqualTo(RegistrationKind.PERSOON);
        assertThat(person.followers()).isEqualTo(2);
        assertThat(person.bedrijven())
                .containsExactly(
                        data.companyA().getDisplayName() + " ("
                                + data.companyA().getKlantnummer() + ")",
                        data.companyB().getDisplayName() + " ("
                                + data.companyB().getKlantnummer() + ")");
        HeadOverview contact = rows.stream()
                .filter(r -> r.id() == data.contactHead().getId())
                .findFirst()
                .orElseThrow();
        assertThat(contact.isContactPersonAsHead()).isTrue();
        assertThat(contact.followers()).isEqualTo(1);
    }

    @Test
    void registrationsWithoutFollowersAreNotListed() {
        ClientPerson alone = data.unlinkedPerson();
        List<HeadOverview> rows =
                linkOverview.heads(new LinkOverviewFilter(data.surname(), HeadType.ALL), PageRequest.of(0, 50));
        assertThat(rows).extracting(HeadOverview::id).doesNotContain(alone.getId());
    }

    @Test
    void filtersByTypeOfHead() {
        assertThat(linkOverview.heads(
                        new LinkOverviewFilter(data.surname(), HeadType.CONTACT_PERSON), PageRequest.of(0, 50)))
                .extracting(HeadOverview::id)
                .containsExactly(data.contactHead().getId());
        assertThat(linkOverview.heads(
                        new LinkOverviewFilter(data.surname(), HeadType.CLIENT_PERSON), PageRequest.of(0, 50)))
                .extracting(HeadOverview::id)
                .containsExactly(data.personHead().getId());
    }

    @Test
    void findsAHeadByKlantnummer() {
        String klantnummer = String.valueOf(data.personHead().getKlantnummer());
        assertThat(linkOverview.heads(new LinkOverviewFilter(klantnummer, HeadType.ALL), PageRequest.of(0, 50)))
                .extracting(HeadOverview::id)
                .containsExactly(data.personHead().getId());
    }

    @Test
    void pagesThroughTheHeads() {
        LinkOverviewFilter filter = new LinkOverviewFilter(data.surname(), HeadType.ALL);
        List<HeadOverview> first = linkOverview.heads(filter, PageRequest.of(0, 1));
        List<HeadOverview> second = linkOverview.heads(filter, PageRequest.of(1, 1));
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(first.getFirst().id()).isNotEqualTo(second.getFirst().id());
    }

    @Test
    void drillsDownToTheFollowers() {
        assertThat(linkOverview.followersOf(data.personHead().getId()))
                .extracting(FollowerOverview::id)
                .containsExactlyInAnyOrder(
                        data.followerA().getId(), data.followerB().getId());
    }

    @Test
    void theExportHoldsNoBsn() {
        List<HeadOverview> rows = linkOverview.export(new LinkOverviewFilter(data.surname(), HeadType.ALL));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinkOverviewCsv.write(rows, key -> key, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(rows).hasSize(2);
        assertThat(csv).contains(data.personHead().getDisplayName()).doesNotContain(LinkOverviewFixture.BSN);
    }

    @Test
    void medewerkerCannotCallTheService() {
        login(Role.MEDEWERKER);
        assertThatThrownBy(() -> linkOverview.heads(new LinkOverviewFilter(null, HeadType.ALL), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> linkOverview.export(new LinkOverviewFilter(null, HeadType.ALL)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> linkOverview.followersOf(data.personHead().getId()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void supportMayUseItToo() {
        login(Role.SUPPORT);
        assertThat(linkOverview.heads(new LinkOverviewFilter(data.surname(), HeadType.ALL), PageRequest.of(0, 50)))
                .hasSize(2);
    }
}
