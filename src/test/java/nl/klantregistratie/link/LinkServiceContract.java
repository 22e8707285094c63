package nl.klantregistratie.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * The koppeling rules of DOMAIN.md (R1–R14) in the service, whatever the caller. Runs on H2
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

    private static final java.util.concurrent.atomic.AtomicInteger RUN =
            new java.util.concurrent.atomic.AtomicInteger();

    ClientCompany company;
    ClientPerson hoofd;
    ContactPerson volger;
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
        hoofd = clients.save(person);
        ContactPerson contact = TestData.contact(company, "x", "x");
        contact.getBusiness().setFunctie("Directeur");
        volger = clients.save(contact);
    }

    @Test
    void linkingReplacesTheVolgersPrivateDataAtOnce_R4() {
        LinkPreview preview = links.preview(volger.getId(), hoofd.getId());
        assertThat(preview.changes())
                .extracting(nl.klantregistratie.history.HistoryEntry.FieldChange::fieldKey)
                .contains("person.achternaam", "person.woonadres", "person.priveEmail");

        ContactPerson linked = links.link(volger.getId(), volger.getVersion(), hoofd.getId());

        ContactPerson stored = clients.getContact(linked.getId());
        assertThat(stored.getHead().getId()).isEqualTo(hoofd.getId());
        assertThat(stored.getPersonal()).isEqualTo(hoofd.getPersonal());
        assertThat(stored.getZoeknaam()).isEqualTo(surname + ", J.");
        assertThat(stored.getBusiness().getFunctie()).isEqualTo("Directeur");
        assertThat(links.state(hoofd.getId()).volgerCount()).isEqualTo(1);
        assertThat(links.state(volger.getId()).isVolger()).isTrue();
    }

    @Test
    void onlyAContactpersoonCanBeAVolger_R1() {
        ClientPerson other = clients.save(TestData.person("Pietersen", "P.", null));
        assertThatThrownBy(() -> links.link(other.getId(), other.getVersion(), hoofd.getId()))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.volger.notcontact"));
    }

    @Test
    void aHoofdIsAPersonRegistrationAndAContactAsHoofdGetsTheAdvice_R2() {
        assertThatThrownBy(() -> links.link(volger.getId(), volger.getVersion(), company.getId()))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.hoofd.notperson"));

        ContactPerson lookalike = TestData.contact(company, surname, "J.");
        lookalike.getPersonal().setGeboortedatum(LocalDate.of(1970, 5, 1));
        ContactPerson contactHoofd = clients.save(lookalike);
        LinkPreview preview = links.preview(volger.getId(), contactHoofd.getId());
        assertThat(preview.hoofdIsContactPerson()).isTrue();
        assertThat(preview.suggestedHoofd()).isNotNull();
        assertThat(preview.suggestedHoofd().getId()).isEqualTo(hoofd.getId());
    }

    @Test
    void noSelfLinksAndAVolgerCannotBeHoofd_R3() {
        assertThatThrownBy(() -> links.link(volger.getId(), volger.getVersion(), volger.getId()))
                .isInstanceOf(LinkRefusedException.class);
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson other = clients.save(TestData.contact(company, "Bos", "B."));

        assertThatThrownBy(() -> links.link(other.getId(), other.getVersion(), volger.getId()))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.hoofd.isvolger"));
    }

    @Test
    void linkingAHoofdMovesItsVolgersToTheNewHoofd_R3() {
        ContactPerson contactHoofd = clients.save(TestData.contact(company, "Bos", "B."));
        ContactPerson itsVolger = clients.save(TestData.contact(company, "y", "y"));
        links.link(itsVolger.getId(), itsVolger.getVersion(), contactHoofd.getId());
        ContactPerson current = clients.getContact(contactHoofd.getId());

        assertThat(links.preview(current.getId(), hoofd.getId()).volgersToMove())
                .extracting(ContactPerson::getId)
                .containsExactly(itsVolger.getId());
        links.link(current.getId(), current.getVersion(), hoofd.getId());

        ContactPerson moved = clients.getContact(itsVolger.getId());
        assertThat(moved.getHead().getId()).isEqualTo(hoofd.getId());
        assertThat(moved.getPersonal()).isEqualTo(hoofd.getPersonal());
        assertThat(links.state(current.getId()).isVolger()).isTrue();
        assertThat(links.state(hoofd.getId()).volgerCount()).isEqualTo(2);
    }

    @Test
    void aVolgersSyncedFieldsCannotBeChanged_butItsBusinessDataCan_R5() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson mine = clients.getContact(volger.getId());
        mine.getPersonal().setRoepnaam("Jantje");

        assertThatThrownBy(() -> clients.save(mine))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.volger.readonly"));

        ContactPerson again = clients.getContact(volger.getId());
        again.getBusiness().setAfdeling("Directie");
        assertThat(clients.save(again).getBusiness().getAfdeling()).isEqualTo("Directie");
    }

    @Test
    void theLinkCannotBeChangedThroughAnOrdinarySave() {
        ContactPerson mine = clients.getContact(volger.getId());
        mine.setHead(hoofd);
        assertThatThrownBy(() -> clients.save(mine))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("link.save.headchanged"));
    }

    @Test
    void aHoofdsChangeReachesEveryVolgerInTheSameTransaction_R6() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson second = clients.save(TestData.contact(company, "z", "z"));
        links.link(second.getId(), second.getVersion(), hoofd.getId());

        ClientPerson changed = clients.getPerson(hoofd.getId());
        changed.getPersonal().setWoonadres(new Address("Nieuwe Gracht", 9, "3512 LV", "Utrecht"));
        clients.save(changed);

        for (ContactPerson each : links.volgersOf(hoofd.getId())) {
            assertThat(each.getPersonal().getWoonadres().format()).isEqualTo("Nieuwe Gracht 9, 3512 LV Utrecht");
        }
        assertThat(links.volgersOf(hoofd.getId())).hasSize(2);
    }

    @Test
    void aVolgersZoeknaamFollowsTheHoofdsNewName_unlessAUserTypedIt_andEachVolgerIsVersioned_R6_R17() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson typed = clients.save(TestData.contact(company, "z", "z"));
        links.link(typed.getId(), typed.getVersion(), hoofd.getId());
        typed = clients.getContact(typed.getId());
        typed.setZoeknaam("Jan van de drukkerij " + surname);
        typed = clients.save(typed);
        long versionBefore = clients.getContact(volger.getId()).getVersion();

        ClientPerson renamed = clients.getPerson(hoofd.getId());
        renamed.getPersonal().setAchternaam("Verbrugge" + surname);
        clients.save(renamed);

        ContactPerson followed = clients.getContact(volger.getId());
        assertThat(followed.getZoeknaam()).isEqualTo("Verbrugge" + surname + ", J.");
        assertThat(followed.getVersion()).isGreaterThan(versionBefore);
        assertThat(clients.search(ClientSearch.contactpersonen("verbrugge" + surname), PageRequest.of(0, 10)))
                .extracting(RegistrationSummary::id)
                .containsExactly(volger.getId());
        ContactPerson kept = clients.getContact(typed.getId());
        assertThat(kept.getZoeknaam()).isEqualTo("Jan van de drukkerij " + surname);
        assertThat(kept.getPersonal().getAchternaam()).isEqualTo("Verbrugge" + surname);
    }

    @Test
    void aZakelijkHoofdPassesNoPrivateEmail_andPassesItWhenSwitchedToPrive_R8() {
        ClientPerson zakelijk = clients.getPerson(hoofd.getId());
        zakelijk.setEmailvoorkeur(EmailPreference.ZAKELIJK);
        hoofd = clients.save(zakelijk);
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        assertThat(clients.getContact(volger.getId()).getPersonal().getPriveEmail())
                .isNull();

        ClientPerson prive = clients.getPerson(hoofd.getId());
        prive.setEmailvoorkeur(EmailPreference.PRIVE);
        clients.save(prive);
        assertThat(clients.getContact(volger.getId()).getPersonal().getPriveEmail())
                .isEqualTo("jan@prive.nl");
    }

    @Test
    void createsALinkedContactpersoonInOneStep_R7() {
        ContactPerson draft = new ContactPerson(company);
        draft.getBusiness().setFunctie("Commissaris");
        draft.setEmailvoorkeur(EmailPreference.ZAKELIJK);

        ContactPerson created = links.createLinked(hoofd.getId(), draft);

        ContactPerson stored = clients.getContact(created.getId());
        assertThat(stored.getHead().getId()).isEqualTo(hoofd.getId());
        assertThat(stored.getPersonal()).isEqualTo(hoofd.getPersonal());
        assertThat(stored.getKlantnummer()).isNotNull();
        assertThat(stored.getBusiness().getFunctie()).isEqualTo("Commissaris");
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void endingALinkKeepsTheValuesAndUnlocksTheFields_R13() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson linked = clients.getContact(volger.getId());

        links.unlink(linked.getId(), linked.getVersion());

        ContactPerson free = clients.getContact(volger.getId());
        assertThat(free.getHead()).isNull();
        assertThat(free.getPersonal().getAchternaam()).isEqualTo(surname);
        assertThat(links.state(hoofd.getId()).kind()).isEqualTo(LinkState.Kind.NONE);
        free.getPersonal().setRoepnaam("Jan");
        assertThat(clients.save(free).getPersonal().getRoepnaam()).isEqualTo("Jan");
    }

    @Test
    void onlySupportEndsLinksOrMovesVolgers() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson linked = clients.getContact(volger.getId());

        assertThatThrownBy(() -> links.unlink(linked.getId(), linked.getVersion()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> links.moveVolgers(hoofd.getId(), volger.getId()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "manager",
            roles = {"MEDEWERKER", "MANAGER"})
    void aManagerCannotEndALinkEither() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson linked = clients.getContact(volger.getId());
        assertThatThrownBy(() -> links.unlink(linked.getId(), linked.getVersion()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void movingVolgersToAnotherHoofd() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ClientPerson other = clients.save(TestData.person("Vries", "A.", "de"));

        assertThat(links.moveVolgers(hoofd.getId(), other.getId())).isEqualTo(1);

        ContactPerson moved = clients.getContact(volger.getId());
        assertThat(moved.getHead().getId()).isEqualTo(other.getId());
        assertThat(moved.getPersonal().getAchternaam()).isEqualTo("Vries");
    }

    @Test
    void aHoofdWithVolgersCannotBeDeleted_R14() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ClientPerson current = clients.getPerson(hoofd.getId());

        assertThatThrownBy(() -> clients.delete(current.getId(), current.getVersion()))
                .isInstanceOfSatisfying(LinkRefusedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("link.delete.hoofd");
                    assertThat(e.getArguments()).containsExactly(1L);
                });
        assertThat(clients.getPerson(hoofd.getId())).isNotNull();
    }

    @Test
    void anOutdatedVolgerIsNotLinked_R17() {
        ContactPerson theirs = clients.getContact(volger.getId());
        theirs.getBusiness().setAfdeling("Inkoop");
        clients.save(theirs);

        assertThatThrownBy(() -> links.link(volger.getId(), volger.getVersion(), hoofd.getId()))
                .isInstanceOf(RegistrationChangedException.class);
    }

    @Test
    void aVolgerEditedWhileItsHoofdChangesGetsTheConflictNotALostUpdate_R17() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson openedVolger = clients.getContact(volger.getId());

        ClientPerson changed = clients.getPerson(hoofd.getId());
        changed.getPersonal().setPriveMobiel("0611111111");
        clients.save(changed);

        openedVolger.getBusiness().setAfdeling("Verkoop");
        assertThatThrownBy(() -> clients.save(openedVolger))
                .isInstanceOfAny(RegistrationChangedException.class, LinkRefusedException.class);
        assertThat(clients.getContact(volger.getId()).getPersonal().getPriveMobiel())
                .isEqualTo("+31 6 11111111");
    }

    @Test
    void aLinkedContactpersoonBeingCreatedTakesTheHoofdsDataAsItIsWhenSaved_R7() {
        ContactPerson draft = new ContactPerson(company);
        draft.getBusiness().setFunctie("Commissaris");
        links.prepareLinked(draft, hoofd.getId()); // the create form opens with the hoofd's data
        ClientPerson changed = clients.getPerson(hoofd.getId()); // a colleague, meanwhile
        changed.getPersonal().setPriveMobiel("0633333333");
        clients.save(changed);

        ContactPerson stored = clients.getContact(clients.save(draft).getId());

        assertThat(stored.getPersonal().getPriveMobiel()).isEqualTo("+31 6 33333333");
        assertThat(stored.getBusiness().getFunctie()).isEqualTo("Commissaris");
        assertThat(stored.getHead().getId()).isEqualTo(hoofd.getId());
    }

    /**
     * A link made while the hoofd's save is still open waits for it and takes the saved data: the
     * propagation of that save could not reach a volger that was not linked yet (R6).
     */
    @Test
    void linkingWhileTheHoofdIsBeingSavedTakesItsNewData_R6() throws Exception {
        CountDownLatch hoofdWritten = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> saving = threads.submit(() -> SignedIn.as(
                    Role.MEDEWERKER,
                    () -> new TransactionTemplate(transactions).execute(status -> {
                        ClientPerson changed = clients.getPerson(hoofd.getId());
                        changed.getPersonal().setPriveMobiel("0622222222");
                        clients.save(changed); // written, not yet committed
                        hoofdWritten.countDown();
                        pause(Duration.ofMillis(700)); // the link below starts meanwhile
                        return null;
                    })));
            assertThat(hoofdWritten.await(10, TimeUnit.SECONDS)).isTrue();
            Future<ContactPerson> linking = threads.submit(() ->
                    SignedIn.as(Role.MEDEWERKER, () -> links.link(volger.getId(), volger.getVersion(), hoofd.getId())));
            saving.get(30, TimeUnit.SECONDS);
            linking.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(clients.getContact(volger.getId()).getPersonal().getPriveMobiel())
                .isEqualTo("+31 6 22222222");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void deletingAVolgerIsAllowed() {
        links.link(volger.getId(), volger.getVersion(), hoofd.getId());
        ContactPerson linked = clients.getContact(volger.getId());
        clients.delete(linked.getId(), linked.getVersion());
        assertThat(links.state(hoofd.getId()).kind()).isEqualTo(LinkState.Kind.NONE);
    }
}
