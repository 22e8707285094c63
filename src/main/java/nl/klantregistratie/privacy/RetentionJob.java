package nl.klantregistratie.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.klantregistratie.audit.AuditService;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.RetentionSettings;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.merge.MergeService;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.SystemWork;
import nl.klantregistratie.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night removes what is older than its retention period ({@link RetentionSettings}, decision
 * 0018): the klantdossier's messages, the history of registrations deleted long ago, the portal's
 * call log, the record of BSNs shown, the audit log, failed sign-ins that no longer count, and the
 * records of merged registrations whose merge can no longer be undone. Runs
 * as {@value #PRINCIPAL} in the SUPPORT role, so every removal passes the same service as a user's
 * would; on one instance only (ShedLock); each kind in its own transaction, so one that fails keeps
 * the others; what it removed is in the application log and the audit log.
 */
@Component
public class RetentionJob {

    /** The lock's name in the table {@code shedlock}. */
    static final String LOCK = "retention";

    /** Who the history and the audit log say did it. */
    public static final String PRINCIPAL = "system:retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionSettings retention;
    private final CorrespondenceService correspondence;
    private final HistoryService history;
    private final PortalService portal;
    private final ClientService clients;
    private final AuditService audit;
    private final UserService users;
    private final MergeService merges;
    private final ApplicationEventPublisher events;

    RetentionJob(
            RetentionSettings retention,
            CorrespondenceService correspondence,
            HistoryService history,
            PortalService portal,
            ClientService clients,
            AuditService audit,
            UserService users,
            MergeService merges,
            ApplicationEventPublisher events) {
        this.retention = retention;
        this.correspondence = correspondence;
        this.history = history;
        this.portal = portal;
        this.clients = clients;
        this.audit = audit;
        this.users = users;
        this.merges = merges;
        this.events = events;
    }

    /**
     * The nightly run (at 02:30 Dutch time unless {@code klantregistratie.retention.cron} says
     * otherwise): empty when another instance holds the lock, or ran it less than ten minutes ago.
     */
    @Scheduled(cron = "${klantregistratie.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT10M")
    public Optional<RetentionReport> runNightly() {
        return Optional.of(run());
    }

    /** One run now, whatever the lock; for {@link #runNightly} and for tests. */
    public RetentionReport run() {
        return SystemWork.as(PRINCIPAL, Role.SUPPORT, () -> removeOld(Instant.now()));
    }

    private RetentionReport removeOld(Instant now) {
        List<String> failed = new ArrayList<>();
        int messages = remove(
                "berichten",
                failed,
                () -> correspondence.removeMadeBefore(OfficeTime.before(now, retention.correspondence())));
        int revisions = remove(
                "historie",
                failed,
                () -> history.removeHistoryOfDeletedBefore(OfficeTime.before(now, retention.deletedHistory())));
        int calls = remove(
                "portaalaanroepen",
                failed,
                () -> portal.removeCallsBefore(OfficeTime.before(now, retention.portalCalls())));
        int reveals = remove(
                "BSN-inzagen",
                failed,
                () -> clients.removeBsnRevealsBefore(OfficeTime.before(now, retention.securityLog())));
        int entries =
                remove("auditlog", failed, () -> audit.removeBefore(OfficeTime.before(now, retention.securityLog())));
        int signIns = remove("inlogtellingen", failed, () -> users.forgetOldSignInFailures());
        int merged = remove("samengevoegde registraties", failed, () -> merges.removeExpiredRecords(now));
        RetentionReport report =
                new RetentionReport(messages, revisions, calls, reveals, entries, signIns, merged, List.copyOf(failed));
        log.info("Retention: {}", report.detail());
        events.publishEvent(new AuditEvent(AuditEvent.Type.RETENTION, null, report.detail()));
        return report;
    }

    private static int remove(String kind, List<String> failed, IntSupplier removal) {
        try {
            return removal.getAsInt();
        } catch (RuntimeException e) {
            log.error("Retention: removing old {} failed; the next run tries again", kind, e);
            failed.add(kind);
            return 0;
        }
    }
}
