package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.time.Duration;
import nl.klantregistratie.test.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * A session ends after 30 minutes without user activity, even while its tab sends heartbeats, and
 * 10 hours after signing in however active the user is.
 */
class SessionLimitsTest {

    private final MovableClock clock = new MovableClock();
    private final SessionLimits limits =
            new SessionLimits(new SessionLimitsSettings(Duration.ofMinutes(30), Duration.ofHours(10)), clock);
    private final MockHttpSession session = signedIn();

    private static MockHttpSession signedIn() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        "medewerker", null, AuthorityUtils.createAuthorityList("ROLE_MEDEWERKER"))));
        return session;
    }

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
        request("/"); // the first request signed in
        for (int i = 0; i < 60; i++) {
            later(Duration.ofMinutes(10));
            request("/?v-r=uidl&v-uiId=0");
        }
        assertThat(session.isInvalid()).isFalse();
        later(Duration.ofMinutes(1));

        request("/?v-r=uidl&v-uiId=0");

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theLoginPageLeftOpenIsNoExpiredSession_theSignInThatComesLateIsLetThrough() throws Exception {
        MockHttpSession visitor = new MockHttpSession();
        request(visitor, "/login");
        later(Duration.ofHours(11));

        MockHttpServletResponse signIn = request(visitor, "/login");

        assertThat(visitor.isInvalid()).isFalse();
        assertThat(signIn.getRedirectedUrl()).isNull();
    }

    @Test
    void theTenHoursCountFromSigningIn_notFromWhenTheLoginPageWasOpened() throws Exception {
        MockHttpSession visitor = new MockHttpSession();
        request(visitor, "/login");
        later(Duration.ofHours(2)); // the login page stood open
        visitor.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                signedIn().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        for (int i = 0; i < 59; i++) {
            request(visitor, "/?v-r=uidl&v-uiId=0");
            later(Duration.ofMinutes(10));
        }

        request(visitor, "/?v-r=uidl&v-uiId=0");
        assertThat(visitor.isInvalid()).as("9 h 50 min after signing in").isFalse();
        later(Duration.ofMinutes(11));
        request(visitor, "/?v-r=uidl&v-uiId=0");
        assertThat(visitor.isInvalid()).isTrue();
    }

    @Test
    void afterTheIdleTimeTheUserReturnsToThePageTheyWereOnOnceSignedIn() throws Exception {
        request("/klanten");
        later(Duration.ofMinutes(31));
        MockHttpServletRequest page = page("/contactpersonen/42", "stale-session");
        page.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();

        limits.doFilter(page, response, new MockFilterChain());

        assertSentToTheLoginPageAndBackTo(page, response, "/contactpersonen/42");
    }

    @Test
    void aPageInASessionThisInstanceDoesNotKnowGoesToTheLoginPageAndBack() throws Exception {
        MockHttpServletRequest page = page("/klanten/persoon/7", "session-of-an-instance-that-died");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        limits.doFilter(page, response, chain);

        assertThat(chain.getRequest()).as("not passed on").isNull();
        assertSentToTheLoginPageAndBackTo(page, response, "/klanten/persoon/7");
    }

    @Test
    void aVaadinRequestOrAFirstVisitIsLetThroughAsItIs() throws Exception {
        MockHttpServletRequest uidl = page("/", "session-of-an-instance-that-died");
        uidl.setMethod("POST");
        uidl.addParameter("v-r", "uidl");
        MockFilterChain uidlChain = new MockFilterChain();
        MockHttpServletResponse uidlResponse = new MockHttpServletResponse();
        limits.doFilter(uidl, uidlResponse, uidlChain);
        assertThat(uidlChain.getRequest())
                .as("Vaadin answers 'session expired' itself")
                .isNotNull();
        assertThat(uidlResponse.getCookie(SessionLimits.ENDED_MARK))
                .as("marked for the page the tab reloads next")
                .isNotNull();

        MockHttpServletRequest firstVisit = page("/klanten", null);
        MockFilterChain firstChain = new MockFilterChain();
        limits.doFilter(firstVisit, new MockHttpServletResponse(), firstChain);
        assertThat(firstChain.getRequest())
                .as("no session asked for: Spring Security sends it to the login page")
                .isNotNull();
    }

    @Test
    void thePageATabReloadsWhenItsSessionEndedGoesToTheLoginPageAndBackEvenInANewSession() throws Exception {
        MockHttpServletRequest reload = page("/klanten", null);
        reload.setSession(new MockHttpSession()); // Vaadin's answer may have started an empty one
        reload.setCookies(new Cookie(SessionLimits.ENDED_MARK, "1"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        limits.doFilter(reload, response, new MockFilterChain());

        assertSentToTheLoginPageAndBackTo(reload, response, "/klanten");
        assertThat(response.getCookie(SessionLimits.ENDED_MARK).getMaxAge())
                .as("the mark is used once")
                .isZero();
    }

    /** To the login page with the reason, and the page saved for Spring Security to return to. */
    private static void assertSentToTheLoginPageAndBackTo(
            MockHttpServletRequest page, MockHttpServletResponse response, String path) {
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?verlopen");
        assertThat(new HttpSessionRequestCache().getRequest(page, response))
                .as("the page Spring Security returns to after signing in")
                .isNotNull()
                .extracting(SavedRequest::getRedirectUrl)
                .asString()
                .endsWith(path + "?continue");
    }

    /** A browser's page request, with the session cookie it still has (null: none). */
    private static MockHttpServletRequest page(String uri, String sessionId) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        if (sessionId != null) {
            request.setRequestedSessionId(sessionId);
            request.setRequestedSessionIdValid(false);
        }
        return request;
    }

    private void later(Duration duration) {
        clock.pass(duration);
    }

    private MockHttpServletResponse request(String uri) throws ServletException, IOException {
        return request(session, uri);
    }

    private MockHttpServletResponse request(MockHttpSession session, String uri) throws ServletException, IOException {
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
