package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.klantregistratie.base.DomainException;

/**
 * The app's two kinds of short messages. One at a time per browser tab: a new message replaces the
 * one still shown, so that messages never pile up over the work.
 */
public final class Notifications {

    private Notifications() {}

    public static Notification success(String text) {
        Notification notification = new Notification(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return show(notification);
    }

    /** Stays longer and in the middle: the user must read it. */
    public static Notification error(String text) {
        Notification notification = new Notification(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return show(notification);
    }

    /** A service's refusal, in the user's language. */
    public static Notification refused(DomainException refusal) {
        return error(text(refusal));
    }

    /** The refusal's text in the language of the current UI (for a dialog or a field). */
    public static String text(DomainException refusal) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return refusal.getMessage();
        }
        return ui.getTranslation(refusal.getMessageKey(), refusal.getArguments());
    }

    private static Notification show(Notification notification) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification previous = ComponentUtil.getData(ui, Notification.class);
            if (previous != null && previous.isOpened()) {
                previous.close();
            }
            ComponentUtil.setData(ui, Notification.class, notification);
        }
        notification.open();
        return notification;
    }
}
