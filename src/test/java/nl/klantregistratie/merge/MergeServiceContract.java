package nl.klantregistratie.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.MergeRefusedException;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.correspondence.Correspondence;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.correspondence.TestMail;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.SyncedData;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.privacy.RetentionJob;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Samenvoegen and its undo (docs/domain.md M1–M8) in the service, whatever the caller: every move
 * and every refusal. Runs on H2 ({@link MergeServiceTest}) and MariaDB ({@link MergeServiceMariaDbTest}).
 */
@WithMockUser(
        username = "manager",
        roles = {"MEDEWERKER", "MANAGER"})
abstract class MergeServiceContract {

    @Autowired
    MergeService merges;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    CorrespondenceService correspondence;

    @Autowired
    PortalService portal;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionJob retention;

    private static final AtomicInteger RUN = new AtomicInteger();

    /** Unique per test, so searches by name never meet another test's data in the shared database. */
    String surname;

    ClientPerson survivor;
    ClientPerson duplicate;

    @BeforeEach
    void twoRegistrationsOfOnePerson() {
        surname = "Vries" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientPerson first = TestData.person(surname, "J.", "de");
        first.getPersonal().setGeboortedatum(LocalDate.of(1968, 3, 14));
        first.getPersonal().setWoonadres(new Address("Dorpsstraat", 1, "1234 AB", "Utrecht"));
        first.setNotities("Klant sinds 2001");
        survivor = clients.save(first);
        ClientPerson second = TestData.person(surname, "J.", "de");
        second.getPersonal().setVoornamen("Jan");
        second.getPersonal().setWoonadres(new Address("Kerkstraat", 7, "3511 AB", "Utrecht"));
        second.getPersonal().setPriveEmail("jan.devries@thuis.nl");
        second.getPersonal().setPriveMobiel("0612345678");
        second.setEmailvoorkeur(EmailPreference.PRIVE);
        second.setBsn("111222333");
        duplicate = clients.save(second);
    }

    private MergeRequest request(Registration kept, Map<String, Long> choices, Registration... merged) {
        List<Long> ids = Arrays.stream(merged).map(Registration::getId).toList();
        Map<Long, Long> versions = new HashMap<>();
        versions.put(kept.getId(), clients.get(kept.getId()).getVersion());
        for (Registration other : merged) {
            versions.put(other.getId(), clients.get(other.getId()).getVersion());
        }
        return new MergeRequest(kept.getId(), ids, versions, choices);
    }

    private Registration mergeAll(Registration kept, Registration... merged) {
        return merges.merge(request(kept, Map.of(), merged));
    }

    @Test
    void theSurvivorKeepsItsValuesTakesTheChosenOnesAndFillsWhatItLacks_M3() {
        ClientPerson merged = (ClientPerson)
                merges.merge(request(survivor, Map.of("person.woonadres", duplicate.getId()), duplicate));

        assertThat(merged.getId()).isEqualTo(survivor.getId());
        assertThat(merged.getKlantnummer()).isEqualTo(survivor.getKlantnummer());
        assertThat(merged.getPersonal().getWoonadres().getStraat()).isEqualTo("Kerkstraat"); // chosen
        assertThat(merged.getPersonal().getGeboortedatum()).isEqualTo(LocalDate.of(1968, 3, 14)); // its own
        assertThat(merged.getPersonal().getVoornamen()).isEqualTo("Jan"); // filled from the other
        assertThat(merged.getPersonal().getPriveEmail()).isEqualTo("jan.devries@thuis.nl");
        assertThat(merged.getPersonal().getPriveMobiel()).isEqualTo("+31 6 12345678");
        assertThat(merged.getBsn()).isEqualTo("111222333");
        assertThat(merged.getNotities()).isEqualTo("Klant sinds 2001");
        // the survivor's e-mailvoorkeur has a value (ZAKELIJK), so it is kept unless chosen
        assertThat(merged.getEmailvoorkeur()).isEqualTo(EmailPreference.ZAKELIJK);

        Registration record = clients.get(duplicate.getId());
        assertThat(record.isMerged()).isTrue();
        assertThat(record.getMergedIntoId()).isEqualTo(survivor.getId());
        assertThat(((ClientPerson) record).getPersonal().getWoonadres().getStraat())
                .as("the merged record keeps its own values")
                .isEqualTo("Kerkstraat");
    }

