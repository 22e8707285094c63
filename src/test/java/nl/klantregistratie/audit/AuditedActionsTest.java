package nl.klantregistratie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.AuditEvent.Type;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.overview.HeadOverview;
import nl.klantregistratie.overview.HeadType;
import nl.klantregistratie.overview.LinkOverviewFilter;
import nl.klantregistratie.overview.LinkOverviewService;
import nl.klantregistratie.portal.ApiKey;
import nl.klantregistratie.portal.NewApiKey;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the features record: user administration (who made whom what), BSN reveals (which klant, never
 * the BSN), API keys (name and prefix, never the key) and the Koppelingen export (how many rows).
 */
class AuditedActionsTest extends KaribuTest {

    private static final String PASSWORD = "Zomer-2026-boot";
    private static final String NEW_PASSWORD = "Winter-2027-slee";
    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    AuditService audit;

    @Autowired
    UserService users;

    @Autowired
    ClientService clients;

    @Autowired
    PortalService portal;

    @Autowired
    LinkOverviewService linkOverview;

    private static String unique() {
        return TestData.uniqueSuffix(RUN.incrementAndGet());
    }

    private List<AuditEntry> entriesAbout(String username) {
        return AuditTrail.newest(audit, new AuditFilter("support", null, null, null, username, null), 20);
    }

    @Test
    void userAdministrationIsRecordedWithWhoDidIt() {
        login(Role.SUPPORT);
        String username = "beheerd" + unique();
        AppUser user = users.createUser(username, "Gerda Gebruiker", Role.MEDEWERKER, PASSWORD);
        users.update(user.getId(), "Greta Gebruiker", Role.SUPPORT);
        users.update(user.getId(), "Greta Gebruiker", Role.SUPPORT); // nothing changes: nothing recorded
        users.setActive(user.getId(), false);
        users.setActive(user.getId(), true);
        users.setActive(user.getId(), true); // active already: nothing recorded
        users.resetPassword(user.getId(), NEW_PASSWORD);

        List<AuditEntry> entries = entriesAbout(username);
        assertThat(entries)
                .extracting(AuditEntry::getType)
                .containsExactly(
                        Type.PASSWORD_RESET,
                        Type.USER_ACTIVATED,
                        Type.USER_DEACTIVATED,
                        Type.USER_CHANGED,
                        Type.USER_CREATED);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getSubject()).isEqualTo(username);
            assertThat(entry.getUsername()).isEqualTo("support");
            assertThat(entry.toString()).doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD);
        });
        assertThat(entries.get(3).getDetail())
                .isEqualTo("naam: Gerda Gebruiker → Greta Gebruiker; rol: MEDEWERKER → SUPPORT");
        assertThat(entries.get(4).getDetail()).isEqualTo("rol MEDEWERKER");
    }

    @Test
    void aBsnRevealIsRecordedWithTheKlantnummer_neverTheBsnOrTheName() {
        login(Role.MEDEWERKER);
        ClientPerson person = TestData.person("Bsn" + unique(), "T.", null);
        person.setBsn("111222333");
        ClientPerson saved = clients.save(person);

        assertThat(clients.revealBsn(saved.getId())).isEqualTo("111222333");

        AuditEntry entry =
                AuditTrail.newest(audit, Type.BSN_REVEALED, "medewerker", 1).getFirst();
        // The log outlives an anonymisation: it names the klant by number only.
        assertThat(entry.getSubject()).isEqualTo("klantnummer " + saved.getKlantnummer());
        assertThat(entry.toString()).doesNotContain("111222333").doesNotContain(saved.getDisplayName());
    }

    @Test
    void apiKeysAreRecordedWithNameAndPrefix_neverTheKey() {
        login(Role.SUPPORT);
        String name = "Portaal " + unique();
        NewApiKey created = portal.createApiKey(name, null);
        ApiKey key = created.apiKey();
        portal.revokeApiKey(key.getId());
        portal.revokeApiKey(key.getId()); // revoked already: nothing recorded

        List<AuditEntry> entries = AuditTrail.containing(audit, name);
        assertThat(entries).extracting(AuditEntry::getType).containsExactly(Type.API_KEY_REVOKED, Type.API_KEY_CREATED);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getSubject()).isEqualTo(name);
            assertThat(entry.getDetail()).isEqualTo("sleutel " + key.getKeyPrefix() + "…");
            assertThat(entry.toString()).doesNotContain(created.key());
        });
    }

    @Test
    void theLinkOverviewExportIsRecordedWithItsNumberOfRows() {
        login(Role.MANAGER);
        long mark = AuditTrail.mark(audit);

        List<HeadOverview> rows = linkOverview.export(new LinkOverviewFilter("", HeadType.ALL));

        AuditEntry entry = AuditTrail.since(audit, mark, Type.EXPORT).getFirst();
        assertThat(entry.getUsername()).isEqualTo("manager");
        assertThat(entry.getSubject()).isEqualTo("Koppelingen");
        assertThat(entry.getDetail()).isEqualTo(rows.size() == 1 ? "1 rij" : rows.size() + " rijen");
    }
}
