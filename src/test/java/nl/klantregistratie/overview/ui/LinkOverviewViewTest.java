package nl.klantregistratie.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.overview.FollowerOverview;
import nl.klantregistratie.overview.HeadOverview;
import nl.klantregistratie.overview.HeadType;
import nl.klantregistratie.overview.LinkOverviewFixture;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.shell.AccessDeniedView;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Koppelingen page as a manager uses it; closed to medewerkers. */
class LinkOverviewViewTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @SuppressWarnings("unchecked")
    private static Grid<HeadOverview> headsGrid() {
        return _get(Grid.class, spec -> spec.withId("links-grid"));
    }

    private LinkOverviewFixture.Data openFiltered(Role role) {
        login(role);
        LinkOverviewFixture.Data data = new LinkOverviewFixture(clients, links).create();
        navigate("koppelingen");
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("overview-search")), data.surname());
        return data;
    }

    @Test
    void managerSeesEveryHeadWithFollowerCountTypeAndKlantBedrijven() {
        LinkOverviewFixture.Data data = openFiltered(Role.MANAGER);

        Grid<HeadOverview> grid = headsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        List<String> rows = List.of(
                String.join("|", GridKt._getFormattedRow(grid, 0)), String.join("|", GridKt._getFormattedRow(grid, 1)));
        assertThat(rows)
                .anySatisfy(row -> assertThat(row)
                        .contains(
                                String.valueOf(data.personHead().getKlantnummer()),
                                "Klant-persoon",
                                "|2|",
                                data.companyA().getDisplayName(),
                                data.companyB().getDisplayName()));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Contactpersoon als hoofd", "|1|"));
        assertThat(BasicUtilsKt.get_textRecursively(_get(LinkOverviewView.class)))
                .contains("Koppelingen");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersOnContactpersoonAsHead() {
        LinkOverviewFixture.Data data = openFiltered(Role.MANAGER);

        UserInput.setValue(_get(Select.class, spec -> spec.withId("overview-type")), HeadType.CONTACT_PERSON);

        Grid<HeadOverview> grid = headsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(data.contactHead().getId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void drillsDownToTheFollowersAndOpensTheirCards() {
        LinkOverviewFixture.Data data = openFiltered(Role.MANAGER);
        Grid<HeadOverview> grid = headsGrid();
        int row = GridKt._get(grid, 0).id() == data.personHead().getId() ? 0 : 1;

        GridKt._clickItem(grid, row);

        Grid<FollowerOverview> followers = _get(Grid.class, spec -> spec.withId("overview-followers-grid"));
        assertThat(GridKt._size(followers)).isEqualTo(2);
        assertThat(BasicUtilsKt.get_textRecursively(
                        _get(VerticalLayout.class, spec -> spec.withId("overview-followers"))))
                .contains("Volgers van " + data.personHead().getDisplayName());

        long followerId = GridKt._get(followers, 0).id();
        GridKt._clickItem(followers, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("contactpersonen/" + followerId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensTheHeadsCard() {
        LinkOverviewFixture.Data data = openFiltered(Role.SUPPORT);
        Grid<HeadOverview> grid = headsGrid();
        int row = GridKt._get(grid, 0).id() == data.personHead().getId() ? 0 : 1;
        GridKt._clickItem(grid, row);

        LocatorJ._click(_get(Button.class, spec -> spec.withId("overview-open-head")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("klanten/persoon/" + data.personHead().getId());
    }

    @Test
    void exportsWhatTheFilterShowsInDutchWithoutBsn() {
        LinkOverviewFixture.Data data = openFiltered(Role.MANAGER);
        Anchor export = _get(Anchor.class, spec -> spec.withId("overview-export"));
        assertThat(export.getHref()).isNotBlank();
        assertThat(BasicUtilsKt.get_textRecursively(export)).contains("Exporteren (CSV)");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        _get(LinkOverviewView.class).writeCsv(out);
        String csv = out.toString(StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFKlantnummer;Naam;Zoeknaam;Type hoofd;Aantal volgers;Klant-bedrijven van de volgers");
        assertThat(lines).hasSize(3);
        assertThat(csv)
                .contains(data.personHead().getKlantnummer() + ";"
                        + data.personHead().getDisplayName())
                .contains("Contactpersoon als hoofd")
                .doesNotContain(LinkOverviewFixture.BSN);
    }

    @Test
    void medewerkerGetsNoAccessAndNoMenuEntry() {
        login(Role.MEDEWERKER);
        navigate("koppelingen");

        assertThat(_find(LinkOverviewView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Koppelingen");
    }

    @Test
    void managerHasTheMenuEntry() {
        login(Role.MANAGER);
        navigate("");
        assertThat(_get(SideNav.class).getItems())
                .extracting(SideNavItem::getLabel)
                .contains("Koppelingen");
    }
}
