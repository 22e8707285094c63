package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.klantregistratie.base.ErrorReference;
import org.springframework.stereotype.Component;

/**
 * Unexpected errors in event handlers: logged with a reference, shown to the user as a Dutch
 * notification with that reference. No stack trace or SQL reaches the browser.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String reference = ErrorReference.log(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(ui, reference));
        }
    }

    static void show(UI ui, String reference) {
        Notification notification =
                new Notification(ui.getTranslation("error.unexpected", reference), 0, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
        notification.setDuration(10_000);
        notification.open();
    }
}
