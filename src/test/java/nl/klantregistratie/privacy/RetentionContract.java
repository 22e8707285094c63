package nl.klantregistratie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.audit.AuditService;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.correspondence.TestMail;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The nightly retention job (decision 0018): what is older than its retention period is removed,
 * what is younger stays, on the date in Dutch calendar terms; it runs every night at 02:30, on one
 * instance at a time, as the system principal in the audit log; and only support may call the
 * removals it uses. Rows are made old by moving their dates back, never by removing everything.
 */
@WithMockUser(
        username = "support",
        roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
abstract class RetentionContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    RetentionJob job;

    @Autowired
    ClientService clients;

    @Autowired
    CorrespondenceService correspondence;

    @Autowired
    HistoryService history;

    @Autowired
    PortalService portal;

    @Autowired
    AuditService audit;

    @Autowired
    UserService users;

    @Autowired
    ScheduledTaskHolder scheduled;

    @Autowired
    JdbcClient jdbc;

    private String surname;

    @BeforeEach
    void unique() {
        surname = "Bewaard" + TestData.uniqueSuffix(RUN.incrementAndGet());
    }

    @AfterEach
    void releaseTheLock() {
        lockUntil(Instant.parse("2000-01-01T00:00:00Z"));
    }

    @Test
    void messagesOlderThanSevenYearsAreRemoved_youngerOnesStay() {
        ClientPerson person = person();
        long old = mailed(person, yearsAgo(7).minusDays(1));
        long young = mailed(person, yearsAgo(7).plusDays(1));

        RetentionReport report = job.run();

        assertThat(exists("correspondence", old)).isFalse();
        assertThat(exists("correspondence", young)).isTrue();
        assertThat(report.messages()).isPositive();
        assertThat(report.failed()).isEmpty();
    }

    @Test
    void theHistoryOfARegistrationDeletedSevenYearsAgoIsRemoved_ofOneDeletedLaterOrStillThereItStays() {
        ClientPerson deletedLongAgo = person();
        ClientPerson deletedLater = person();
        ClientPerson live = person();
        clients.delete(deletedLongAgo.getId(), deletedLongAgo.getVersion());
        clients.delete(deletedLater.getId(), deletedLater.getVersion());
        revisionsOf(deletedLongAgo.getId(), yearsAgo(7).minusDays(1));
        revisionsOf(deletedLater.getId(), yearsAgo(7).plusDays(1));
        revisionsOf(live.getId(), yearsAgo(20)); // a klant since long ago: its history is its record

        RetentionReport report = job.run();

        assertThat(revisions(deletedLongAgo.getId())).isZero();
        assertThat(revisions(deletedLater.getId())).isEqualTo(2);
        assertThat(history.historyOf(live.getId())).isNotEmpty();
        assertThat(report.historyRevisions()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM revinfo r WHERE r.id <> 1 AND NOT EXISTS"
                                + " (SELECT 1 FROM registration_aud a WHERE a.rev = r.id)")
                        .query(Integer.class)
                        .single())
                .as("no revision is left that records nothing")
                .isZero();
    }

    @Test
    void portalCallsOlderThanAYearAreRemoved_andTheCountsOfRefusedCallsOfThoseDays() {
        long old = apiCall(yearsAgo(1).minusDays(1));
        long young = apiCall(yearsAgo(1).plusDays(1));
        LocalDate oldDay = yearsAgo(1).minusDays(2).toLocalDate();
        LocalDate youngDay = yearsAgo(1).plusDays(2).toLocalDate();
        refusedOn(oldDay);
        refusedOn(youngDay);

        job.run();

        assertThat(exists("portal_api_call", old)).isFalse();
        assertThat(exists("portal_api_call", young)).isTrue();
        assertThat(refusedCountsOn(oldDay)).isZero();
        assertThat(refusedCountsOn(youngDay)).isOne();
    }

    @Test
    void bsnRevealsAndAuditEntriesOlderThanTwoYearsAreRemoved_youngerOnesStay() {
        ClientPerson person = person();
        clients.revealBsn(person.getId());
        clients.revealBsn(person.getId());
        String subject = "klantnummer " + person.getKlantnummer();
        long[] reveals = ids("SELECT id FROM bsn_reveal WHERE registration_id = " + person.getId());
        long[] entries =
                ids("SELECT id FROM audit_log WHERE event_type = 'BSN_REVEALED' AND subject = '" + subject + "'");
        assertThat(reveals).hasSize(2);
        assertThat(entries).hasSize(2);
        moveBack("bsn_reveal", "revealed_at", reveals[0], yearsAgo(2).minusDays(1));
        moveBack("bsn_reveal", "revealed_at", reveals[1], yearsAgo(2).plusDays(1));
        moveBack("audit_log", "occurred_at", entries[0], yearsAgo(2).minusDays(1));
        moveBack("audit_log", "occurred_at", entries[1], yearsAgo(2).plusDays(1));

        job.run();

        assertThat(exists("bsn_reveal", reveals[0])).isFalse();
        assertThat(exists("bsn_reveal", reveals[1])).isTrue();
        assertThat(exists("audit_log", entries[0])).isFalse();
        assertThat(exists("audit_log", entries[1])).isTrue();
    }

    @Test
    void failedSignInsAreForgottenOnceTheyNoLongerCount() {
        String old = "account:" + surname.toLowerCase() + "-oud";
        String recent = "account:" + surname.toLowerCase() + "-recent";
        throttled(old, Instant.now().minus(Duration.ofHours(25)));
        throttled(recent, Instant.now().minus(Duration.ofHours(23)));

        job.run();

        assertThat(throttleRows(old)).isZero();
        assertThat(throttleRows(recent)).isOne();
    }

    @Test
    void eachRunIsInTheAuditLogAsTheSystemPrincipal_withWhatItRemoved() {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log")
                .query(Long.class)
                .single();

        job.run();

        assertThat(jdbc.sql("SELECT username, detail FROM audit_log WHERE event_type = 'RETENTION' AND id > :before")
                        .param("before", before)
                        .query((row, n) -> row.getString(1) + " " + row.getString(2))
                        .list())
                .as("this run, once")
                .singleElement()
                .asString()
                .startsWith(RetentionJob.PRINCIPAL + " verwijderd: ")
                .contains("berichten", "historieregels", "portaalaanroepen", "BSN-inzagen", "auditregels");
    }

    @Test
    void theNightlyRunIsScheduledAtHalfPastTwoDutchTime() {
        assertThat(scheduled.getScheduledTasks())
                .map(task -> task.getTask())
                .filteredOn(CronTask.class::isInstance)
                .map(CronTask.class::cast)
                .filteredOn(task -> task.toString().contains("RetentionJob.runNightly"))
                .singleElement()
                .satisfies(task -> assertThat(task.getExpression()).isEqualTo("0 30 2 * * *"));
    }

    @Test
    void theNightlyRunHappensOnOneInstance_notWhileAnotherHoldsTheLock_norTwiceInARow() {
        ClientPerson person = person();
        long old = mailed(person, yearsAgo(8));
        jdbc.sql(
                        "INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (:name, :until, :at, 'server-2')")
                .param("name", RetentionJob.LOCK)
                .param("until", Timestamp.from(Instant.parse("2999-01-01T00:00:00Z")))
                .param("at", Timestamp.from(Instant.now()))
                .update();

        assertThat(job.runNightly()).as("another instance runs it").isEmpty();
        assertThat(exists("correspondence", old)).isTrue();

        releaseTheLock(); // server-2 is done
        assertThat(job.runNightly()).isPresent();
        assertThat(exists("correspondence", old)).isFalse();
        assertThat(job.runNightly())
                .as("ran minutes ago (on whichever instance)")
                .isEmpty();
    }

    @Test
    void onlySupportMayRemove() {
        SignedIn.as(Role.MANAGER, () -> {
            Instant now = Instant.now();
            assertThatThrownBy(() -> correspondence.removeMadeBefore(now))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> history.removeHistoryOfDeletedBefore(now))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> portal.removeCallsBefore(now)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> clients.removeBsnRevealsBefore(now))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> audit.removeBefore(now)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(users::forgetOldSignInFailures).isInstanceOf(AuthorizationDeniedException.class);
            return null;
        });
    }

    private void lockUntil(Instant until) {
        jdbc.sql("UPDATE shedlock SET lock_until = :until")
                .param("until", Timestamp.from(until))
                .update();
    }

    private ClientPerson person() {
        ClientPerson draft = TestData.person(surname, "R.", null);
        draft.setBsn("111222333");
        draft.getPersonal().setPriveEmail(surname.toLowerCase() + "@thuis.nl");
        draft.setEmailvoorkeur(EmailPreference.PRIVE);
        return clients.save(draft);
    }

    private static ZonedDateTime yearsAgo(int years) {
        return ZonedDateTime.now(OfficeTime.ZONE).minusYears(years);
    }

    private long mailed(ClientPerson person, ZonedDateTime when) {
        return TestMail.sentPrivately(correspondence, jdbc, person.getId(), "Jaaropgave", when.toInstant());
    }

    private void revisionsOf(long registrationId, ZonedDateTime when) {
        jdbc.sql("UPDATE revinfo SET changed_at = :when WHERE id IN (SELECT rev FROM registration_aud WHERE id = :id)")
                .param("when", Timestamp.from(when.toInstant()))
                .param("id", registrationId)
                .update();
    }

    private int revisions(long registrationId) {
        return jdbc.sql("SELECT COUNT(*) FROM registration_aud WHERE id = :id")
                .param("id", registrationId)
                .query(Integer.class)
                .single();
    }

    private long apiCall(ZonedDateTime when) {
        jdbc.sql("INSERT INTO portal_api_call (method, path, status, called_at) VALUES ('GET', :path, 200, :when)")
                .param("path", "/api/portal/" + surname)
                .param("when", Timestamp.from(when.toInstant()))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM portal_api_call WHERE path = :path")
                .param("path", "/api/portal/" + surname)
                .query(Long.class)
                .single();
    }

    private void refusedOn(LocalDate day) {
        jdbc.sql("DELETE FROM portal_api_refused WHERE refused_on = :day")
                .param("day", day)
                .update();
        jdbc.sql("INSERT INTO portal_api_refused (refused_on, status, calls) VALUES (:day, 401, 3)")
                .param("day", day)
                .update();
    }

    private int refusedCountsOn(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_api_refused WHERE refused_on = :day")
                .param("day", day)
                .query(Integer.class)
                .single();
    }

    private void throttled(String key, Instant lastFailure) {
        jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (:key, 3, :at)")
                .param("key", key)
                .param("at", Timestamp.from(lastFailure))
                .update();
    }

    private int throttleRows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = :key")
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    private void moveBack(String table, String column, long id, ZonedDateTime when) {
        jdbc.sql("UPDATE " + table + " SET " + column + " = :when WHERE id = :id")
                .param("when", Timestamp.from(when.toInstant()))
                .param("id", id)
                .update();
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private long[] ids(String query) {
        return jdbc.sql(query + " ORDER BY id").query(Long.class).list().stream()
                .mapToLong(Long::longValue)
                .toArray();
    }
}
