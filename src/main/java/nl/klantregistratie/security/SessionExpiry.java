package nl.klantregistratie.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * An open tab whose session ended (idle, too long, or the instance that held it stopped) reloads its
 * page by itself instead of showing Vaadin's "session expired" box; {@link SessionLimits} sends
 * that page to the login page, which says why, and after signing in the user is back on it.
 */
@Component
class SessionExpiry implements VaadinServiceInitListener {

    /** The login page with the note that the session ended by itself. */
    static final String LOCATION = "login?verlopen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL(null); // reload the page the tab shows
            return messages;
        });
    }
}
