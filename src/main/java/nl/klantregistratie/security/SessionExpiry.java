package nl.klantregistratie.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * An open tab whose session ended (idle, too long, or ended by applicatiebeheer) goes to the login
 * page by itself, which says why, instead of showing Vaadin's "session expired" box.
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
            messages.setSessionExpiredURL(
                    (info.getRequest() == null ? "" : info.getRequest().getContextPath()) + "/" + LOCATION);
            return messages;
        });
    }
}
