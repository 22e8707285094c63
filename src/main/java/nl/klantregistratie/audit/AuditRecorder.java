package nl.klantregistratie.audit;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.AuditEvent.Type;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Principals;
import nl.klantregistratie.security.UserService;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stores what happens as audit entries, in a transaction of their own.
 *
 * <ul>
 *   <li>Sign-ins, logouts, expired sessions and refusals are stored at once, whatever becomes of a
 *       transaction around them: a refused call usually rolls its caller back, and the refusal must stay.
 *   <li>Everything else (a role change, a BSN shown, an export, an API key) is stored when the
 *       transaction it happened in commits, and not at all when it rolls back: then it did not happen.
 *       Without a transaction, at once.
 * </ul>
 *
 * Who: the event's actor, else the signed-in user, else {@link AuditEntry#ANONYMOUS} in a request and
 * {@link AuditEntry#SYSTEM} outside one. For a sign-in the actor counts only as the account it
 * resolves to: a name that is no account is stored as {@link AuditEntry#UNKNOWN_USERNAME}, never as
 * typed (it may be a password typed into the name field). From where: the address of the current HTTP
 * request (behind the proxy the browser's, docs/decisions/0016). A failure to store is logged with
 * everything the entry would have held, and never fails the user's action.
 */
@Component
class AuditRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

    /** Stored at once, even when a transaction around them rolls back. */
    private static final Set<Type> AT_ONCE = EnumSet.of(
            Type.LOGIN,
            Type.LOGIN_FAILED,
            Type.LOGIN_THROTTLED,
            Type.LOGOUT,
            Type.SESSION_EXPIRED,
            Type.ACCESS_DENIED,
            Type.CALL_DENIED);

    /** Whose actor is a name someone typed into the login form. */
    private static final Set<Type> SIGN_IN = EnumSet.of(Type.LOGIN, Type.LOGIN_FAILED, Type.LOGIN_THROTTLED);

    private final EntityManager entityManager;
    private final TransactionTemplate ownTransaction;
    private final UserService users;

    AuditRecorder(EntityManager entityManager, PlatformTransactionManager transactions, UserService users) {
        this.entityManager = entityManager;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.users = users;
    }

    @EventListener
    void atOnce(AuditEvent event) {
        if (AT_ONCE.contains(event.type())) {
            record(event);
        }
    }

    /**
     * Every other event waits for its transaction: the events of one transaction are stored together,
     * in one transaction of their own, when it commits (an import of thousands of klanten with a BSN
     * then costs one audit commit per chunk, not one per klant), and dropped when it rolls back.
     */
    @EventListener
    void afterCommit(AuditEvent event) {
        if (AT_ONCE.contains(event.type())) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            record(event);
            return;
        }
        // the synchronizations are the current transaction's own (a REQUIRES_NEW inside has its own)
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance)
                .map(Pending.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    Pending created = new Pending();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        // who and from where as at the moment it happened
        pending.entries.add(entry(event, clientAddress()));
    }

    /** A transaction's audit entries, stored in one transaction of their own when it has committed. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                recordAll(entries);
            }
        }
    }

    private void recordAll(List<AuditEntry> entries) {
        try {
            ownTransaction.executeWithoutResult(status -> entries.forEach(entityManager::persist));
        } catch (RuntimeException e) {
            for (AuditEntry entry : entries) {
                log.error("Audit entry not stored: {}", entry, e);
            }
        }
    }

    /**
     * A service method refused by method security (the user's role does not allow it), and a web
     * address refused to a signed-in user. Web addresses refused before sign-in are not recorded: they
     * are every visit before the login page, and the login records who signed in.
     */
    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        @Nullable String actor = Principals.isSignedIn(authentication) ? authentication.getName() : null;
        Object object = event.getObject();
        if (object instanceof MethodInvocationResult result) {
            object = result.getMethodInvocation();
        }
        if (object instanceof MethodInvocation invocation) {
            String method = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            record(new AuditEvent(Type.CALL_DENIED, method, null, actor));
        } else if (object instanceof HttpServletRequest request && actor != null) {
            record(new AuditEvent(Type.ACCESS_DENIED, request.getRequestURI(), null, actor));
        }
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        record(new AuditEvent(Type.LOGOUT, null, null, event.getAuthentication().getName()));
    }

    /** Stores the event; logs it instead when that fails. */
    void record(AuditEvent event) {
        @Nullable String address = clientAddress();
        try {
            ownTransaction.executeWithoutResult(status -> entityManager.persist(entry(event, address)));
        } catch (RuntimeException e) {
            log.error(
                    "Audit entry not stored: {} by {} from {}: {} / {}",
                    event.type(),
                    AuditTexts.clean(event.actor(), AuditEntry.USERNAME_LENGTH),
                    address,
                    AuditTexts.clean(event.subject(), AuditEntry.SUBJECT_LENGTH),
                    AuditTexts.clean(event.detail(), AuditEntry.DETAIL_LENGTH),
                    e);
        }
    }

    private AuditEntry entry(AuditEvent event, @Nullable String address) {
        boolean signIn = SIGN_IN.contains(event.type());
        String who = signIn ? account(event.actor()) : who(event.actor(), address != null);
        @Nullable String subject = signIn && event.subject() != null ? account(event.subject()) : event.subject();
        return new AuditEntry(
                Instant.now(),
                orUnknown(AuditTexts.clean(who, AuditEntry.USERNAME_LENGTH)),
                address,
                event.type(),
                AuditTexts.clean(subject, AuditEntry.SUBJECT_LENGTH),
                AuditTexts.clean(event.detail(), AuditEntry.DETAIL_LENGTH));
    }

    /** The account the typed name resolves to, or {@link AuditEntry#UNKNOWN_USERNAME}: never the name as typed. */
    private String account(@Nullable String typed) {
        return typed == null
                ? AuditEntry.UNKNOWN_USERNAME
                : users.findByUsername(typed).map(AppUser::getUsername).orElse(AuditEntry.UNKNOWN_USERNAME);
    }

    private static String who(@Nullable String actor, boolean inRequest) {
        if (actor != null && !actor.isBlank()) {
            return actor;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (Principals.isSignedIn(authentication)) {
            return authentication.getName();
        }
        return inRequest ? AuditEntry.ANONYMOUS : AuditEntry.SYSTEM;
    }

    private static String orUnknown(@Nullable String who) {
        return who == null ? AuditEntry.UNKNOWN_USERNAME : who;
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return AuditTexts.clean(attributes.getRequest().getRemoteAddr(), AuditEntry.ADDRESS_LENGTH);
        }
        return null;
    }
}
