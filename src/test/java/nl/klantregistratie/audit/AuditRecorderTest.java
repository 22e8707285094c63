package nl.klantregistratie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.AuditEvent.Type;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How an event becomes an entry: refusals and sign-ins at once, whatever the transaction around them
 * does; changes only when their transaction commits; who and from where; a typed name that is no
 * account never stored as typed; any type stored; a failure to store never fails the action.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditRecorderTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditService audit;

    @Autowired
    UserService users;

    @Autowired
    PlatformTransactionManager transactions;

    private static String marker() {
        return "recorder" + TestData.uniqueSuffix(RUN.incrementAndGet());
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aChangeIsStoredWhenItsTransactionCommits_andNotWhenItRollsBack() {
        login(Role.SUPPORT);
        String marker = marker();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(
                status -> events.publishEvent(new AuditEvent(Type.USER_CHANGED, marker + " committed", "rol: A → B")));
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new AuditEvent(Type.USER_CHANGED, marker + " rolled back", "rol: A → B"));
            status.setRollbackOnly();
        });

        assertThat(AuditTrail.containing(audit, marker)).singleElement().satisfies(entry -> {
            assertThat(entry.getSubject()).isEqualTo(marker + " committed");
            assertThat(entry.getUsername()).isEqualTo("support");
            assertThat(entry.getType()).isEqualTo(Type.USER_CHANGED);
        });
    }

    @Test
    void aRefusedCallIsStoredEvenWhenItsCallerRollsBack() {
        login(Role.MEDEWERKER);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        long mark = AuditTrail.mark(audit);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> users.findAll()))
                .isInstanceOf(AuthorizationDeniedException.class);

        AuditEntry refused = AuditTrail.since(audit, mark, Type.CALL_DENIED).getFirst();
        assertThat(refused.getSubject()).isEqualTo("UserService.findAll");
        assertThat(refused.getUsername()).isEqualTo("medewerker");
    }

    @Test
    void aSignInUnderANameThatIsNoAccountIsStoredAsUnknown_neverAsTyped() {
        String typed = "Geheim-" + marker(); // a password typed into the name field
        long mark = AuditTrail.mark(audit);

        events.publishEvent(new AuditEvent(Type.LOGIN_FAILED, typed, "gebruikersnaam onbekend", typed));

        AuditEntry failed = AuditTrail.since(audit, mark, Type.LOGIN_FAILED).getFirst();
        assertThat(failed.getUsername()).isEqualTo(AuditEntry.UNKNOWN_USERNAME);
        assertThat(failed.getSubject()).isEqualTo(AuditEntry.UNKNOWN_USERNAME);
        assertThat(failed.toString()).doesNotContain("Geheim");
    }

    @Test
    void aSignInUnderAnAccountIsStoredUnderTheAccountAsItIsKept() {
        long mark = AuditTrail.mark(audit);

        events.publishEvent(new AuditEvent(Type.LOGIN, null, null, "  MANAGER "));

        assertThat(AuditTrail.since(audit, mark, Type.LOGIN))
                .singleElement()
                .extracting(AuditEntry::getUsername)
                .isEqualTo("manager");
    }

    @Test
    void everyTypeIsStored_alsoThoseOtherWorkWillPublish() {
        login(Role.SUPPORT);
        String marker = marker();

        Arrays.stream(Type.values())
                .forEach(type -> events.publishEvent(new AuditEvent(type, null, marker + " " + type.name())));

        assertThat(AuditTrail.containing(audit, marker))
                .extracting(AuditEntry::getType)
                .containsExactlyInAnyOrder(Type.values());
    }

    @Test
    void whoAndFromWhere_theSignedInUserOrAnonymousInARequest_theSystemOutsideOne() {
        String marker = marker();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.44");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        events.publishEvent(new AuditEvent(Type.ACCESS_DENIED, marker + " anonymous", null));
        login(Role.MANAGER);
        events.publishEvent(new AuditEvent(Type.ACCESS_DENIED, marker + " manager", null));
        logout();
        RequestContextHolder.resetRequestAttributes();
        events.publishEvent(new AuditEvent(Type.RETENTION, marker + " system", null));

        assertThat(AuditTrail.containing(audit, marker))
                .extracting(AuditEntry::getSubject, AuditEntry::getUsername, AuditEntry::getClientAddress)
                .containsExactly(
                        tuple(marker + " system", AuditEntry.SYSTEM, null),
                        tuple(marker + " manager", "manager", "192.0.2.44"),
                        tuple(marker + " anonymous", AuditEntry.ANONYMOUS, "192.0.2.44"));
    }

    @Test
    void textsAreStoredOnOneLineWithoutABsn() {
        login(Role.MEDEWERKER);
        String marker = marker();

        events.publishEvent(new AuditEvent(Type.BSN_REVEALED, marker + "\r\nsupport LOGIN 111222333", "\u202Eabc"));

        AuditEntry entry = AuditTrail.containing(audit, marker).getFirst();
        assertThat(entry.getSubject()).isEqualTo(marker + "  support LOGIN *********");
        assertThat(entry.getDetail()).isEqualTo("abc");
    }

    @Test
    void aFailureToStoreIsLoggedWithTheEntry_andTheActionGoesOn(CapturedOutput output) {
        EntityManager broken = mock(EntityManager.class);
        doThrow(new PersistenceException("database gone")).when(broken).persist(any());
        AuditRecorder recorder = new AuditRecorder(broken, transactions, users);

        assertThatCode(() -> recorder.record(new AuditEvent(Type.USER_DEACTIVATED, "gerda", null)))
                .doesNotThrowAnyException();

        assertThat(output.getOut() + output.getErr())
                .contains("Audit entry not stored: USER_DEACTIVATED")
                .contains("gerda");
    }
}
