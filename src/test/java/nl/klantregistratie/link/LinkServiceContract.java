package nl.klantregistratie.link;

import static nl.klantregistratie.test.Threads.await;
import static nl.klantregistratie.test.Threads.pause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The koppeling rules of docs/domain.md (R1–R14) in the service, whatever the caller. Runs on H2
 * ({@link LinkServiceTest}) and MariaDB ({@link LinkServiceMariaDbTest}).
 */
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
abstract class LinkServiceContract {

    @Autowired
    LinkService links;

    @Autowired
    ClientService clients;

    @Autowired
    PlatformTransactionManager transactions;

    private static final AtomicInteger RUN = new AtomicInteger();

    ClientCompany company;
    ClientPerson head;
    ContactPerson follower;
    /** Unique per test, so lookups by name never meet another test's data in the shared database. */
    String surname;

    @BeforeEach
    void registrations() {
        surname = "Janssen" + TestData.uniqueSuffix(RUN.incrementAndGet());
        company = clients.save(TestData.company("Drukkerij " + surname + " B.V."));
        ClientPerson person = TestData.person(surname, "J.", null);
        person.getPersonal().setGeboortedatum(LocalDate.of(1970, 5, 1));
        person.getPersonal().setWoonadres(new Address("Dorpsstraat", 1, "1234 AB", "Utrecht"));
        person.getPersonal().setPriveEmail("jan@prive.nl");
        person.setEmailvoorkeur(EmailPreference.PRIVE);
        head = clients.save(person);
        ContactPerson contact = TestData.contact(company, "x", "x");
        contact.getBusiness().setFunctie("Directeur");
        follower = clients.save(contact);
    }

    @Test
    void linkingReplacesTheFollowersPrivateDataAtOnce_R4() {
        LinkPreview preview = links.preview(follower.getId(), head.getId());
        assertThat(preview.changes())
                .extracting(HistoryEntry.FieldChange::fieldKey)
                .contains("person.achternaam", "person.woonadres", "person.priveEmail");

        ContactPerson linked = links.link(follower.getId(), follower.getVersion(), head.getId());

        ContactPerson stored = clients.getContact(linked.getId());
        assertThat(stored.getHead().getId()).isEqualTo(head.getId());
        assertThat(stored.getPersonal()).isEqualTo(head.getPersonal());
        assertThat(stored.getZoeknaam()).isEqualTo(surname + ", J.");
        assertThat(stored.getBusiness().getFunctie()).isEqualTo("Directeur");
        assertThat(links.state(head.getId()).followerCount()).isEqualTo(1);
        assertThat(links.state(follower.getId()).kind()).isEqualTo(LinkState.Kind.FOLLOWER);
    }

    @Test
    void onlyAContactpersoonCanBeAFollower_R1() {
        ClientPerson other = clients.save(TestData.person("Pietersen", "P.", null));
        assertThatThrownBy(() -> links.link(other.getId(), other.getVersion(), head.getId()))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.follower.notcontact"));
    }

    @Test
    void aHeadIsAPersonRegistrationAndAContactAsHeadGetsTheAdvice_R2() {
        assertThatThrownBy(() -> links.link(follower.getId(), follower.getVersion(), company.getId()))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.head.notperson"));

        ContactPerson lookalike = TestData.contact(company, surname, "J.");
        lookalike.getPersonal().setGeboortedatum(LocalDate.of(1970, 5, 1));
        ContactPerson contactHead = clients.save(lookalike);
        LinkPreview preview = links.preview(follower.getId(), contactHead.getId());
        assertThat(preview.headIsContactPerson()).isTrue();
        assertThat(preview.suggestedHead()).isNotNull();
        assertThat(preview.suggestedHead().getId()).isEqualTo(head.getId());
    }

