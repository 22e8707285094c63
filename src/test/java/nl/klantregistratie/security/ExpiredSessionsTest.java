package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.klantregistratie.base.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

/**
 * A signed-in session that ends past its idle or absolute limit, or by the container's timeout, goes to
 * the audit log as expired; one ended by a logout or by applicatiebeheer, or one nobody signed in to,
 * does not.
 */
class ExpiredSessionsTest {

    private final Instant start = Instant.parse("2026-12-03T08:00:00Z");
    private final List<Object> published = new ArrayList<>();
    private final SessionLimitsSettings settings =
            new SessionLimitsSettings(Duration.ofMinutes(30), Duration.ofHours(10));

    @Test
    void pastTheIdleLimit() {
        MockHttpSession session = signedIn("anna");
        session.setAttribute(SessionLimits.LAST_ACTIVITY, start.toEpochMilli());

        end(session, start.plus(Duration.ofMinutes(31)));

        assertThat(published)
                .singleElement()
                .isEqualTo(new AuditEvent(AuditEvent.Type.SESSION_EXPIRED, null, "inactief (30 min)", "anna"));
    }

    @Test
    void pastTheAbsoluteLimit() {
        MockHttpSession session = signedIn("anna");
        session.setAttribute(SessionLimits.SIGNED_IN_AT, start.toEpochMilli());
        session.setAttribute(
                SessionLimits.LAST_ACTIVITY, start.plus(Duration.ofHours(10)).toEpochMilli());

        end(session, start.plus(Duration.ofHours(10).plusMinutes(1)));

        assertThat(published)
                .singleElement()
                .isEqualTo(new AuditEvent(AuditEvent.Type.SESSION_EXPIRED, null, "maximale duur (10 uur)", "anna"));
    }

    @Test
    void endedByTheContainerAfterItsTimeout() {
        MockHttpSession session = signedIn("anna");
        session.setMaxInactiveInterval(45 * 60);

        end(session, Instant.ofEpochMilli(session.getLastAccessedTime()).plus(Duration.ofMinutes(45)));

        assertThat(published)
                .singleElement()
                .isEqualTo(new AuditEvent(AuditEvent.Type.SESSION_EXPIRED, null, "inactief (45 min)", "anna"));
    }

    @Test
    void aLogoutOrAnEndBeforeTheLimitsIsNoExpiry() {
        MockHttpSession session = signedIn("anna");
        session.setAttribute(
                SessionLimits.LAST_ACTIVITY, start.plus(Duration.ofMinutes(50)).toEpochMilli());
        session.setMaxInactiveInterval(30 * 60);

        end(session, start.plus(Duration.ofMinutes(55)));

        assertThat(published).isEmpty();
    }

    @Test
    void aSessionNobodySignedInToIsNotRecorded() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));

        end(session, start.plus(Duration.ofHours(11)));

        assertThat(published).isEmpty();
    }

    private MockHttpSession signedIn(String username) {
        MockHttpSession session = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return start.toEpochMilli();
            }

            @Override
            public long getLastAccessedTime() {
                return start.plus(Duration.ofMinutes(50)).toEpochMilli();
            }
        };
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_MEDEWERKER"))));
        return session;
    }

    private void end(MockHttpSession session, Instant now) {
        new ExpiredSessions(settings, published::add, Clock.fixed(now, ZoneOffset.UTC))
                .on(new HttpSessionDestroyedEvent(session));
    }
}
