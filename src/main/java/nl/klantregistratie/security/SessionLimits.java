package nl.klantregistratie.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in HTTP session after {@link SessionLimitsSettings#idle} without user activity and
 * {@link SessionLimitsSettings#absolute} after signing in, whatever the tab does meanwhile: Vaadin's
 * heartbeats (a tab that is merely open) do not count as activity. Runs before Spring Security reads
 * the session, so the request that comes too late is already signed out: a page is sent to the
 * login page with the reason, a Vaadin request gets "session expired", which makes the tab reload
 * its page by itself ({@link SessionExpiry}); so does a page asked for in a session this instance
 * does not know (timed out, or held by an instance that stopped). After signing in the user is back
 * on that page. A session nobody has signed in to (the login page left open) is
 * not limited: the sign-in that finally comes must not be turned away as "expired".
 */
final class SessionLimits extends OncePerRequestFilter {

    /** Session attribute: when the user last did something (epoch millis). */
    static final String LAST_ACTIVITY = SessionLimits.class.getName() + ".lastActivity";

    /** Session attribute: when the first signed-in request came (epoch millis), the absolute limit's start. */
    static final String SIGNED_IN_AT = SessionLimits.class.getName() + ".signedInAt";

    /** Cookie: this browser's session ended a moment ago (no value worth anything to anyone). */
    static final String ENDED_MARK = "KR_SESSION_ENDED";

    /** Spring Security's own store of the page to return to after signing in. */
    private static final RequestCache PAGES = new HttpSessionRequestCache();

    private final SessionLimitsSettings settings;
    private final Clock clock;

    SessionLimits(SessionLimitsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        boolean signedIn = session != null && isSignedIn(session);
        if (signedIn) {
            long now = clock.millis();
            if (session.getAttribute(SIGNED_IN_AT) == null) {
                session.setAttribute(SIGNED_IN_AT, now);
                session.setAttribute(LAST_ACTIVITY, now);
            }
            boolean heartbeat = isHeartbeat(request);
            if (expired(session, now)) {
                session.invalidate();
                if (!isVaadinRequest(request)) {
                    toLoginAndBack(request, response);
                    return;
                }
                rememberEnded(request, response);
            } else if (!heartbeat) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        } else if (isPage(request) && (hasEndedMark(request) || isOfUnknownSession(request))) {
            toLoginAndBack(request, response);
            return;
        } else if (isVaadinRequest(request) && isOfUnknownSession(request)) {
            rememberEnded(request, response); // the tab reloads its page next (SessionExpiry)
        }
        chain.doFilter(request, response);
    }

    /**
     * A request with a session this instance does not know: it timed out, or the instance that
     * held it stopped (another one of several, or this one restarted).
     */
    private static boolean isOfUnknownSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    /** A page the browser navigates to (not the login page, not a resource, not a Vaadin request). */
    private static boolean isPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && accept != null
                && accept.contains("text/html")
                && !isVaadinRequest(request)
                && !path.equals("/login");
    }

    /**
     * Marks the browser whose session just ended, for the page its tab reloads next: the request
     * that reported the end may already have given it a new, empty session, which alone would not
     * say that a session ended.
     */
    private static void rememberEnded(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(endedMark(request, 60));
    }

    private static boolean hasEndedMark(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(cookie -> ENDED_MARK.equals(cookie.getName()));
    }

    private static Cookie endedMark(HttpServletRequest request, int maxAgeSeconds) {
        Cookie mark = new Cookie(ENDED_MARK, "1");
        mark.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        mark.setHttpOnly(true);
        mark.setSecure(request.isSecure());
        mark.setMaxAge(maxAgeSeconds);
        return mark;
    }

    /** To the login page, which says why; after signing in, back to the page the user was on. */
    private static void toLoginAndBack(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addCookie(endedMark(request, 0));
        PAGES.saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + "/" + SessionExpiry.LOCATION);
    }

    private boolean expired(HttpSession session, long now) {
        return limitPassed(session, now, settings).isPresent();
    }

    /** The limit a session is past at this moment (epoch millis), if any: the absolute one first. */
    static Optional<Limit> limitPassed(HttpSession session, long now, SessionLimitsSettings settings) {
        if (session.getAttribute(SIGNED_IN_AT) instanceof Long signedIn
                && now - signedIn > settings.absolute().toMillis()) {
            return Optional.of(Limit.ABSOLUTE);
        }
        if (session.getAttribute(LAST_ACTIVITY) instanceof Long last
                && now - last > settings.idle().toMillis()) {
            return Optional.of(Limit.IDLE);
        }
        return Optional.empty();
    }

    /** Whether someone has signed in to this session (not the anonymous visitor of the login page). */
    static boolean isSignedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && Principals.isSignedIn(context.getAuthentication());
    }

    /** The two ways a session ends by itself. */
    enum Limit {
        /** {@link SessionLimitsSettings#idle} without anything the user did. */
        IDLE,
        /** {@link SessionLimitsSettings#absolute} after signing in. */
        ABSOLUTE
    }

    /** A tab's "still open" signal, not something the user did. */
    static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }

    /** UIDL, heartbeat and push requests of an open tab: they cannot follow a redirect to a page. */
    private static boolean isVaadinRequest(HttpServletRequest request) {
        return request.getParameter("v-r") != null || request.getRequestURI().endsWith("/VAADIN/push");
    }
}