    @Test
    void theOldKlantnummerFindsTheSurvivorAndTheRecordIsNoLongerListed_M6() {
        mergeAll(survivor, duplicate);

        List<RegistrationSummary> byOldNumber = clients.search(
                new ClientSearch(String.valueOf(duplicate.getKlantnummer()), EnumSet.allOf(RegistrationKind.class)),
                PageRequest.of(0, 10));
        assertThat(byOldNumber).extracting(RegistrationSummary::id).containsExactly(survivor.getId());
        assertThat(clients.survivorOf(duplicate.getKlantnummer())).contains(survivor.getId());
        assertThat(clients.search(
                        new ClientSearch(surname, EnumSet.allOf(RegistrationKind.class)), PageRequest.of(0, 10)))
                .extracting(RegistrationSummary::id)
                .containsExactly(survivor.getId());
    }

    @Test
    void aMergedRecordCannotBeChangedDeletedLinkedOrMergedAgain_M6() {
        mergeAll(survivor, duplicate);
        Registration record = clients.get(duplicate.getId());
        record.setNotities("nog iets");

        assertRefused(() -> clients.save(record), "merge.readonly");
        assertRefused(() -> clients.delete(record.getId(), record.getVersion()), "merge.readonly");
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson contact = clients.save(TestData.contact(company, surname, "J."));
        assertRefused(() -> links.link(contact.getId(), contact.getVersion(), record.getId()), "merge.readonly");
        ClientPerson third = clients.save(TestData.person(surname, "P.", null));
        assertRefused(() -> mergeAll(third, record), "merge.alreadymerged");
        ClientPerson marked = clients.getPerson(third.getId());
        marked.setMergedIntoId(survivor.getId());
        assertRefused(() -> clients.save(marked), "merge.readonly"); // a save never makes a record
        assertThat(clients.get(third.getId()).isMerged()).isFalse();
    }

    @Test
    void followersOfAMergedHeadFollowTheSurvivorAndItsChangesFromThen_M4() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        links.link(contact.getId(), contact.getVersion(), duplicate.getId());

        mergeAll(survivor, duplicate);

        ContactPerson follower = clients.getContact(contact.getId());
        assertThat(follower.getHead().getId()).isEqualTo(survivor.getId());
        assertThat(follower.getPersonal()).isEqualTo(SyncedData.of(clients.getPerson(survivor.getId())));
        assertThat(links.followersOf(duplicate.getId())).isEmpty();

