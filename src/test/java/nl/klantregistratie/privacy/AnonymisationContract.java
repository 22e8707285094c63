package nl.klantregistratie.privacy;

import static nl.klantregistratie.test.Threads.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.AnonymisationRefusedException;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.correspondence.Correspondence;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.correspondence.TestMail;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.portal.PortalRefusedException;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymising a person (AVG): the private data is erased in the live registration, in every
 * revision of its history and in the messages of its klantdossier, its BSN is gone and its portal
 * access ends; the registration stays, read-only, as the record that support anonymised it and when.
 * Refused, with the reason, while it is hoofd of volgers or a volger, while its correspondence must
 * be kept (7 years), without the Wwft confirmation, for a klant-bedrijf, and for anyone but support.
 */
@WithMockUser(
        username = "support",
        roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
abstract class AnonymisationContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    HistoryService history;

    @Autowired
    CorrespondenceService correspondence;

    @Autowired
    PortalService portal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private String surname;
    private ClientCompany company;
    private ClientPerson person;

    @BeforeEach
    void person() {
        surname = "Vergeten" + TestData.uniqueSuffix(RUN.incrementAndGet());
        company = clients.save(TestData.company("Bloemisterij " + surname + " B.V."));
        ClientPerson draft = TestData.person(surname, "A.", "van");
        draft.setBsn("111222333");
        draft.getPersonal().setGeboortedatum(LocalDate.of(1961, 2, 3));
        draft.getPersonal().setWoonadres(new Address("Rozengracht", 12, "1016 NB", "Amsterdam"));
        draft.getPersonal().setPriveEmail(surname.toLowerCase() + "@thuis.nl");
        draft.getPersonal().setPriveMobiel("0612345678");
        draft.setEmailvoorkeur(EmailPreference.PRIVE);
        draft.setNotities("Belt liever na vijven.");
        person = clients.save(draft);
        ClientPerson changed = clients.getPerson(person.getId());
        changed.getPersonal().setWoonadres(new Address("Prinsengracht", 200, "1016 HE", "Amsterdam"));
        person = clients.save(changed); // an earlier address in the history
    }

    @Test
    void thePrivateDataIsErasedEverywhereAndTheRegistrationStaysAsTheRecord() {
        mailed(person.getId(), Instant.now().minusSeconds(8L * 366 * 24 * 3600)); // older than its retention

        clients.anonymise(person.getId(), person.getVersion(), true);

        ClientPerson now = clients.getPerson(person.getId());
        assertThat(now.getDisplayName()).isEqualTo("Geanonimiseerd");
        assertThat(now.hasBsn()).isFalse();
        assertThat(now.getPersonal().getWoonadres().isEmpty()).isTrue();
        assertThat(now.getPersonal().getPriveEmail()).isNull();
        assertThat(now.getPersonal().getGeboortedatum()).isNull();
        assertThat(now.getNotities()).isNull();
        assertThat(now.isAnonymised()).isTrue();
        assertThat(now.getAnonymisedBy()).isEqualTo("support");
        assertThat(now.getKlantnummer()).isEqualTo(person.getKlantnummer());

        assertThat(clients.search(ClientSearch.klanten(surname), PageRequest.of(0, 10)))
                .as("not found by its old name")
                .isEmpty();
        assertThat(historyText()).doesNotContain(surname, "Rozengracht", "Prinsengracht", "1961", "0612345678");
        assertThat(history.historyOf(person.getId())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM registration_aud WHERE id = :id AND (personal_woonadres_straat IS NOT NULL"
                                        + " OR personal_prive_email IS NOT NULL OR bsn_masked IS NOT NULL OR notities IS NOT NULL)")
                        .param("id", person.getId())
                        .query(Integer.class)
                        .single())
                .isZero();
        List<Correspondence> dossier = correspondence.correspondenceOf(person.getId(), PageRequest.of(0, 10));
        assertThat(dossier).singleElement().satisfies(message -> {
            assertThat(message.getRecipientName()).isEqualTo("Geanonimiseerd");
            assertThat(message.getToAddress() + message.getSubject() + message.getBody())
                    .doesNotContain(surname.toLowerCase(), "Beste");
        });
        assertThatThrownBy(() -> portal.person(person.getId())).isInstanceOf(PortalRefusedException.class);
        assertRefused(() -> clients.checkAnonymisable(person.getId()), "anonymise.already");
        assertThat(jdbc.sql(
                                "SELECT username, detail FROM audit_log WHERE event_type = 'ANONYMISED' AND subject = :subject")
                        .param("subject", "klantnummer " + person.getKlantnummer())
                        .query((row, n) -> row.getString(1) + " " + row.getString(2))
                        .list())
                .as("in the audit log, by number only")
                .containsExactly("support klant-persoon");
    }

    @Test
    void anAnonymisedRegistrationCanNoLongerBeChanged() {
        clients.anonymise(person.getId(), person.getVersion(), true);

        ClientPerson now = clients.getPerson(person.getId());
        now.getPersonal().setAchternaam(surname);

        assertThatThrownBy(() -> clients.save(now))
                .isInstanceOf(AnonymisationRefusedException.class)
                .extracting(e -> ((DomainException) e).getMessageKey())
                .isEqualTo("anonymise.readonly");
    }

    @Test
    void aContactpersoonLosesItsBusinessDataAndPortalAccessToo() {
        ContactPerson draft = TestData.contact(company, surname, "B.");
        draft.getBusiness().setZakelijkEmail("b." + surname.toLowerCase() + "@bloemisterij.nl");
        draft.getBusiness().setToegangClientOnline(true);
        ContactPerson contact = clients.save(draft);

        clients.anonymise(contact.getId(), contact.getVersion(), true);

        ContactPerson now = clients.getContact(contact.getId());
        assertThat(now.getBusiness().getZakelijkEmail()).isNull();
        assertThat(now.getBusiness().isToegangClientOnline()).isFalse();
        assertThatThrownBy(() -> portal.personByPortalEmail("b." + surname.toLowerCase() + "@bloemisterij.nl"))
                .isInstanceOf(PortalRefusedException.class);
    }

    @Test
    void aTypedZoeknaamGoesToo() {
        ClientPerson typed = clients.getPerson(person.getId());
        typed.setZoeknaam(surname + ", Anna (Utrecht)");
        typed = clients.save(typed);

        clients.anonymise(typed.getId(), typed.getVersion(), true);

        assertThat(clients.getPerson(person.getId()).getZoeknaam()).isEqualTo("Geanonimiseerd");
        assertThat(clients.search(ClientSearch.klanten(surname), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM registration_aud WHERE id = :id AND zoeknaam LIKE :typed")
                        .param("id", person.getId())
                        .param("typed", "%Utrecht%")
                        .query(Integer.class)
                        .single())
                .as("nor in the anonymisation's own revision")
                .isZero();
    }

    @Test
    void anAnonymisedRegistrationLinksToNothing_asFollowerNorAsHead() {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "A."));
        ContactPerson anonymisedContact =
                (ContactPerson) clients.anonymise(contact.getId(), contact.getVersion(), true);
        ClientPerson anonymised = (ClientPerson) clients.anonymise(person.getId(), person.getVersion(), true);
        ClientPerson other = clients.save(TestData.person("Ander" + surname, "B.", null));
        ContactPerson someone = clients.save(TestData.contact(company, "Iemand", "C."));
        links.link(someone.getId(), someone.getVersion(), other.getId());

        assertRefused(
                () -> links.link(anonymisedContact.getId(), anonymisedContact.getVersion(), other.getId()),
                "link.anonymised");
        ContactPerson free = clients.save(TestData.contact(company, "Vrij", "D."));
        assertRefused(() -> links.link(free.getId(), free.getVersion(), anonymised.getId()), "link.head.anonymised");
        assertRefused(
                () -> links.prepareLinked(new ContactPerson(company), anonymised.getId()), "link.head.anonymised");
        assertRefused(() -> links.moveFollowers(other.getId(), anonymised.getId()), "link.head.anonymised");
        assertThat(links.followersOf(other.getId())).hasSize(1);
    }

    @Test
    void aLinkMadeWhileTheHeadIsBeingAnonymisedIsNeverLostSightOf() throws Exception {
        ContactPerson contact = clients.save(TestData.contact(company, surname, "A."));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch linked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> colleague = pool.submit(() -> SignedIn.as(
                    Role.MEDEWERKER,
                    () -> transaction.execute(tx -> {
                        links.link(contact.getId(), contact.getVersion(), person.getId());
                        linked.countDown();
                        await(release); // the link holds its locks, not yet committed
                        return null;
                    })));
            linked.await();
            Future<Registration> anonymising = pool.submit(() ->
                    SignedIn.as(Role.SUPPORT, () -> clients.anonymise(person.getId(), person.getVersion(), true)));
            Thread.sleep(300); // lets the anonymisation reach the database while the link is open
            release.countDown();
            colleague.get();

            assertThatThrownBy(anonymising::get)
                    .cause()
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("anonymise.head"));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(clients.getPerson(person.getId()).isAnonymised()).isFalse();
        assertThat(clients.getContact(contact.getId()).getHead()).isNotNull();
    }

    @Test
    void aHeadOfFollowersIsNotAnonymised() {
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        links.link(contact.getId(), contact.getVersion(), person.getId());
        ClientPerson head = clients.getPerson(person.getId());

        assertRefused(() -> clients.anonymise(head.getId(), head.getVersion(), true), "anonymise.head");
        ContactPerson follower = clients.getContact(contact.getId());
        assertRefused(() -> clients.anonymise(follower.getId(), follower.getVersion(), true), "anonymise.follower");
        // Asked before the user confirms, the same answers.
        assertRefused(() -> clients.checkAnonymisable(head.getId()), "anonymise.head");
        assertRefused(() -> clients.checkAnonymisable(follower.getId()), "anonymise.follower");
    }

    @Test
    void correspondenceWithinItsRetentionKeepsThePerson() {
        mailed(person.getId(), Instant.now().minusSeconds(3L * 366 * 24 * 3600));

        assertThatThrownBy(() -> clients.anonymise(person.getId(), person.getVersion(), true))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("anonymise.retention");
                    assertThat(e.getArguments()[0].toString()).matches("\\d{2}-\\d{2}-\\d{4}");
                });
        assertRefused(() -> clients.checkAnonymisable(person.getId()), "anonymise.retention");
        assertThat(clients.getPerson(person.getId()).getDisplayName()).contains(surname);
    }

    @Test
    void withoutTheWwftConfirmationOrForAKlantBedrijfItIsRefused() {
        assertRefused(() -> clients.anonymise(person.getId(), person.getVersion(), false), "anonymise.wwft");
        assertRefused(() -> clients.anonymise(company.getId(), company.getVersion(), true), "anonymise.notperson");
        assertRefused(() -> clients.checkAnonymisable(company.getId()), "anonymise.notperson");
        clients.checkAnonymisable(person.getId()); // nothing keeps it: only the confirmation is missing
    }

    @Test
    void onlySupportAnonymises() {
        for (Role role : EnumSet.of(Role.MEDEWERKER, Role.MANAGER)) {
            assertThatThrownBy(
                            () -> SignedIn.as(role, () -> clients.anonymise(person.getId(), person.getVersion(), true)))
                    .as(role.name())
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(SignedIn.as(
                        Role.MEDEWERKER, () -> clients.getPerson(person.getId()).isAnonymised()))
                .isFalse();
    }

    /** A message to the person, made at that moment. */
    private void mailed(long id, Instant when) {
        TestMail.sentPrivately(correspondence, jdbc, id, "Aangifte " + surname, when);
    }

    private String historyText() {
        StringBuilder all = new StringBuilder();
        for (HistoryEntry entry : history.historyOf(person.getId())) {
            entry.changes()
                    .forEach(change -> all.append(change.oldValue()).append('|').append(change.newValue()));
        }
        return all.toString();
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
