package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ErrorReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Errors in event handlers. A service's refusal that the screen did not catch itself (a colleague
 * holding the data: "in gebruik door een collega") is shown as that refusal, in the user's language.
 * Anything else is unexpected: logged with a reference, shown as a Dutch notification with that
 * reference. No stack trace or SQL reaches the browser.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        @Nullable DomainException refusal = refusalIn(event.getThrowable());
        if (refusal != null) {
            if (ui != null) {
                ui.access(() -> Notifications.refused(refusal));
            }
            return;
        }
        String reference = ErrorReference.log(event.getThrowable());
        if (ui != null) {
            ui.access(() -> show(ui, reference));
        }
    }

    private static @Nullable DomainException refusalIn(Throwable failure) {
        for (@Nullable Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return refusal;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
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
