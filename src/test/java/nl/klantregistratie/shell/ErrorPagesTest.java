package nl.klantregistratie.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import nl.klantregistratie.base.BusyException;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** Unexpected errors reach the user as Dutch text with a reference, never as a stack trace or SQL. */
class ErrorPagesTest extends KaribuTest {

    static final String SECRET = "SQL [select bsn from klant] failed";

    /** A page that fails while opening, as a broken feature would. */
    @Route("test-kapot")
    @PermitAll
    public static class FailingView extends VerticalLayout {
        public FailingView() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void aFailingPageShowsADutchMessageWithAReference() {
        login(Role.MEDEWERKER);
        navigate("test-kapot");

        String text = BasicUtilsKt.get_textRecursively(_get(InternalErrorView.class));
        assertThat(text).contains("Er is iets misgegaan").containsPattern("referentie [A-Z0-9]{8}");
        assertThat(text).doesNotContain("SQL").doesNotContain("IllegalStateException");
    }

    @Test
    void anUnexpectedErrorInAnActionShowsADutchNotificationWithAReference() {
        login(Role.MEDEWERKER);
        navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(SECRET)));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        Notification notification = NotificationsKt.getNotifications().getFirst();
        String text = notification.getElement().getProperty("text");
        assertThat(text).startsWith("Er is iets misgegaan").containsPattern("referentie [A-Z0-9]{8}");
        assertThat(text).doesNotContain("SQL");
    }

    @Test
    void aRefusalNoScreenCaughtIsShownAsThatRefusal_notAsAnUnexpectedError() {
        login(Role.SUPPORT);
        navigate("");

        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException(new BusyException(new RuntimeException(SECRET)))));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        String text = NotificationsKt.getNotifications().getFirst().getElement().getProperty("text");
        assertThat(text)
                .contains("collega")
                .doesNotContain("Er is iets misgegaan")
                .doesNotContain(SECRET);
    }

    @Test
    void anUnknownAddressShowsTheDutchNotFoundPage() {
        login(Role.MEDEWERKER);
        navigate("bestaat-niet");

        assertThat(BasicUtilsKt.get_textRecursively(_get(NotFoundView.class))).contains("Pagina niet gevonden");
    }
}
