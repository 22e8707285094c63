package nl.klantregistratie.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.klantregistratie.base.BusyException;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.MariaDbTest;
import nl.klantregistratie.test.MariaDbTestSupport;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A colleague's transaction holds what a save needs (docs/domain.md R17): a save waits at most the
 * lock timeout (2 s in the tests, 5 s configured) and then says "in gebruik door een collega"; a
 * deadlock victim is tried once more and succeeds; a klant-bedrijf deleted while a contactpersoon is
 * being added to it gives the same message instead of a database error. The colleague here is a
 * plain JDBC connection of the test, so the test decides when it takes and releases its locks.
 */
@MariaDbTest
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
class LockConflictsMariaDbTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    DataSource dataSource;

    @Value("${klantregistratie.lock-timeout-seconds}")
    int lockTimeoutSeconds;

    private ClientCompany company;
    private ClientPerson head;
    private ContactPerson contact;

    @BeforeEach
    void registrations() {
        String surname = "Bezig" + TestData.uniqueSuffix(RUN.incrementAndGet());
        company = clients.save(TestData.company("Timmerfabriek " + surname + " B.V."));
        head = clients.save(TestData.person(surname, "B.", null));
        contact = clients.save(TestData.contact(company, surname, "B."));
    }

    @Test
    void aSaveWaitingForAColleagueLongerThanTheLockTimeoutSaysSoInsteadOfHanging() throws Exception {
        try (Connection colleague = MariaDbTestSupport.connect()) {
            colleague.setAutoCommit(false);
            lock(colleague, head.getId());
            ClientPerson changed = clients.getPerson(head.getId());
            changed.getPersonal().setRoepnaam("Bas");

            assertThatThrownBy(() -> clients.save(changed))
                    .isInstanceOf(BusyException.class)
                    .extracting(e -> ((BusyException) e).getMessageKey())
                    .isEqualTo("error.busy");
            colleague.rollback();
        }
        ClientPerson again = clients.getPerson(head.getId());
        again.getPersonal().setRoepnaam("Bas");
        assertThat(clients.save(again).getPersonal().getRoepnaam()).isEqualTo("Bas");
    }

    @Test
    void theApplicationsConnectionsWaitForALockAsLongAsConfigured_notTheDatabasesFiftySeconds() throws Exception {
        try (Connection own = dataSource.getConnection();
                Statement query = own.createStatement();
                ResultSet timeout = query.executeQuery("SELECT @@SESSION.innodb_lock_wait_timeout")) {
            assertThat(timeout.next()).isTrue();
            assertThat(timeout.getInt(1)).isEqualTo(lockTimeoutSeconds).isLessThan(50);
        }
    }

    @Test
    void aDeadlockVictimIsTriedOnceMoreAndSucceeds() throws Exception {
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (Connection colleague = MariaDbTestSupport.connect()) {
            colleague.setAutoCommit(false);
            // The colleague changes several rows first, so the database picks the link as the victim.
            try (PreparedStatement heavy =
                    colleague.prepareStatement("UPDATE registration SET notities = 'bezig' WHERE id IN (?, ?)")) {
                heavy.setLong(1, company.getId());
                heavy.setLong(2, contact.getId());
                heavy.executeUpdate();
            }
            // Linking locks the hoofd, then the volger (id order); the colleague holds the volger ...
            Future<ContactPerson> linking = threads.submit(() -> SignedIn.as(
                    Role.MEDEWERKER, () -> links.link(contact.getId(), contact.getVersion(), head.getId())));
            Thread.sleep(700);
            // ... and now asks for the hoofd: each waits for the other.
            lock(colleague, head.getId());
            Thread.sleep(300);
            colleague.rollback();
            ContactPerson linked = linking.get(30, TimeUnit.SECONDS);
            assertThat(linked.getHead()).isNotNull();
        } finally {
            threads.shutdownNow();
        }
        assertThat(clients.getContact(contact.getId()).getHead().getId()).isEqualTo(head.getId());
    }

    @Test
    void addingAContactpersoonToAKlantBedrijfAColleagueIsDeletingSaysSo() throws Exception {
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (Connection colleague = MariaDbTestSupport.connect()) {
            colleague.setAutoCommit(false);
            ClientCompany alone = clients.save(TestData.company("Leeg " + RUN.incrementAndGet() + " B.V."));
            try (PreparedStatement delete = colleague.prepareStatement("DELETE FROM registration WHERE id = ?")) {
                delete.setLong(1, alone.getId());
                delete.executeUpdate();
            }
            Future<ContactPerson> adding = threads.submit(
                    () -> SignedIn.as(Role.MEDEWERKER, () -> clients.save(TestData.contact(alone, "Nieuw", "N."))));
            Thread.sleep(500);
            colleague.commit();

            assertThatThrownBy(() -> adding.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(BusyException.class);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void lock(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id FROM registration WHERE id = ? FOR UPDATE")) {
            select.setLong(1, id);
            select.executeQuery().close();
        }
    }
}
