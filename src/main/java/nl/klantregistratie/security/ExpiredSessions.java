package nl.klantregistratie.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.klantregistratie.base.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Records a signed-in session that ended by itself (docs/decisions/0016) in the audit log: past its idle
 * or absolute limit when {@link SessionLimits} ends it at the next request, or when the servlet
 * container ends it after its timeout because no request came at all (the tab was closed). A session
 * ended by a logout or by applicatiebeheer ends before its limits and is not recorded here (the logout
 * and the account change are, themselves).
 */
@Component
class ExpiredSessions {

    private final SessionLimitsSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    ExpiredSessions(SessionLimitsSettings settings, ApplicationEventPublisher events) {
        this(settings, events, Clock.systemUTC());
    }

    ExpiredSessions(SessionLimitsSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(HttpSessionDestroyedEvent event) {
        @Nullable String username = signedIn(event);
        if (username == null) {
            return;
        }
        HttpSession session = event.getSession();
        long now = clock.millis();
        Optional<SessionLimits.Limit> limit = SessionLimits.limitPassed(session, now, settings);
        @Nullable
        String detail = limit.map(passed -> passed == SessionLimits.Limit.ABSOLUTE
                        ? "maximale duur (" + describe(settings.absolute()) + ")"
                        : "inactief (" + describe(settings.idle()) + ")")
                .orElse(timedOut(session, now) ? "inactief (" + describe(maxInactive(session)) + ")" : null);
        if (detail != null) {
            events.publishEvent(new AuditEvent(AuditEvent.Type.SESSION_EXPIRED, null, detail, username));
        }
    }

    /** The container's own timeout: no request at all for its maximum inactive interval. */
    private static boolean timedOut(HttpSession session, long now) {
        return session.getMaxInactiveInterval() > 0
                && now - session.getLastAccessedTime() >= maxInactive(session).toMillis();
    }

    private static Duration maxInactive(HttpSession session) {
        return Duration.ofSeconds(session.getMaxInactiveInterval());
    }

    private static @Nullable String signedIn(HttpSessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication authentication = context.getAuthentication();
            if (Principals.isSignedIn(authentication)) {
                return authentication.getName();
            }
        }
        return null;
    }

    /** "30 min", "10 uur". */
    static String describe(Duration duration) {
        return duration.toMinutes() % 60 == 0 && duration.toHours() > 0
                ? duration.toHours() + " uur"
                : duration.toMinutes() + " min";
    }
}