    @Test
    void noSelfLinksAndAFollowerCannotBeHead_R3() {
        assertThatThrownBy(() -> links.link(follower.getId(), follower.getVersion(), follower.getId()))
                .isInstanceOf(LinkRefusedException.class);
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson other = clients.save(TestData.contact(company, "Bos", "B."));

        assertThatThrownBy(() -> links.link(other.getId(), other.getVersion(), follower.getId()))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.head.isfollower"));
    }

    @Test
    void linkingAHeadMovesItsFollowersToTheNewHead_R3() {
        ContactPerson contactHead = clients.save(TestData.contact(company, "Bos", "B."));
        ContactPerson itsFollower = clients.save(TestData.contact(company, "y", "y"));
        links.link(itsFollower.getId(), itsFollower.getVersion(), contactHead.getId());
        ContactPerson current = clients.getContact(contactHead.getId());

        assertThat(links.preview(current.getId(), head.getId()).followersToMove())
                .extracting(ContactPerson::getId)
                .containsExactly(itsFollower.getId());
        links.link(current.getId(), current.getVersion(), head.getId());

        ContactPerson moved = clients.getContact(itsFollower.getId());
        assertThat(moved.getHead().getId()).isEqualTo(head.getId());
        assertThat(moved.getPersonal()).isEqualTo(head.getPersonal());
        assertThat(links.state(current.getId()).kind()).isEqualTo(LinkState.Kind.FOLLOWER);
        assertThat(links.state(head.getId()).followerCount()).isEqualTo(2);
    }

    @Test
    void aFollowersSyncedFieldsCannotBeChanged_butItsBusinessDataCan_R5() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson mine = clients.getContact(follower.getId());
        mine.getPersonal().setRoepnaam("Jantje");

        assertThatThrownBy(() -> clients.save(mine))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.follower.readonly"));

