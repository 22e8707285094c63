package nl.klantregistratie.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The Koppelingen overview in the service: counts, klant-bedrijven, filters, export, roles. */
class KoppelingenServiceTest extends KaribuTest {

    @Autowired
    KoppelingenService koppelingen;

    @Autowired
    nl.klantregistratie.client.ClientService clients;

    @Autowired
    nl.klantregistratie.link.LinkService links;

    KoppelingenFixture.Data data;

    @BeforeEach
    void data() {
        login(Role.MANAGER);
        data = new KoppelingenFixture(clients, links).create();
    }

    @Test
    void listsEveryHoofdWithItsVolgersAndTheirKlantBedrijven() {
        List<HoofdOverview> rows =
                koppelingen.hoofden(new KoppelingenFilter(data.surname(), HoofdType.ALL), PageRequest.of(0, 50));

        assertThat(rows)
                .extracting(HoofdOverview::id)
                .containsExactlyInAnyOrder(
                        data.personHoofd().getId(), data.contactHoofd().getId());
        HoofdOverview person = rows.stream()
                .filter(r -> r.id() == data.personHoofd().getId())
                .findFirst()
                .orElseThrow();
        assertThat(person.kind()).isEqualTo(RegistrationKind.PERSOON);
        assertThat(person.volgers()).isEqualTo(2);
        assertThat(person.bedrijven())
                .containsExactly(
                        data.companyA().getDisplayName() + " ("
                                + data.companyA().getKlantnummer() + ")",
                        data.companyB().getDisplayName() + " ("
                                + data.companyB().getKlantnummer() + ")");
        HoofdOverview contact = rows.stream()
                .filter(r -> r.id() == data.contactHoofd().getId())
                .findFirst()
                .orElseThrow();
        assertThat(contact.isContactPersonAsHoofd()).isTrue();
        assertThat(contact.volgers()).isEqualTo(1);
        assertThat(contact.hoofdBedrijf()).contains(data.companyA().getDisplayName());
    }

    @Test
    void registrationsWithoutVolgersAreNotListed() {
        ClientPerson alone = data.unlinkedPerson();
        List<HoofdOverview> rows =
                koppelingen.hoofden(new KoppelingenFilter(data.surname(), HoofdType.ALL), PageRequest.of(0, 50));
        assertThat(rows).extracting(HoofdOverview::id).doesNotContain(alone.getId());
    }

    @Test
    void filtersByTypeOfHoofd() {
        assertThat(koppelingen.hoofden(
                        new KoppelingenFilter(data.surname(), HoofdType.CONTACT_PERSON), PageRequest.of(0, 50)))
                .extracting(HoofdOverview::id)
                .containsExactly(data.contactHoofd().getId());
        assertThat(koppelingen.hoofden(
                        new KoppelingenFilter(data.surname(), HoofdType.CLIENT_PERSON), PageRequest.of(0, 50)))
                .extracting(HoofdOverview::id)
                .containsExactly(data.personHoofd().getId());
    }

    @Test
    void findsAHoofdByKlantnummer() {
        String klantnummer = String.valueOf(data.personHoofd().getKlantnummer());
        assertThat(koppelingen.hoofden(new KoppelingenFilter(klantnummer, HoofdType.ALL), PageRequest.of(0, 50)))
                .extracting(HoofdOverview::id)
                .containsExactly(data.personHoofd().getId());
    }

    @Test
    void pagesThroughTheHoofden() {
        KoppelingenFilter filter = new KoppelingenFilter(data.surname(), HoofdType.ALL);
        List<HoofdOverview> first = koppelingen.hoofden(filter, PageRequest.of(0, 1));
        List<HoofdOverview> second = koppelingen.hoofden(filter, PageRequest.of(1, 1));
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(first.getFirst().id()).isNotEqualTo(second.getFirst().id());
    }

    @Test
    void drillsDownToTheVolgers() {
        assertThat(koppelingen.volgersOf(data.personHoofd().getId()))
                .extracting(VolgerOverview::id)
                .containsExactlyInAnyOrder(
                        data.volgerA().getId(), data.volgerB().getId());
    }

    @Test
    void theExportHoldsNoBsn() {
        List<HoofdOverview> rows = koppelingen.export(new KoppelingenFilter(data.surname(), HoofdType.ALL));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KoppelingenCsv.write(rows, key -> key, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(rows).hasSize(2);
        assertThat(csv).contains(data.personHoofd().getDisplayName()).doesNotContain(KoppelingenFixture.BSN);
    }

    @Test
    void medewerkerCannotCallTheService() {
        login(Role.MEDEWERKER);
        assertThatThrownBy(() -> koppelingen.hoofden(KoppelingenFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> koppelingen.export(KoppelingenFilter.all()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> koppelingen.volgersOf(data.personHoofd().getId()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void supportMayUseItToo() {
        login(Role.SUPPORT);
        assertThat(koppelingen.hoofden(new KoppelingenFilter(data.surname(), HoofdType.ALL), PageRequest.of(0, 50)))
                .hasSize(2);
    }
}
