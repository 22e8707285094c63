package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Contactpersonen list shows who is hoofd and who volger, and filters on it. */
class ContactPersonsViewTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Test
    void showsHeadAndFollowerAndFiltersOnThem() {
        login(Role.MEDEWERKER);
        String name = "Lijst" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientCompany company = clients.save(TestData.company(name + " B.V."));
        ContactPerson head = clients.save(TestData.contact(company, name, "A."));
        ContactPerson follower = clients.save(TestData.contact(company, name, "B."));
        links.link(follower.getId(), follower.getVersion(), head.getId());

        navigate("contactpersonen");
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("search")), name);
        Grid<RegistrationSummary> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(badge(grid, 0)).isEqualTo("Hoofd");
        assertThat(badge(grid, 1)).isEqualTo("Volger");

        @SuppressWarnings("unchecked")
        Select<ClientSearch.LinkFilter> filter = _get(Select.class, spec -> spec.withId("contacts-link-filter"));
        UserInput.setValue(filter, ClientSearch.LinkFilter.FOLLOWERS);

        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(follower.getId());
    }

    @SuppressWarnings("unchecked")
    private static Grid<RegistrationSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("registrations-grid"));
    }

    private static String badge(Grid<RegistrationSummary> grid, int row) {
        return ((Span) GridKt._getCellComponent(grid, row, "link")).getText();
    }
}