        ContactPerson again = clients.getContact(follower.getId());
        again.getBusiness().setAfdeling("Directie");
        assertThat(clients.save(again).getBusiness().getAfdeling()).isEqualTo("Directie");
    }

    @Test
    void theLinkCannotBeChangedThroughAnOrdinarySave() {
        ContactPerson mine = clients.getContact(follower.getId());
        mine.setHead(head);
        assertThatThrownBy(() -> clients.save(mine))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.save.headchanged"));
    }

    @Test
    void aHeadsChangeReachesEveryFollowerInTheSameTransaction_R6() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson second = clients.save(TestData.contact(company, "z", "z"));
        links.link(second.getId(), second.getVersion(), head.getId());

        ClientPerson changed = clients.getPerson(head.getId());
        changed.getPersonal().setWoonadres(new Address("Nieuwe Gracht", 9, "3512 LV", "Utrecht"));
        clients.save(changed);

        for (ContactPerson each : links.followersOf(head.getId())) {
            assertThat(each.getPersonal().getWoonadres().format()).isEqualTo("Nieuwe Gracht 9, 3512 LV Utrecht");
        }
        assertThat(links.followersOf(head.getId())).hasSize(2);
    }

    @Test
    void aFollowersZoeknaamFollowsTheHeadsNewName_unlessAUserTypedIt_andEachFollowerIsVersioned_R6_R17() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson typed = clients.save(TestData.contact(company, "z", "z"));
        links.link(typed.getId(), typed.getVersion(), head.getId());
        typed = clients.getContact(typed.getId());
        typed.setZoeknaam("Jan van de drukkerij " + surname);
        typed = clients.save(typed);
        long versionBefore = clients.getContact(follower.getId()).getVersion();

        ClientPerson renamed = clients.getPerson(head.getId());
        renamed.getPersonal().setAchternaam("Verbrugge" + surname);
        clients.save(renamed);

        ContactPerson followed = clients.getContact(follower.getId());
        assertThat(followed.getZoeknaam()).isEqualTo("Verbrugge" + surname + ", J.");
        assertThat(followed.getVersion()).isGreaterThan(versionBefore);
        assertThat(clients.search(ClientSearch.contactpersonen("verbrugge" + surname), PageRequest.of(0, 10)))
                .extracting(RegistrationSummary::id)
                .containsExactly(follower.getId());
        ContactPerson kept = clients.getContact(typed.getId());
        assertThat(kept.getZoeknaam()).isEqualTo("Jan van de drukkerij " + surname);
        assertThat(kept.getPersonal().getAchternaam()).isEqualTo("Verbrugge" + surname);
    }

    @Test
    void aZakelijkHeadPassesNoPrivateEmail_andPassesItWhenSwitchedToPrive_R8() {
        ClientPerson zakelijk = clients.getPerson(head.getId());
        zakelijk.setEmailvoorkeur(EmailPreference.ZAKELIJK);
        head = clients.save(zakelijk);
        links.link(follower.getId(), follower.getVersion(), head.getId());
        assertThat(clients.getContact(follower.getId()).getPersonal().getPriveEmail())
                .isNull();

        ClientPerson prive = clients.getPerson(head.getId());
        prive.setEmailvoorkeur(EmailPreference.PRIVE);
        clients.save(prive);
        assertThat(clients.getContact(follower.getId()).getPersonal().getPriveEmail())
                .isEqualTo("jan@prive.nl");
    }

    @Test
    void createsALinkedContactpersoonInOneStep_R7() {
        ContactPerson draft = new ContactPerson(company);
        draft.getBusiness().setFunctie("Commissaris");
        draft.setEmailvoorkeur(EmailPreference.ZAKELIJK);

        links.prepareLinked(draft, head.getId());
        ContactPerson created = clients.save(draft);

        ContactPerson stored = clients.getContact(created.getId());
        assertThat(stored.getHead().getId()).isEqualTo(head.getId());
        assertThat(stored.getPersonal()).isEqualTo(head.getPersonal());
        assertThat(stored.getKlantnummer()).isNotNull();
        assertThat(stored.getBusiness().getFunctie()).isEqualTo("Commissaris");
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void endingALinkKeepsTheValuesAndUnlocksTheFields_R13() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson linked = clients.getContact(follower.getId());

        links.unlink(linked.getId(), linked.getVersion());

        ContactPerson free = clients.getContact(follower.getId());
        assertThat(free.getHead()).isNull();
        assertThat(free.getPersonal().getAchternaam()).isEqualTo(surname);
        assertThat(links.state(head.getId()).kind()).isEqualTo(LinkState.Kind.NONE);
        free.getPersonal().setRoepnaam("Jan");
        assertThat(clients.save(free).getPersonal().getRoepnaam()).isEqualTo("Jan");
    }

    @Test
    void onlySupportEndsLinksOrMovesFollowers() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson linked = clients.getContact(follower.getId());

        assertThatThrownBy(() -> links.unlink(linked.getId(), linked.getVersion()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> links.moveFollowers(head.getId(), follower.getId()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> links.unlinkAll(head.getId())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(clients.getContact(follower.getId()).getHead()).isNotNull();
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void endingEveryLinkOfAHeadKeepsTheValuesAndLetsTheHeadBeDeleted_R13_R14() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson second = clients.save(TestData.contact(company, "Tweede", "T."));
        links.link(second.getId(), second.getVersion(), head.getId());

        assertThat(links.unlinkAll(head.getId())).isEqualTo(2);

        for (long id : new long[] {follower.getId(), second.getId()}) {
            ContactPerson free = clients.getContact(id);
            assertThat(free.getHead()).isNull();
            assertThat(free.getPersonal().getAchternaam()).isEqualTo(surname);
        }
        assertThat(links.state(head.getId()).kind()).isEqualTo(LinkState.Kind.NONE);
        assertThat(links.unlinkAll(head.getId())).as("nothing left to end").isZero();
        ClientPerson current = clients.getPerson(head.getId());
        clients.delete(current.getId(), current.getVersion());
    }

    @Test
    @WithMockUser(
            username = "manager",
            roles = {"MEDEWERKER", "MANAGER"})
    void aManagerCannotEndALinkEither() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson linked = clients.getContact(follower.getId());
        assertThatThrownBy(() -> links.unlink(linked.getId(), linked.getVersion()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void movingFollowersToAnotherHead() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ClientPerson other = clients.save(TestData.person("Vries", "A.", "de"));

        assertThat(links.moveFollowers(head.getId(), other.getId())).isEqualTo(1);

        ContactPerson moved = clients.getContact(follower.getId());
        assertThat(moved.getHead().getId()).isEqualTo(other.getId());
        assertThat(moved.getPersonal().getAchternaam()).isEqualTo("Vries");
    }

    @Test
    void aHeadWithFollowersCannotBeDeleted_R14() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ClientPerson current = clients.getPerson(head.getId());

        assertThatThrownBy(() -> clients.delete(current.getId(), current.getVersion()))
                .isInstanceOfSatisfying(LinkRefusedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("link.delete.head");
                    assertThat(e.getArguments()).containsExactly(1L);
                });
        assertThat(clients.getPerson(head.getId())).isNotNull();
    }

    @Test
    void anOutdatedFollowerIsNotLinked_R17() {
        ContactPerson theirs = clients.getContact(follower.getId());
        theirs.getBusiness().setAfdeling("Inkoop");
        clients.save(theirs);

        assertThatThrownBy(() -> links.link(follower.getId(), follower.getVersion(), head.getId()))
                .isInstanceOf(RegistrationChangedException.class);
    }

    @Test
    void aFollowerEditedWhileItsHeadChangesGetsTheConflictNotALostUpdate_R17() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson openedFollower = clients.getContact(follower.getId());

        ClientPerson changed = clients.getPerson(head.getId());
        changed.getPersonal().setPriveMobiel("0611111111");
        clients.save(changed);

        openedFollower.getBusiness().setAfdeling("Verkoop");
        assertThatThrownBy(() -> clients.save(openedFollower))
                .isInstanceOfAny(RegistrationChangedException.class, LinkRefusedException.class);
        assertThat(clients.getContact(follower.getId()).getPersonal().getPriveMobiel())
                .isEqualTo("+31 6 11111111");
    }

    @Test
    void aLinkedContactpersoonBeingCreatedTakesTheHeadsDataAsItIsWhenSaved_R7() {
        ContactPerson draft = new ContactPerson(company);
        draft.getBusiness().setFunctie("Commissaris");
        links.prepareLinked(draft, head.getId()); // the create form opens with the hoofd's data
        ClientPerson changed = clients.getPerson(head.getId()); // a colleague, meanwhile
        changed.getPersonal().setPriveMobiel("0633333333");
        clients.save(changed);

        ContactPerson stored = clients.getContact(clients.save(draft).getId());

        assertThat(stored.getPersonal().getPriveMobiel()).isEqualTo("+31 6 33333333");
        assertThat(stored.getBusiness().getFunctie()).isEqualTo("Commissaris");
        assertThat(stored.getHead().getId()).isEqualTo(head.getId());
    }

    /**
     * A link made while the hoofd's save is still open waits for it and takes the saved data: the
     * propagation of that save could not reach a volger that was not linked yet (R6).
     */
    @Test
    void linkingWhileTheHeadIsBeingSavedTakesItsNewData_R6() throws Exception {
        CountDownLatch headWritten = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> saving = threads.submit(() -> SignedIn.as(
                    Role.MEDEWERKER,
                    () -> new TransactionTemplate(transactions).execute(status -> {
                        ClientPerson changed = clients.getPerson(head.getId());
                        changed.getPersonal().setPriveMobiel("0622222222");
                        clients.save(changed); // written, not yet committed
                        headWritten.countDown();
                        pause(Duration.ofMillis(700)); // the link below starts meanwhile
                        return null;
                    })));
            assertThat(headWritten.await(10, TimeUnit.SECONDS)).isTrue();
            Future<ContactPerson> linking = threads.submit(() -> SignedIn.as(
                    Role.MEDEWERKER, () -> links.link(follower.getId(), follower.getVersion(), head.getId())));
            saving.get(30, TimeUnit.SECONDS);
            linking.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(clients.getContact(follower.getId()).getPersonal().getPriveMobiel())
                .isEqualTo("+31 6 22222222");
    }

    /**
     * A volger's card was read, then its hoofd changed (and so the volger); saving the card's
     * bedrijfsgegevens is refused as outdated, so the user gets "gewijzigd door een ander" with
     * reload, not the message that privé gegevens cannot be changed (R17).
     */
    @Test
    void savingAFollowersBusinessDataAfterItsHeadChangedIsRefusedAsOutdated_R17() {
        ContactPerson linked = links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson onTheCard = clients.getContact(linked.getId());
        ClientPerson changed = clients.getPerson(head.getId());
        changed.getPersonal().setPriveMobiel("0666666666");
        clients.save(changed);

        onTheCard.getBusiness().setAfdeling("Inkoop");

        assertThatThrownBy(() -> clients.save(onTheCard)).isInstanceOf(RegistrationChangedException.class);
    }

    /**
     * The hoofd's save has read before a colleague's link commits, and writes after it: its
     * propagation still reaches the new volger, which would otherwise keep the old values for good,
     * read-only (R6; MariaDB's REPEATABLE READ shows a transaction the rows as they were at its first
     * read).
     */
    @Test
    void aLinkCommittedWhileTheHeadsSaveIsOpenGetsTheSavedData_R6() throws Exception {
        CountDownLatch saveHasRead = new CountDownLatch(1);
        CountDownLatch linked = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> saving = threads.submit(() -> SignedIn.as(
                    Role.MEDEWERKER,
                    () -> new TransactionTemplate(transactions).execute(status -> {
                        ClientPerson changed = clients.getPerson(head.getId());
                        saveHasRead.countDown();
                        await(linked);
                        changed.getPersonal().setPriveMobiel("0644444444");
                        return clients.save(changed);
                    })));
            Future<?> linking = threads.submit(() -> SignedIn.as(Role.MEDEWERKER, () -> {
                await(saveHasRead);
                ContactPerson done = links.link(follower.getId(), follower.getVersion(), head.getId());
                linked.countDown();
                return done;
            }));
            linking.get(30, TimeUnit.SECONDS);
            saving.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(clients.getContact(follower.getId()).getPersonal().getPriveMobiel())
                .isEqualTo("+31 6 44444444");
    }

    /**
     * A colleague's link is written but not committed when the hoofd's save starts; the save waits
     * for it and its propagation reaches the new volger (R6).
     */
    @Test
    void aLinkOpenWhileTheHeadsSaveStartsGetsTheSavedData_R6() throws Exception {
        CountDownLatch linkWritten = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> linking = threads.submit(() -> SignedIn.as(
                    Role.MEDEWERKER,
                    () -> new TransactionTemplate(transactions).execute(status -> {
                        ContactPerson done = links.link(follower.getId(), follower.getVersion(), head.getId());
                        linkWritten.countDown();
                        pause(Duration.ofMillis(700)); // the hoofd's save starts meanwhile
                        return done;
                    })));
            assertThat(linkWritten.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> saving = threads.submit(() -> SignedIn.as(
                    Role.MEDEWERKER,
                    () -> new TransactionTemplate(transactions).execute(status -> {
                        ClientPerson changed = clients.getPerson(head.getId());
                        changed.getPersonal().setPriveMobiel("0655555555");
                        return clients.save(changed);
                    })));
            linking.get(30, TimeUnit.SECONDS);
            saving.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(clients.getContact(follower.getId()).getPersonal().getPriveMobiel())
                .isEqualTo("+31 6 55555555");
    }

    @Test
    void deletingAFollowerIsAllowed() {
        links.link(follower.getId(), follower.getVersion(), head.getId());
        ContactPerson linked = clients.getContact(follower.getId());
        clients.delete(linked.getId(), linked.getVersion());
        assertThat(links.state(head.getId()).kind()).isEqualTo(LinkState.Kind.NONE);
    }
}
