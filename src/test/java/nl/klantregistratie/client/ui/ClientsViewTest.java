package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

class ClientsViewTest extends KaribuTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ClientService clients;

    private String unique;

    @BeforeEach
    void signIn() {
        login(Role.MEDEWERKER);
        unique = "qz" + (char) ('a' + SEQUENCE.getAndIncrement() % 26) + (char) ('a' + SEQUENCE.get() / 26 % 26);
    }

    @Test
    void findsByKlantnummer() {
        ClientPerson person = clients.save(TestData.person("Klaassen" + unique, "K.", null));

        search(person.getKlantnummer().toString());

        assertThat(rows()).extracting(RegistrationSummary::id).containsExactly(person.getId());
    }

    @Test
    void findsByZoeknaamPrefixWhateverTheAccentsAndCase() {
        ClientPerson person = clients.save(TestData.person("Brüggen" + unique, "A.", null));

        search("bruggen" + unique);
        assertThat(rows()).extracting(RegistrationSummary::id).containsExactly(person.getId());
        search("BRÜGGEN" + unique.toUpperCase());
        assertThat(rows()).extracting(RegistrationSummary::id).containsExactly(person.getId());
        search("rüggen" + unique);
        assertThat(rows()).isEmpty();
    }

    @Test
    void listsKlantenButNotContactpersonen_andFiltersByType() {
        ClientCompany company = clients.save(TestData.company("Jansen" + unique + " Holding B.V."));
        ClientPerson person = clients.save(TestData.person("Jansen" + unique, "J.", null));
        ContactPerson contact = clients.save(TestData.contact(company, "Jansen" + unique, "P."));

        search("jansen" + unique);
        assertThat(rows())
                .extracting(RegistrationSummary::id)
                .containsExactlyInAnyOrder(company.getId(), person.getId())
                .doesNotContain(contact.getId());

        @SuppressWarnings("unchecked")
        Select<RegistrationKind> kind = _get(Select.class, spec -> spec.withId("kind-filter"));
        UserInput.setValue(kind, RegistrationKind.BEDRIJF);
        assertThat(rows()).extracting(RegistrationSummary::id).containsExactly(company.getId());
    }

    @Test
    void showsAnEmptyStateWhenNothingMatches() {
        search("zzz-bestaat-niet-" + unique);

        assertThat(rows()).isEmpty();
        assertThat(grid().getEmptyStateText()).contains("Geen registraties gevonden");
    }

    @Test
    void clickingARowOpensTheCard() {
        ClientPerson person = clients.save(TestData.person("Pietersen" + unique, "P.", null));
        search(person.getKlantnummer().toString());

        GridKt._clickItem(grid(), 0, 1, false, false, false, false);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("klanten/persoon/" + person.getId());
        assertThat(_get(ClientPersonView.class)).isNotNull();
    }

    @Test
    void newKlantPersoonOpensAnEmptyCardInEditMode() {
        navigate("klanten");
        _click(_get(Button.class, spec -> spec.withId("new-person")));

        ClientPersonView card = _get(ClientPersonView.class);
        assertThat(CardActions.editing()).isTrue();
        assertThat(CardActions.text("personal-achternaam").isReadOnly()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMaySearchTheKlanten(Role role) {
        login(role);
        navigate("klanten");
        assertThat(_get(ClientsView.class)).isNotNull();
    }

    private void search(String text) {
        navigate("klanten");
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("search")), text);
    }

    @SuppressWarnings("unchecked")
    private static Grid<RegistrationSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("registrations-grid"));
    }

    private static List<RegistrationSummary> rows() {
        Grid<RegistrationSummary> grid = grid();
        return new ArrayList<>(GridKt._fetch(grid, 0, 100));
    }
}
