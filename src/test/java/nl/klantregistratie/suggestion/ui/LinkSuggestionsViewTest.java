package nl.klantregistratie.suggestion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.LinkState;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.shell.AccessDeniedView;
import nl.klantregistratie.suggestion.LinkSuggestion;
import nl.klantregistratie.suggestion.SuggestionFixture;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Koppelvoorstellen as a manager uses it: why, preview, link, link many, reject; closed to medewerkers. */
class LinkSuggestionsViewTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @SuppressWarnings("unchecked")
    private static Grid<LinkSuggestion> grid() {
        return _get(Grid.class, spec -> spec.withId("suggestions-grid"));
    }

    private static List<LinkSuggestion> items() {
        return grid().getGenericDataView().getItems().toList();
    }

    private SuggestionFixture open() {
        login(Role.MANAGER);
        SuggestionFixture data = SuggestionFixture.create(clients);
        navigate("koppelvoorstellen");
        return data;
    }

    private LinkSuggestion klantAndContact(SuggestionFixture data) {
        return data.mine(items()).stream()
                .filter(s -> s.follower().id() == data.contact().getId()
                        && s.head().id() == data.klant().getId())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void showsWhyAndTheProposedHead() {
        SuggestionFixture data = open();
        LinkSuggestion suggestion = klantAndContact(data);
        int row = items().indexOf(suggestion);

        assertThat(String.join("|", GridKt._getFormattedRow(grid(), row)))
                .contains("Achternaam (gelijk)", "Voornaam of voorletters (gelijk)", "Geboortedatum (gelijk)");
        // the strength in words, not a raw score
        assertThat(GridKt._getFormattedRow(grid(), row))
                .containsAnyOf("Zeer waarschijnlijk", "Waarschijnlijk")
                .noneMatch(cell -> cell.matches(".*\\(\\d+\\).*"));
        assertThat(BasicUtilsKt.get_textRecursively(GridKt._getCellComponent(grid(), row, "hoofd")))
                .contains(data.klant().getDisplayName(), "Klant-persoon");
    }

    @Test
    void saysWhenOnlyTheNameJoinsThem() {
        login(Role.MANAGER);
        String surname = "Naamgenoot" + TestData.uniqueSuffix(7);
        ClientPerson klant = TestData.person(surname, "J.G.", null);
        klant.getPersonal().setVoornamen("Jacoba Gerda");
        klant.getPersonal().setGeboortedatum(LocalDate.of(1951, 12, 6));
        klant = clients.save(klant);
        ClientCompany company = clients.save(TestData.company("Atelier " + surname + " B.V."));
        ContactPerson onlyName = TestData.contact(company, surname, "J.G.");
        onlyName.getPersonal().setVoornamen("Jacoba Gerda");
        onlyName = clients.save(onlyName);
        navigate("koppelvoorstellen");

        long follower = onlyName.getId();
        long head = klant.getId();
        int row = items().indexOf(items().stream()
                .filter(s -> s.follower().id() == follower && s.head().id() == head)
                .findFirst()
                .orElseThrow());

        assertThat(String.join("|", GridKt._getFormattedRow(grid(), row)))
                .contains(
                        "Mogelijk",
                        "Achternaam (gelijk)",
                        "alleen de naam; geen andere registratie met deze naam onderscheidt ze");
    }

    @Test
    void reviewsOneWithTheLinkPreviewAndLinks() {
        SuggestionFixture data = open();
        grid().select(klantAndContact(data));

        _click(_get(Button.class, spec -> spec.withId("suggestion-review")));

        SuggestionDialog dialog = _get(SuggestionDialog.class);
        assertThat(_find(Grid.class, spec -> spec.withId("link-changes"))).hasSize(1);
        assertThat(BasicUtilsKt.get_textRecursively(dialog))
                .contains(data.klant().getDisplayName());
        _click(_get(Button.class, spec -> spec.withId("suggestion-verder")));

        assertThat(links.state(data.contact().getId()).kind()).isEqualTo(LinkState.Kind.FOLLOWER);
        assertThat(data.mine(items()))
                .extracting(s -> s.follower().id())
                .doesNotContain(data.contact().getId());
    }

    @Test
    void clickingARowSelectsItAndADoubleClickReviewsIt() {
        SuggestionFixture data = open();
        LinkSuggestion suggestion = klantAndContact(data);
        int row = items().indexOf(suggestion);

        GridKt._clickItem(grid(), row);
        assertThat(grid().getSelectedItems()).containsExactly(suggestion);
        assertThat(_get(Button.class, spec -> spec.withId("suggestion-review")).isEnabled())
                .isTrue();
        GridKt._clickItem(grid(), row);
        assertThat(grid().getSelectedItems()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("suggestion-review")).isEnabled())
                .isFalse();

        GridKt._doubleClickItem(grid(), row);
        assertThat(BasicUtilsKt.get_textRecursively(_get(SuggestionDialog.class)))
                .contains(data.klant().getDisplayName());
    }

    @Test
    void linkingAndRejectingTakeOutWhatTheySettled_vernieuwenFindsWhatIsNew() {
        SuggestionFixture data = open();
        int before = items().size();
        LinkSuggestion rejected = klantAndContact(data);
        grid().select(rejected);
        _click(_get(Button.class, spec -> spec.withId("suggestion-reject")));
        assertThat(items()).hasSize(before - 1).doesNotContain(rejected);
        assertThat(_get(Span.class, spec -> spec.withId("suggestion-count")).getText())
                .isEqualTo(before - 1 == 1 ? "1 voorstel" : (before - 1) + " voorstellen");

        SuggestionFixture registeredMeanwhile = SuggestionFixture.create(clients);
        assertThat(registeredMeanwhile.mine(items())).as("not until Vernieuwen").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("suggestion-refresh")));
        assertThat(registeredMeanwhile.mine(items())).isNotEmpty();
        assertThat(items()).doesNotContain(rejected);
    }

    @Test
    void linksSeveralAtOnce() {
        SuggestionFixture data = open();
        data.mine(items()).stream()
                .filter(s -> s.head().id() == data.klant().getId())
                .forEach(grid()::select);

        _click(_get(Button.class, spec -> spec.withId("suggestion-accept-selected")));

        assertThat(links.state(data.klant().getId()).followerCount()).isEqualTo(2);
        assertThat(data.mine(items())).isEmpty();
    }

    /** One of the chosen is refused (changed since the list was read): the others are linked, one message says both. */
    @Test
    void linkingSeveralGoesOnPastARefusalAndSaysWhichOneInOneMessage() {
        SuggestionFixture data = open();
        List<LinkSuggestion> toKlant = data.mine(items()).stream()
                .filter(s -> s.head().id() == data.klant().getId())
                .toList();
        toKlant.forEach(grid()::select);
        ContactPerson changed = clients.getContact(data.typo().getId());
        changed.getBusiness().setAfdeling("Verkoop"); // a colleague, after the list was read
        clients.save(changed);

        _click(_get(Button.class, spec -> spec.withId("suggestion-accept-selected")));

        assertThat(links.state(data.klant().getId()).followerCount()).isEqualTo(1);
        List<String> messages = NotificationsKt.getNotifications().stream()
                .filter(Notification::isOpened)
                .map(notification -> notification.getElement().getProperty("text"))
                .toList();
        assertThat(messages).hasSize(1);
        assertThat(messages.getFirst())
                .contains("1 koppeling gemaakt.")
                .contains("Niet gekoppeld: " + data.typo().getDisplayName());
    }

    @Test
    void rejectsOneSoItDoesNotComeBack() {
        SuggestionFixture data = open();
        LinkSuggestion rejected = klantAndContact(data);
        grid().select(rejected);

        _click(_get(Button.class, spec -> spec.withId("suggestion-reject")));

        assertThat(data.mine(items())).extracting(LinkSuggestion::pair).doesNotContain(rejected.pair());
        navigate("koppelvoorstellen");
        assertThat(data.mine(items())).extracting(LinkSuggestion::pair).doesNotContain(rejected.pair());
    }

    @Test
    void medewerkerGetsNoAccessAndNoMenuEntry() {
        login(Role.MEDEWERKER);
        navigate("koppelvoorstellen");
        assertThat(_find(LinkSuggestionsView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Koppelvoorstellen");
    }
}
