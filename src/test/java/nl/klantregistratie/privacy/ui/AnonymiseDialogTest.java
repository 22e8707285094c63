package nl.klantregistratie.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Acties → Anonimiseren on a card: for support only, asked first with the Wwft confirmation, refused with the reason. */
class AnonymiseDialogTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    private ClientPerson person;

    @BeforeEach
    void person() {
        login(Role.SUPPORT);
        person = clients.save(TestData.person("Weg" + TestData.uniqueSuffix(RUN.incrementAndGet()), "W.", null));
    }

    @Test
    void supportAnonymisesAfterConfirmingAndTheCardBecomesTheRecord() {
        navigate("klanten/persoon/" + person.getId());
        CardActions.action("action-anonymise");

        Button confirm = _get(Button.class, spec -> spec.withId("anonymise-confirm"));
        assertThat(confirm.isEnabled()).as("only after the Wwft confirmation").isFalse();
        UserInput.setValue(_get(Checkbox.class, spec -> spec.withId("anonymise-wwft")), true);
        _click(confirm);

        assertThat(_get(H2.class, spec -> spec.withId("card-title")).getText()).isEqualTo("Geanonimiseerd");
        assertThat(_get(Div.class, spec -> spec.withId("anonymised-note")).getText())
                .startsWith("Geanonimiseerd op ")
                .endsWith(" door support");
        assertThat(menuItems()).doesNotContain("action-edit", "action-anonymise");
        assertThat(NotificationsKt.getNotifications().stream()
                        .map(notification -> notification.getElement().getProperty("text")))
                .contains("Klantnummer " + person.getKlantnummer() + " is geanonimiseerd.");
    }

    @Test
    void aRefusalShowsAsTheDialogOpens_withTheReason_andNothingToConfirm() {
        ClientCompany company = clients.save(TestData.company("Kwekerij " + RUN.incrementAndGet() + " B.V."));
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        links.link(contact.getId(), contact.getVersion(), person.getId());
        navigate("klanten/persoon/" + person.getId());

        CardActions.action("action-anonymise");

        Div refusal = _get(Div.class, spec -> spec.withId("anonymise-refusal"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).contains("hoofd van 1 volger");
        assertThat(_get(Checkbox.class, spec -> spec.withId("anonymise-wwft")).isEnabled())
                .isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("anonymise-confirm")).isEnabled())
                .isFalse();
    }

    @Test
    void aRefusalThatArisesWhileTheDialogIsOpenShowsOnConfirming() {
        navigate("klanten/persoon/" + person.getId());
        CardActions.action("action-anonymise");
        ClientCompany company = clients.save(TestData.company("Kwekerij " + RUN.incrementAndGet() + " B.V."));
        ContactPerson contact = clients.save(TestData.contact(company, "x", "x"));
        links.link(contact.getId(), contact.getVersion(), person.getId()); // a colleague, meanwhile
        UserInput.setValue(_get(Checkbox.class, spec -> spec.withId("anonymise-wwft")), true);

        _click(_get(Button.class, spec -> spec.withId("anonymise-confirm")));

        assertThat(_get(Div.class, spec -> spec.withId("anonymise-refusal")).getText())
                .contains("hoofd van 1 volger");
        assertThat(clients.getPerson(person.getId()).isAnonymised()).isFalse();
    }

    @Test
    void othersDoNotSeeTheAction() {
        login(Role.MANAGER);
        navigate("klanten/persoon/" + person.getId());
        assertThat(menuItems()).contains("action-edit").doesNotContain("action-anonymise");
    }

    private static List<String> menuItems() {
        MenuBar actions = _get(MenuBar.class, spec -> spec.withId("card-actions"));
        return actions.getItems().getFirst().getSubMenu().getItems().stream()
                .map(item -> item.getId().orElse(""))
                .toList();
    }
}
