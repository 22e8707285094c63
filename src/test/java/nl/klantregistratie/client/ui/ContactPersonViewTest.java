package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.klantregistratie.test.CardActions.text;
import static nl.klantregistratie.test.CardActions.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.CardActions;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContactPersonViewTest extends KaribuTest {

    @Autowired
    ClientService clients;

    private ClientCompany company;
    private ContactPerson contact;

    @BeforeEach
    void createContact() {
        login(Role.MEDEWERKER);
        company = clients.save(TestData.company("Loonbedrijf Ter Horst"));
        contact = clients.save(TestData.contact(company, "Horstink", "G."));
    }

    @Test
    void showsTheKlantBedrijfItBelongsToWithALink() {
        navigate("contactpersonen/" + contact.getId());

        Anchor link = _get(Anchor.class, spec -> spec.withId("contact-company-link"));
        assertThat(link.getText()).isEqualTo("Loonbedrijf Ter Horst");
        assertThat(link.getHref()).isEqualTo("klanten/bedrijf/" + company.getId());
    }

    @Test
    void editsBedrijfsgegevens() {
        navigate("contactpersonen/" + contact.getId());
        CardActions.edit();
        type("business-zakelijkEmail", "g.horstink@terhorst.nl");
        type("business-directTelefoon", "0201234567");
        CardActions.save();

        ContactPerson saved = clients.getContact(contact.getId());
        assertThat(saved.getBusiness().getZakelijkEmail()).isEqualTo("g.horstink@terhorst.nl");
        assertThat(saved.getBusiness().getDirectTelefoon()).isEqualTo("+31 20 123 4567");
    }

    @Test
    void anInvalidBusinessPhoneIsShownNextToTheField() {
        navigate("contactpersonen/" + contact.getId());
        CardActions.edit();
        type("business-zakelijkMobiel", "12345");
        CardActions.save();

        assertThat(text("business-zakelijkMobiel").getErrorMessage()).isEqualTo("Geen geldig telefoonnummer");
        assertThat(clients.getContact(contact.getId()).getBusiness().getZakelijkMobiel())
                .isNull();
    }

    @Test
    void aTabInTheFunctieIsShownNextToTheField() {
        navigate("contactpersonen/" + contact.getId());
        CardActions.edit();
        type("business-functie", "Hoofd\tadministratie");
        CardActions.save();

        assertThat(text("business-functie").getErrorMessage()).startsWith("Bevat een teken dat hier niet mag staan");
        assertThat(clients.getContact(contact.getId()).getBusiness().getFunctie())
                .isNull();
    }

    @Test
    void aNewContactpersoonNeedsItsCompany() {
        navigate("contactpersonen/nieuw");
        assertThat(_find(ContactPersonView.class)).isEmpty();
        assertThat(_find(ClientsView.class)).hasSize(1);
    }

    @Test
    void theContactpersonenListFindsByNameAndShowsTheCompany() {
        navigate("contactpersonen");
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("search")), "horstink");

        @SuppressWarnings("unchecked")
        Grid<RegistrationSummary> grid = _get(Grid.class, spec -> spec.withId("registrations-grid"));
        List<RegistrationSummary> rows = GridKt._fetch(grid, 0, 50);
        assertThat(rows).extracting(RegistrationSummary::id).contains(contact.getId());
        assertThat(rows)
                .filteredOn(row -> row.id() == contact.getId())
                .extracting(RegistrationSummary::bedrijf)
                .containsExactly("Loonbedrijf Ter Horst");

        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        assertThat(_find(ContactPersonView.class)).hasSize(1);
    }
}
