package nl.klantregistratie.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** The login page after a throttled sign-in says how long to wait, in Dutch. */
class LoginViewTest extends KaribuTest {

    @Test
    void aThrottledSignInSaysHowLongToWait() {
        logout();
        navigate("login?wacht=12");

        Paragraph throttled = _get(Paragraph.class, spec -> spec.withId("login-throttled"));
        assertThat(throttled.getText())
                .isEqualTo("Te veel mislukte inlogpogingen. Probeer het over 12 seconden opnieuw.");
    }

    @Test
    void withoutAWaitNothingIsSaid() {
        logout();
        navigate("login");

        assertThat(_find(Paragraph.class, spec -> spec.withId("login-throttled")))
                .isEmpty();
    }
}
