package nl.klantregistratie.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.history.HistoryEntry.Kind;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The history of all registrations, filtered by user, period, klantnummer and kind; support only. */
class HistorySearchTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    HistoryService history;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    ClientPerson head;
    ContactPerson follower;

    /** The medewerker creates a hoofd and a contactpersoon and links them; the manager renames the hoofd. */
    @BeforeEach
    void changes() {
        login(Role.MEDEWERKER);
        String surname = "Historie" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientCompany company = clients.save(TestData.company("Drukkerij " + surname + " B.V."));
        head = clients.save(TestData.person(surname, "H.", null));
        follower = clients.save(TestData.contact(company, "x", "x"));
        follower = links.link(follower.getId(), follower.getVersion(), head.getId());
        login(Role.MANAGER);
        ClientPerson renamed = clients.getPerson(head.getId());
        renamed.getPersonal().setAchternaam(surname + "s");
        head = clients.save(renamed);
        login(Role.SUPPORT);
    }

    private List<HistoryRecord> search(HistoryQuery query) {
        return history.search(query, 0, 50);
    }

    @Test
    void showsTheChangesOfOneRegistrationNewestFirstWithBeforeAndAfter() {
        List<HistoryRecord> found = search(new HistoryQuery(null, null, null, follower.getKlantnummer(), null));

        assertThat(found).extracting(r -> r.entry().kind()).containsExactly(Kind.PROPAGATED, Kind.LINKED, Kind.CREATED);
        HistoryRecord propagated = found.getFirst();
        assertThat(propagated.registrationId()).isEqualTo(follower.getId());
        assertThat(propagated.entry().changes()).anySatisfy(change -> {
            assertThat(change.fieldKey()).isEqualTo("person.achternaam");
            assertThat(change.newValue()).isEqualTo(change.oldValue() + "s");
        });
    }

    @Test
    void filtersByUser() {
        List<HistoryRecord> byManager = search(new HistoryQuery("manager", null, null, head.getKlantnummer(), null));
        assertThat(byManager).hasSize(1);
        assertThat(byManager.getFirst().entry().username()).isEqualTo("manager");
        assertThat(byManager.getFirst().entry().userDisplayName()).isEqualTo("Maarten Manager");

        assertThat(search(new HistoryQuery("medewerker", null, null, head.getKlantnummer(), null)))
                .extracting(r -> r.entry().kind())
                .containsExactly(Kind.CREATED);
    }

    @Test
    void filtersByKindOfChange() {
        List<HistoryRecord> linked = search(new HistoryQuery(null, null, null, null, Kind.LINKED));
        assertThat(linked)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.entry().kind()).isEqualTo(Kind.LINKED));
        assertThat(linked).extracting(HistoryRecord::registrationId).contains(follower.getId());
        assertThat(search(new HistoryQuery(null, null, null, head.getKlantnummer(), Kind.DELETED)))
                .isEmpty();
    }

    @Test
    void filtersByPeriod() {
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        assertThat(search(new HistoryQuery(null, today, today, follower.getKlantnummer(), null)))
                .hasSize(3);
        assertThat(search(new HistoryQuery(null, today.plusDays(1), null, follower.getKlantnummer(), null)))
                .isEmpty();
        assertThat(search(new HistoryQuery(null, null, today.minusDays(1), follower.getKlantnummer(), null)))
                .isEmpty();
    }

    @Test
    void pagesWithOffsetAndLimitOverTheFilteredChanges() {
        HistoryQuery query = new HistoryQuery(null, null, null, follower.getKlantnummer(), null);
        List<HistoryRecord> all = history.search(query, 0, 10);
        assertThat(history.search(query, 1, 1))
                .extracting(r -> r.entry().revision())
                .containsExactly(all.get(1).entry().revision());
        assertThat(history.search(query, 3, 10)).isEmpty();
    }

    @Test
    void onlySupportMayReadIt() {
        login(Role.MANAGER);
        assertThatThrownBy(() -> search(HistoryQuery.all())).isInstanceOf(AuthorizationDeniedException.class);
        login(Role.MEDEWERKER);
        assertThatThrownBy(() -> search(HistoryQuery.all())).isInstanceOf(AuthorizationDeniedException.class);
    }
}
