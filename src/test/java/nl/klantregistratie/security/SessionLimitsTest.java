package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * A session ends after 30 minutes without user activity, even while its tab sends heartbeats, and
 * 10 hours after signing in however active the user is.
 */
class SessionLimitsTest {

    private Instant now = Instant.now();
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SessionLimits limits =
            new SessionLimits(new SessionLimitsSettings(Duration.ofMinutes(30), Duration.ofHours(10)), clock);
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void heartbeatsOfAnOpenTabDoNotKeepTheSessionAlive() throws Exception {
        request("/klanten");
        for (int minute = 5; minute <= 30; minute += 5) {
            later(Duration.ofMinutes(5));
            assertThat(request("/?v-r=heartbeat&v-uiId=0").getRedirectedUrl()).isNull();
        }
        later(Duration.ofMinutes(1));

        MockHttpServletResponse next = request("/?v-r=heartbeat&v-uiId=0");

        assertThat(session.isInvalid()).isTrue();
        assertThat(next.getRedirectedUrl())
                .as("Vaadin answers 'session expired' itself")
                .isNull();
    }

    @Test
    void whatTheUserDoesKeepsTheSessionAlive() throws Exception {
        for (int i = 0; i < 12; i++) {
            later(Duration.ofMinutes(25));
            request("/?v-r=uidl&v-uiId=0");
        }
        assertThat(session.isInvalid())
                .as("5 hours of work with pauses shorter than 30 minutes")
                .isFalse();
    }

    @Test
    void aPageAfterTheIdleTimeGoesToTheLoginPageSayingWhy() throws Exception {
        request("/klanten");
        later(Duration.ofMinutes(31));

        MockHttpServletResponse page = request("/contactpersonen");

        assertThat(session.isInvalid()).isTrue();
        assertThat(page.getRedirectedUrl()).isEqualTo("/login?verlopen");
    }

    @Test
    void tenHoursAfterSigningInTheSessionEndsHoweverActive() throws Exception {
        for (int i = 0; i < 60; i++) {
            later(Duration.ofMinutes(10));
            request("/?v-r=uidl&v-uiId=0");
        }
        assertThat(session.isInvalid()).isFalse();
        later(Duration.ofMinutes(1));

        request("/?v-r=uidl&v-uiId=0");

        assertThat(session.isInvalid()).isTrue();
    }

    private void later(Duration duration) {
        now = now.plus(duration);
    }

    private MockHttpServletResponse request(String uri) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri.replaceAll("\\?.*", ""));
        if (uri.contains("?")) {
            for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
                String[] parts = pair.split("=");
                request.addParameter(parts[0], parts[1]);
            }
        }
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        if (!session.isInvalid()) {
            limits.doFilter(request, response, new MockFilterChain());
        }
        return response;
    }
}