        ClientPerson kept = clients.getPerson(survivor.getId());
        kept.getPersonal().setRoepnaam("Jannes");
        clients.save(kept);
        assertThat(clients.getContact(contact.getId()).getPersonal().getRoepnaam())
                .isEqualTo("Jannes"); // R6
    }

    @Test
    void theDossierAndPortalAccessMoveToTheSurvivor_M4() {
        Correspondence sent = correspondence.send(
                duplicate.getId(),
                TestMail.draft(TestMail.privateAddress(correspondence, duplicate.getId()), "Aangifte", "Beste Jan,"));

        mergeAll(survivor, duplicate);

        assertThat(correspondence.correspondenceOf(survivor.getId(), PageRequest.of(0, 10)))
                .extracting(Correspondence::getId)
                .containsExactly(sent.getId());
        assertThat(correspondence.correspondenceOf(duplicate.getId(), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(portal.person(duplicate.getId()).headId())
                .as("the portal asking for the merged person gets the survivor's access")
                .isEqualTo(survivor.getId());
    }

    @Test
    void theContactpersonenOfAMergedKlantBedrijfMoveToTheSurvivor_M4() {
        ClientCompany kept = clients.save(TestData.company("Bakkerij " + surname + " B.V."));
        ClientCompany other = TestData.company("Bakkerij " + surname);
        other.setKvkNummer("12345678");
        other = clients.save(other);
        ContactPerson contact = clients.save(TestData.contact(other, "Bakker", "B."));

        ClientCompany merged = (ClientCompany) mergeAll(kept, other);

        assertThat(merged.getKvkNummer()).isEqualTo("12345678");
        assertThat(clients.getContact(contact.getId()).getCompany().getId()).isEqualTo(kept.getId());
        assertThat(clients.contactsOf(kept.getId()))
                .extracting(ContactPerson::getId)
                .containsExactly(contact.getId());
    }

    @Test
    @AsSupport
    void aMergedFollowerGivesTheSurvivorItsHeadAndTheSurvivorsFollowersMoveAlong_andBackOnUndo_M4_R3_M7() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson kept = clients.save(TestData.contact(company, surname, "J."));
        ContactPerson other = clients.save(TestData.contact(company, surname, "J."));
        links.link(other.getId(), other.getVersion(), survivor.getId());
        ClientCompany elsewhere = clients.save(TestData.company("Drukkerij " + surname));
        ContactPerson keptsFollower = clients.save(TestData.contact(elsewhere, "y", "y"));
        links.link(keptsFollower.getId(), keptsFollower.getVersion(), kept.getId());

        mergeAll(kept, other);

        assertThat(clients.getContact(kept.getId()).getHead().getId()).isEqualTo(survivor.getId());
        assertThat(clients.getContact(keptsFollower.getId()).getHead().getId())
                .as("one level only: the survivor's own volger follows its new hoofd")
                .isEqualTo(survivor.getId());
        assertThat(clients.getContact(other.getId()).getHead())
                .as("the record follows no one")
                .isNull();
        assertThat(links.followersOf(survivor.getId()))
                .extracting(ContactPerson::getId)
                .containsExactlyInAnyOrder(kept.getId(), keptsFollower.getId());

        merges.undo(merges.mergesInto(kept.getId()).getFirst().mergeId());

        ContactPerson keptBack = clients.getContact(kept.getId());
        assertThat(keptBack.getHead()).as("the link it took ends").isNull();
        assertThat(keptBack.getPersonal().getAchternaam()).isEqualTo(surname);
        ContactPerson followerBack = clients.getContact(keptsFollower.getId());
        assertThat(followerBack.getHead().getId()).isEqualTo(kept.getId());
        assertThat(followerBack.getPersonal()).isEqualTo(SyncedData.of(keptBack));
        assertThat(clients.getContact(other.getId()).getHead().getId()).isEqualTo(survivor.getId());
    }

    @Test
    void twoDifferentBsnsAreTwoPeople_M5() {
        ClientPerson kept = clients.getPerson(survivor.getId());
        kept.setBsn("123456782");
        clients.save(kept);

        assertRefused(() -> mergeAll(survivor, duplicate), "merge.bsn");
    }

    @Test
    void twoDifferentKvkNummersAreTwoCompanies_M5() {
        ClientCompany first = TestData.company("Bakkerij " + surname);
        first.setKvkNummer("12345678");
        ClientCompany second = TestData.company("Bakkerij " + surname);
        second.setKvkNummer("87654321");
        ClientCompany one = clients.save(first);
        ClientCompany two = clients.save(second);

        assertRefused(() -> mergeAll(one, two), "merge.kvk");
    }

    @Test
    void contactpersonenAtTwoCompaniesAreLinkedNotMerged_M5() {
        ContactPerson one =
                clients.save(TestData.contact(clients.save(TestData.company("A " + surname)), surname, "J."));
        ContactPerson two =
                clients.save(TestData.contact(clients.save(TestData.company("B " + surname)), surname, "J."));

        assertRefused(() -> mergeAll(one, two), "merge.company");
    }

    @Test
    void aHeadAndItsOwnFollowerAreNotMerged_M5() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson head = clients.save(TestData.contact(company, surname, "J."));
        ContactPerson follower = clients.save(TestData.contact(company, surname, "J."));
        links.link(follower.getId(), follower.getVersion(), head.getId());

        assertRefused(() -> mergeAll(head, follower), "merge.headandfollower");
        assertRefused(() -> mergeAll(follower, head), "merge.headandfollower");
    }

    @Test
    void followersOfTwoDifferentHeadsAreNotMerged_M5() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson one = clients.save(TestData.contact(company, surname, "J."));
        ContactPerson two = clients.save(TestData.contact(company, surname, "J."));
        links.link(one.getId(), one.getVersion(), survivor.getId());
        links.link(two.getId(), two.getVersion(), duplicate.getId());

        assertRefused(() -> mergeAll(one, two), "merge.twoheads");
    }

    @Test
    void oneKindTwoToFiveRegistrations_M2() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        assertRefused(() -> mergeAll(survivor, company), "merge.kinds");
        assertRefused(() -> mergeAll(survivor), "merge.count");
        ClientPerson[] five = new ClientPerson[5];
        for (int i = 0; i < five.length; i++) {
            five[i] = clients.save(TestData.person(surname, "K.", null));
        }
        assertRefused(() -> mergeAll(survivor, five), "merge.count");

        mergeAll(survivor, five[0], five[1], five[2], five[3]);
        for (int i = 0; i < 4; i++) {
            assertThat(clients.get(five[i].getId()).getMergedIntoId()).isEqualTo(survivor.getId());
        }
    }

    @Test
    void aColleaguesChangeSinceTheUserLookedRefusesTheMerge_R17() {
        MergeRequest seen = request(survivor, Map.of(), duplicate);
        ClientPerson changed = clients.getPerson(duplicate.getId());
        changed.setNotities("intussen gewijzigd");
        clients.save(changed);

        assertThatThrownBy(() -> merges.merge(seen)).isInstanceOf(RegistrationChangedException.class);
        assertThat(clients.get(duplicate.getId()).isMerged()).isFalse();
    }

    @Test
    @WithMockUser(username = "medewerker", roles = "MEDEWERKER")
    void medewerkersDoNotMerge_M2() {
        assertThatThrownBy(() -> mergeAll(survivor, duplicate)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> merges.propose(survivor.getId(), List.of(duplicate.getId())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void thePreviewShowsTheChoicesAndWhatMovesAndWritesNothing_M3() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        links.link(contact.getId(), contact.getVersion(), duplicate.getId());
        correspondence.send(
                duplicate.getId(),
                TestMail.draft(TestMail.privateAddress(correspondence, duplicate.getId()), "Aangifte", "Beste Jan,"));

        MergeProposal proposal = merges.propose(survivor.getId(), List.of(duplicate.getId()));

        assertThat(proposal.survivorId()).isEqualTo(survivor.getId());
        assertThat(proposal.registrations())
                .extracting(MergeProposal.Candidate::id)
                .containsExactly(survivor.getId(), duplicate.getId());
        MergeProposal.Row woonadres = row(proposal, "person.woonadres");
        assertThat(woonadres.chosen()).isEqualTo(survivor.getId());
        assertThat(woonadres.differs()).isTrue();
        assertThat(woonadres.cells().get(duplicate.getId()).text()).isEqualTo("Kerkstraat 7, 3511 AB Utrecht");
        assertThat(row(proposal, "person.priveEmail").chosen()).isEqualTo(duplicate.getId());
        assertThat(row(proposal, "person.bsn").cells().get(duplicate.getId()).text())
                .isEqualTo("******333");
        assertThat(proposal.moves())
                .containsEntry(LinkService.MOVED_FOLLOWER, 1)
                .containsEntry(CorrespondenceService.MOVED_DOSSIER, 1)
                .containsEntry(CorrespondenceService.MOVED_RECIPIENT, 1);

        assertThat(clients.get(duplicate.getId()).isMerged()).isFalse();
        assertThat(clients.getContact(contact.getId()).getHead().getId()).isEqualTo(duplicate.getId());
        assertThat(clients.getPerson(survivor.getId()).getPersonal().getPriveEmail())
                .isNull();
    }

    @Test
    @AsSupport
    void undoingBringsEverythingBack_M7() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        links.link(contact.getId(), contact.getVersion(), duplicate.getId());
        Correspondence sent = correspondence.send(
                duplicate.getId(),
                TestMail.draft(TestMail.privateAddress(correspondence, duplicate.getId()), "Aangifte", "Beste Jan,"));
        long mergeId = mergeAndTellItsId();

        ClientPerson kept = (ClientPerson) merges.undo(mergeId);

        assertThat(kept.getPersonal().getPriveEmail()).isNull();
        assertThat(kept.getPersonal().getVoornamen()).isNull();
        assertThat(kept.getBsn()).as("the BSN it took goes back").isNull();
        assertThat(kept.getPersonal().getWoonadres().getStraat()).isEqualTo("Dorpsstraat");
        ClientPerson back = clients.getPerson(duplicate.getId());
        assertThat(back.isMerged()).isFalse();
        assertThat(back.getBsn()).isEqualTo("111222333");
        ContactPerson follower = clients.getContact(contact.getId());
        assertThat(follower.getHead().getId()).isEqualTo(duplicate.getId());
        assertThat(follower.getPersonal()).isEqualTo(SyncedData.of(back));
        assertThat(correspondence.correspondenceOf(duplicate.getId(), PageRequest.of(0, 10)))
                .extracting(Correspondence::getId)
                .containsExactly(sent.getId());
        assertThat(merges.mergesInto(survivor.getId())).isEmpty();
        assertThat(clients.search(ClientSearch.klanten(surname), PageRequest.of(0, 10)))
                .extracting(RegistrationSummary::id)
                .containsExactlyInAnyOrder(survivor.getId(), duplicate.getId());
        assertRefused(() -> merges.undo(mergeId), "merge.undo.done");

        assertThat(history.historyOf(survivor.getId()))
                .extracting(HistoryEntry::reason)
                .anySatisfy(reason -> assertThat(reason).startsWith("Samengevoegd: " + duplicate.getKlantnummer()))
                .anySatisfy(reason -> assertThat(reason).startsWith("Samenvoegen ongedaan gemaakt"));
        assertThat(history.historyOf(duplicate.getId()))
                .extracting(HistoryEntry::reason)
                .anySatisfy(reason -> assertThat(reason).startsWith("Samengevoegd"));
    }

    @Test
    @AsSupport
    void aFollowerSurvivesAMergeAndTheUndo_keepingItsHeadsPrivateData_M7_R5() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson kept = clients.save(TestData.contact(company, "x", "x"));
        links.link(kept.getId(), kept.getVersion(), survivor.getId());
        ContactPerson other = TestData.contact(company, surname, "J.");
        other.setNotities("de andere");
        other = clients.save(other);
        links.link(other.getId(), other.getVersion(), survivor.getId()); // two volgers of one hoofd
        mergeAll(kept, other);

        merges.undo(merges.mergesInto(kept.getId()).getFirst().mergeId());

        ContactPerson back = clients.getContact(kept.getId());
        assertThat(back.getHead().getId()).isEqualTo(survivor.getId());
        assertThat(back.getPersonal()).isEqualTo(SyncedData.of(clients.getPerson(survivor.getId())));
        assertThat(back.getNotities()).isNull();
        ContactPerson otherBack = clients.getContact(other.getId());
        assertThat(otherBack.isMerged()).isFalse();
        assertThat(otherBack.getHead().getId()).as("follows its hoofd again").isEqualTo(survivor.getId());
    }

    @Test
    @AsSupport
    void undoingTheMergeOfAKlantBedrijfMovesItsContactpersonenBack_M7() {
        ClientCompany kept = clients.save(TestData.company("Bakkerij " + surname + " B.V."));
        ClientCompany other = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson contact = clients.save(TestData.contact(other, "Bakker", "B."));
        mergeAll(kept, other);

        merges.undo(merges.mergesInto(kept.getId()).getFirst().mergeId());

        assertThat(clients.getContact(contact.getId()).getCompany().getId()).isEqualTo(other.getId());
        assertThat(clients.get(other.getId()).isMerged()).isFalse();
    }

    @Test
    @AsSupport
    void aChangeSinceTheMergeRefusesTheUndoAndNamesIt_M7() {
        long mergeId = mergeAndTellItsId();
        ClientPerson kept = clients.getPerson(survivor.getId());
        kept.setNotities("na het samenvoegen gewijzigd");
        clients.save(kept);

        assertThatThrownBy(() -> merges.undo(mergeId)).isInstanceOfSatisfying(MergeRefusedException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("merge.undo.changed");
            assertThat(e.getArguments()[0].toString()).contains(String.valueOf(survivor.getKlantnummer()));
        });
        assertThat(clients.get(duplicate.getId()).isMerged()).isTrue();
    }

    @Test
    @AsSupport
    void aMovedFollowerDeletedSinceRefusesTheUndo_M7() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        links.link(contact.getId(), contact.getVersion(), duplicate.getId());
        long mergeId = mergeAndTellItsId();
        ContactPerson moved = clients.getContact(contact.getId());
        clients.delete(moved.getId(), moved.getVersion());

        assertRefused(() -> merges.undo(mergeId), "merge.undo.deleted");
        assertThat(clients.get(duplicate.getId()).isMerged()).isTrue();
    }

    @Test
    @AsSupport
    void afterTheUndoPeriodAMergeStays_M7() {
        long mergeId = mergeAndTellItsId();
        age(mergeId);

        assertRefused(() -> merges.undo(mergeId), "merge.undo.expired");
        assertThat(merges.mergesInto(survivor.getId())).isEmpty();
    }

    @Test
    @AsSupport
    void afterTheUndoPeriodTheRetentionJobRemovesTheRecords_M7() {
        long mergeId = mergeAndTellItsId();
        age(mergeId);

        assertThat(retention.run().mergedRecords()).isGreaterThanOrEqualTo(1);

        assertThat(clients.exists(duplicate.getId())).isFalse();
        assertThat(clients.exists(survivor.getId())).isTrue();
        assertThat(clients.survivorOf(duplicate.getKlantnummer())).isEmpty();
        assertThat(merges.removeExpiredRecords(Instant.now()))
                .as("a merge's records are removed once")
                .isZero();
    }

    @Test
    @AsSupport
    void afterTheUndoPeriodTheSurvivorCanBeDeletedAndItsRecordsGoWithIt_M7() {
        ClientCompany company = clients.save(TestData.company("Bakkerij " + surname));
        ContactPerson kept = clients.save(TestData.contact(company, surname, "J."));
        ContactPerson other = clients.save(TestData.contact(company, surname, "J."));
        mergeAll(kept, other);
        age(merges.mergesInto(kept.getId()).getFirst().mergeId());
        Registration survivorNow = clients.get(kept.getId());

        clients.delete(survivorNow.getId(), survivorNow.getVersion());
        ClientCompany companyNow = clients.getCompany(company.getId());
        clients.delete(companyNow.getId(), companyNow.getVersion());

        assertThat(clients.exists(other.getId())).isFalse();
        assertThat(clients.exists(company.getId())).isFalse();
    }

    /** As if the merge was made longer ago than the undo period. */
    private void age(long mergeId) {
        jdbc.sql("UPDATE registration_merge SET merged_at = :when WHERE id = :id")
                .param("when", Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)))
                .param("id", mergeId)
                .update();
    }

    @Test
    void onlySupportUndoes_M7() {
        long mergeId = mergeAndTellItsId();

        assertThatThrownBy(() -> merges.undo(mergeId)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theSurvivorIsNotDeletedWhileTheMergeCanBeUndone_M7() {
        Registration kept = mergeAll(survivor, duplicate);

        assertRefused(() -> clients.delete(kept.getId(), kept.getVersion()), "merge.delete.survivor");
        assertThat(merges.mergeOf(duplicate.getId())).hasValueSatisfying(info -> {
            assertThat(info.survivorId()).isEqualTo(survivor.getId());
            assertThat(info.mergedBy()).isEqualTo("manager");
        });
    }

    /** Signed in as support, with the roles a support login has. */
    @Retention(RetentionPolicy.RUNTIME)
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    @interface AsSupport {}

    /** Merges the duplicate into the survivor; the merge's id. */
    private long mergeAndTellItsId() {
        mergeAll(survivor, duplicate);
        return merges.mergesInto(survivor.getId()).getFirst().mergeId();
    }

    private static MergeProposal.Row row(MergeProposal proposal, String key) {
        return proposal.rows().stream()
                .filter(row -> row.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        MergeRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
