package nl.klantregistratie.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.history.HistoryEntry.FieldChange;
import nl.klantregistratie.history.HistoryEntry.Kind;
import nl.klantregistratie.link.LinkService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The history (docs/domain.md R16) as Envers records it and {@link HistoryService} reads it: link,
 * propagation, unlink, move, change, delete, with who and the old values; the BSN never. Not
 * transactional: Envers writes a revision when a transaction commits. Runs on H2
 * ({@link HistoryServiceTest}) and on MariaDB ({@link HistoryServiceMariaDbTest}).
 */
@WithMockUser(
        username = "medewerker",
        roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
abstract class HistoryServiceContract {

    private static final String BSN = "111222333";

    @Autowired
    HistoryService history;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHuisletterStoredInLowerCaseBeforeV26ShowsInCapitals_andIsNoChange() {
        ClientPerson person = head("Smit" + unique());
        Address address = new Address("Kerkstraat", 7, "3511 AB", "Utrecht");
        address.setHuisletter("A");
        person.getPersonal().setWoonadres(address);
        long id = clients.save(person).getId();
        // As a history row written before V26 holds it; V26 leaves registration_aud as it was.
        jdbc.update("UPDATE registration_aud SET personal_woonadres_huisletter = 'a' WHERE id = ?", id);

        ClientPerson changed = clients.getPerson(id);
        changed.getPersonal().setRoepnaam("Jo");
        clients.save(changed);

        List<HistoryEntry> entries = history.historyOf(id);
        assertThat(entries).extracting(HistoryEntry::kind).containsExactly(Kind.CHANGED, Kind.CREATED);
        assertThat(entries.get(0).changes()).extracting(FieldChange::fieldKey).containsExactly("person.roepnaam");
        assertThat(entries.get(1).changes())
                .contains(new FieldChange("person.woonadres", "", "Kerkstraat 7A, 3511 AB Utrecht", false));
    }

    @Test
    void aFollowersHistoryShowsEachStepWithWhoAndTheOldValues() {
        String unique = unique();
        ClientCompany company = clients.save(company("Bakkerij " + unique + " B.V."));
        ContactPerson follower = new ContactPerson(company);
        follower.getPersonal().setAchternaam("Pietersen" + unique);
        follower.getPersonal().setVoorletters("P.");
        follower.getPersonal().setWoonadres(new Address("Dorpsstraat", 1, "1234 AB", "Utrecht"));
        follower.getBusiness().setFunctie("Directeur");
        follower = clients.save(follower);
        long followerId = follower.getId();

        ContactPerson changed = clients.getContact(followerId);
        changed.getPersonal().setRoepnaam("Piet");
        changed.getPersonal().setPriveMobiel("0612345678");
        clients.save(changed);

        ClientPerson head = clients.save(head("Jansen" + unique));
        long headId = head.getId();
        links.link(followerId, clients.get(followerId).getVersion(), headId);

        as(
                "manager",
                () -> {
                    ClientPerson moving = clients.getPerson(headId);
                    moving.getPersonal().setWoonadres(new Address("Kerkstraat", 3, "3511 AB", "Utrecht"));
                    return clients.save(moving);
                },
                "MEDEWERKER",
                "MANAGER");
        as(
                "support",
                () -> links.unlink(followerId, clients.get(followerId).getVersion()),
                "MEDEWERKER",
                "MANAGER",
                "SUPPORT");

        List<HistoryEntry> entries = history.historyOf(followerId);

        assertThat(entries)
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.UNLINKED, Kind.PROPAGATED, Kind.LINKED, Kind.CHANGED, Kind.CREATED);
        assertThat(entries)
                .extracting(HistoryEntry::username)
                .containsExactly("support", "manager", "medewerker", "medewerker", "medewerker");
        assertThat(entries).extracting(HistoryEntry::revision).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(entries).extracting(HistoryEntry::when).isSortedAccordingTo((a, b) -> b.compareTo(a));

        HistoryEntry unlinked = entries.get(0);
        assertThat(unlinked.previousHead()).isNotNull();
        assertThat(unlinked.previousHead().id()).isEqualTo(headId);
        assertThat(unlinked.head()).isNull();
        assertThat(unlinked.changes()).as("the volger keeps its values (R13)").isEmpty();

        HistoryEntry propagated = entries.get(1);
        assertThat(propagated.head().name()).isEqualTo("J. Jansen" + unique);
        assertThat(propagated.changes())
                .containsExactly(new FieldChange(
                        "person.woonadres", "Dorpsstraat 1, 1234 AB Utrecht", "Kerkstraat 3, 3511 AB Utrecht", false));

        HistoryEntry linked = entries.get(2);
        assertThat(linked.head().id()).isEqualTo(headId);
        assertThat(linked.head().klantnummer()).isEqualTo(head.getKlantnummer());
        assertThat(linked.head().name()).isEqualTo("J. Jansen" + unique);
        assertThat(linked.changes())
                .as("the values it had before the link stay readable (R4)")
                .contains(
                        new FieldChange("person.voorletters", "P.", "J.", false),
                        new FieldChange("person.achternaam", "Pietersen" + unique, "Jansen" + unique, false),
                        new FieldChange("person.roepnaam", "Piet", "", false),
                        new FieldChange("person.geboortedatum", "", "03-02-1970", false),
                        new FieldChange("person.priveMobiel", "+31 6 12345678", "", false),
                        new FieldChange(
                                "registration.zoeknaam",
                                "Pietersen" + unique + ", P.",
                                "Jansen" + unique + ", J.",
                                false));
        assertThat(linked.changes())
                .extracting(FieldChange::fieldKey)
                .doesNotContain("person.woonadres", "business.functie");

        HistoryEntry edited = entries.get(3);
        assertThat(edited.head()).isNull();
        assertThat(edited.changes())
                .containsExactly(
                        new FieldChange("person.roepnaam", "", "Piet", false),
                        new FieldChange("person.priveMobiel", "", "+31 6 12345678", false));

        HistoryEntry created = entries.get(4);
        assertThat(created.changes())
                .contains(
                        new FieldChange(
                                "registration.klantnummer", "", String.valueOf(follower.getKlantnummer()), false),
                        new FieldChange("person.woonadres", "", "Dorpsstraat 1, 1234 AB Utrecht", false),
                        new FieldChange("person.emailvoorkeur", "", "emailpreference.zakelijk", true),
                        new FieldChange("business.functie", "", "Directeur", false));
        assertThat(created.changes())
                .extracting(FieldChange::fieldKey)
                .contains("contact.company")
                .doesNotContain("person.correspondentieZelfde", "business.toegangClientOnline");

        List<HistoryEntry> ofHead = history.historyOf(headId).stream()
                .filter(entry -> entry.follower() == null) // its own entries; its volger's are checked elsewhere
                .toList();
        assertThat(ofHead).extracting(HistoryEntry::kind).containsExactly(Kind.CHANGED, Kind.CREATED);
        assertThat(ofHead.get(0).username()).isEqualTo("manager");
        assertThat(ofHead.get(1).changes())
                .as("the BSN is in the history masked only")
                .contains(new FieldChange("person.bsn", "", "******333", false));
        assertNoBsn(ofHead);
        assertNoBsn(entries);
    }

    @Test
    void theBsnEntersTheHistoryTablesMaskedOnly() {
        ClientPerson person = clients.save(head("Bakker" + unique()));
        ClientPerson changed = clients.getPerson(person.getId());
        changed.setBsn("123456782");
        clients.save(changed);

        List<String> columns = jdbc.query("SELECT * FROM registration_aud WHERE 1 = 0", result -> {
            ResultSetMetaData meta = result.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            return names;
        });
        assertThat(columns)
                .contains("id", "rev", "revtype", "personal_woonadres_postcode", "head_id", "company_id")
                .contains("bsn_masked")
                .doesNotContain("bsn");
        List<String> values = jdbc.query(
                "SELECT * FROM registration_aud WHERE id = ?",
                (row, n) -> {
                    StringBuilder all = new StringBuilder();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        all.append(row.getString(i)).append('|');
                    }
                    return all.toString();
                },
                person.getId());
        assertThat(values).hasSize(2).noneMatch(row -> row.contains(BSN) || row.contains("123456782"));
        List<HistoryEntry> entries = history.historyOf(person.getId());
        assertThat(entries).extracting(HistoryEntry::kind).containsExactly(Kind.CHANGED, Kind.CREATED);
        assertThat(entries.getFirst().changes())
                .as("a change of the BSN, masked old and new")
                .containsExactly(new FieldChange("person.bsn", "******333", "******782", false));
    }

    /** A volger created linked to {@code first} (afdeling Verkoop), moved to {@code second}, then unlinked. */
    private record Journey(String unique, ClientPerson first, ClientPerson second, ContactPerson follower) {}

    private Journey createdLinkedMovedAndUnlinked() {
        String unique = unique();
        ClientCompany company = clients.save(company("Garage " + unique));
        ClientPerson first = clients.save(head("Eerste" + unique));
        ClientPerson second = clients.save(head("Tweede" + unique));
        ContactPerson draft = new ContactPerson(company);
        draft.getBusiness().setAfdeling("Verkoop");
        links.prepareLinked(draft, first.getId());
        ContactPerson follower = clients.save(draft);
        as("support", () -> links.moveFollowers(first.getId(), second.getId()), "MEDEWERKER", "MANAGER", "SUPPORT");
        as(
                "support",
                () -> links.unlink(
                        follower.getId(), clients.get(follower.getId()).getVersion()),
                "MEDEWERKER",
                "MANAGER",
                "SUPPORT");
        return new Journey(unique, first, second, follower);
    }

    @Test
    void createdLinkedThenMovedAndDeleted() {
        Journey journey = createdLinkedMovedAndUnlinked();
        String unique = journey.unique();
        ClientPerson first = journey.first();
        ClientPerson second = journey.second();
        ContactPerson follower = journey.follower();
        clients.delete(follower.getId(), clients.get(follower.getId()).getVersion());

        List<HistoryEntry> entries = history.historyOf(follower.getId());
        assertThat(entries)
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.DELETED, Kind.UNLINKED, Kind.MOVED, Kind.CREATED);
        assertThat(entries.get(0).username()).isEqualTo("medewerker");
        assertThat(entries.get(2).previousHead().id()).isEqualTo(first.getId());
        assertThat(entries.get(2).head().id()).isEqualTo(second.getId());
        assertThat(entries.get(2).head().name()).isEqualTo("J. Tweede" + unique);
        assertThat(entries.get(2).changes())
                .as("both hoofden hold the same privé gegevens but the name")
                .extracting(FieldChange::fieldKey)
                .contains("person.achternaam");
        assertThat(entries.get(3).head().id()).as("created as volger (R7)").isEqualTo(first.getId());
        assertThat(entries.get(3).changes()).contains(new FieldChange("business.afdeling", "", "Verkoop", false));
    }

    /** A hoofd's own history shows its volgers coming, moving away and leaving, each named. */
    @Test
    void aHeadsHistoryShowsTheLinksMovesAndEndsOfItsFollowers() {
        Journey journey = createdLinkedMovedAndUnlinked();
        ClientPerson first = journey.first();
        ClientPerson second = journey.second();
        ContactPerson follower = journey.follower();

        List<HistoryEntry> ofFirst = history.historyOf(first.getId());
        assertThat(ofFirst)
                .filteredOn(entry -> entry.follower() != null)
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.MOVED, Kind.CREATED);
        assertThat(ofFirst).filteredOn(entry -> entry.follower() != null).allSatisfy(entry -> {
            assertThat(entry.follower().id()).isEqualTo(follower.getId());
            assertThat(entry.changes())
                    .as("the volger's own field changes stay on its card")
                    .isEmpty();
        });
        assertThat(ofFirst.getLast().kind())
                .as("the hoofd's own creation stays the oldest")
                .isEqualTo(Kind.CREATED);
        assertThat(ofFirst.getLast().follower()).isNull();
        assertThat(history.historyOf(second.getId()))
                .filteredOn(entry -> entry.follower() != null)
                .extracting(HistoryEntry::kind)
                .containsExactly(Kind.UNLINKED, Kind.MOVED);
    }

    @Test
    void aHeadChangeAndTheFollowerUpdateShareOneRevision() {
        String unique = unique();
        ClientCompany company = clients.save(company("Kapsalon " + unique));
        ClientPerson head = clients.save(head("Visser" + unique));
        ContactPerson draft = new ContactPerson(company);
        links.prepareLinked(draft, head.getId());
        ContactPerson follower = clients.save(draft);

        ClientPerson changed = clients.getPerson(head.getId());
        changed.getPersonal().setRoepnaam("Jan");
        clients.save(changed);

        HistoryEntry ofHead = history.historyOf(head.getId()).get(0);
        HistoryEntry ofFollower = history.historyOf(follower.getId()).get(0);
        assertThat(ofHead.kind()).isEqualTo(Kind.CHANGED);
        assertThat(ofFollower.kind()).isEqualTo(Kind.PROPAGATED);
        assertThat(ofFollower.revision()).isEqualTo(ofHead.revision());
        assertThat(ofFollower.changes()).containsExactly(new FieldChange("person.roepnaam", "", "Jan", false));
    }

    @Test
    void aRegistrationOlderThanTheHistoryStartsWithItsBaseline() {
        // As V4__history.sql leaves a registration that existed before: revision 1 holds its state.
        long id = -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 1;
        long klantnummer = 900_000_000L - id;
        jdbc.update("""
                INSERT INTO registration (id, kind, klantnummer, zoeknaam, search_key, created_at, updated_at,
                    personal_achternaam, personal_voorletters, personal_woonadres_land,
                    personal_correspondentie_zelfde_als_woonadres, emailvoorkeur)
                VALUES (?, 'PERSOON', ?, 'Oud, A.', 'oud, a.', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Oud', 'A.', 'NL',
                    TRUE, 'ZAKELIJK')""", id, klantnummer);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM revinfo WHERE id = 1", Integer.class) == 0) {
            jdbc.update("INSERT INTO revinfo (id, changed_at, username) VALUES (1, CURRENT_TIMESTAMP, 'systeem')");
        }
        jdbc.update("""
                INSERT INTO registration_aud (id, rev, revtype, kind, klantnummer, zoeknaam, personal_achternaam,
                    personal_voorletters, personal_woonadres_land, personal_correspondentie_zelfde_als_woonadres,
                    emailvoorkeur)
                SELECT id, 1, 0, kind, klantnummer, zoeknaam, personal_achternaam, personal_voorletters,
                    personal_woonadres_land, personal_correspondentie_zelfde_als_woonadres, emailvoorkeur
                FROM registration WHERE id = ?""", id);

        ClientPerson person = clients.getPerson(id);
        person.getPersonal().setAchternaam("Nieuw");
        clients.save(person);

        List<HistoryEntry> entries = history.historyOf(id);
        assertThat(entries).extracting(HistoryEntry::kind).containsExactly(Kind.CHANGED, Kind.BASELINE);
        assertThat(entries.get(1).isBySystem()).isTrue();
        assertThat(entries.get(0).changes()).contains(new FieldChange("person.achternaam", "Oud", "Nieuw", false));
    }

    @Test
    void aMedewerkerReadsTheHistoryOfACardButNobodyWithoutARole() {
        assertThat(history.historyOf(Long.MAX_VALUE)).isEmpty();
        as("nobody", () -> {
            assertThatThrownBy(() -> history.historyOf(1L)).isInstanceOf(AuthorizationDeniedException.class);
            return null;
        });
    }

    private static void assertNoBsn(List<HistoryEntry> entries) {
        assertThat(entries)
                .flatExtracting(HistoryEntry::changes)
                .noneMatch(change ->
                        change.oldValue().contains(BSN) || change.newValue().contains(BSN));
    }

    private static ClientCompany company(String name) {
        ClientCompany company = new ClientCompany();
        company.setStatutaireNaam(name);
        company.setRechtsvorm(LegalForm.BV);
        return company;
    }

    private static ClientPerson head(String achternaam) {
        ClientPerson person = new ClientPerson();
        person.getPersonal().setAchternaam(achternaam);
        person.getPersonal().setVoorletters("J.");
        person.getPersonal().setGeboortedatum(LocalDate.of(1970, 2, 3));
        person.getPersonal().setWoonadres(new Address("Dorpsstraat", 1, "1234 AB", "Utrecht"));
        person.setBsn(BSN);
        return person;
    }

    /** A suffix that keeps names apart on the shared MariaDB schema. */
    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs as another signed-in user, then restores the test's own. */
    private static <T> T as(String username, Supplier<T> action, String... roles) {
        Authentication own = SecurityContextHolder.getContext().getAuthentication();
        List<String> authorities = new ArrayList<>();
        for (String role : roles) {
            authorities.add("ROLE_" + role);
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, "n/a", AuthorityUtils.createAuthorityList(authorities)));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(own);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEDEWERKER", "MANAGER"})
    void onlySupportReadsTheHistory(String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        role, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        assertThatThrownBy(() -> history.historyOf(1L)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
