package nl.klantregistratie.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.klantregistratie.base.Announcements;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of an account at once (deactivated, its role changed or its password reset). Two layers: Spring
 * Security's session registry marks the user's HTTP sessions expired, so their next request is
 * signed out whatever it is; and each open Vaadin UI of the user is sent to the login page right away
 * over push, which makes that request. Every instance of the application does so for its own sessions
 * ({@link Announcements}).
 */
@Component
class LiveSessions implements VaadinServiceInitListener {

    /** The login page with the note that applicatiebeheer ended the session. */
    static final String ENDED_LOCATION = "login?ended";

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    private static final String CHANNEL = "sessions-ending";

    private final SessionRegistry registry;
    private final Announcements announcements;
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    LiveSessions(SessionRegistry registry, Announcements announcements) {
        this.registry = registry;
        this.announcements = announcements;
        announcements.listen(CHANNEL, this::end);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserService.SessionsEnding event) {
        announcements.announce(CHANNEL, event.username());
    }

    /** Ends every session of the user in this instance. */
    void end(String username) {
        int expired = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails details
                    && details.getUsername().equalsIgnoreCase(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    expired++;
                }
            }
        }
        int closed = 0;
        for (VaadinSession session : sessions) {
            if (username.equalsIgnoreCase(usernameOf(session))) {
                session.access(() -> session.getUIs().forEach(ui -> ui.getPage().setLocation(ENDED_LOCATION)));
                closed++;
            }
        }
        log.info(
                "Ended the sessions of '{}': {} HTTP session(s) expired, {} Vaadin session(s) sent to the login page",
                username,
                expired,
                closed);
    }

    private static @Nullable String usernameOf(VaadinSession session) {
        try {
            if (session.getSession() != null
                    && session.getSession()
                                    .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                            instanceof SecurityContext context
                    && context.getAuthentication() != null) {
                return context.getAuthentication().getName();
            }
        } catch (IllegalStateException e) { // the HTTP session was invalidated meanwhile
            return null;
        }
        return null;
    }
}
