package nl.klantregistratie.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** The load test's baseline view: absent from the product, present with the profile "loadtest". */
class LoadBaselineViewTest extends KaribuTest {

    @Test
    void withoutTheLoadTestProfileTheAddressDoesNotExist() {
        login(Role.MEDEWERKER);
        navigate(LoadBaselineView.ROUTE);

        assertThat(BasicUtilsKt.get_textRecursively(_get(NotFoundView.class))).contains("Pagina niet gevonden");
    }

    @Test
    void registeredItAnswersTypingAndClicksWithOneText() {
        new LoadBaselineRoute().serviceInit(new ServiceInitEvent(VaadinService.getCurrent()));
        login(Role.MEDEWERKER);
        navigate(LoadBaselineView.ROUTE);

        _get(TextField.class, spec -> spec.withId("baseline-text")).setValue("jans");
        assertThat(_get(Span.class, spec -> spec.withId("baseline-answer")).getText())
                .isEqualTo("4 tekens");
        Button button = _get(Button.class, spec -> spec.withId("baseline-button"));
        _click(button);
        _click(button);
        assertThat(_get(Span.class, spec -> spec.withId("baseline-answer")).getText())
                .isEqualTo("2 keer geklikt");
    }
}
