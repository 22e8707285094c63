package nl.klantregistratie.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import nl.klantregistratie.kvk.KvkLookup;
import nl.klantregistratie.kvk.TestKvkLookup;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** With a KvK key, support staff see the month's KvK queries on the start page, without spending one. */
class HomeViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CurrentUser currentUser;

    @Test
    void supportStaffSeeTheMonthsKvkQueries() {
        login(Role.SUPPORT);
        UI.getCurrent().add(new HomeView(currentUser, kvk("l7xx-sleutel")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("home-kvk-usage")).getText())
                .isEqualTo("KvK-opvragingen deze maand: 0 van 25.");
    }

    @Test
    void othersAndAnOfficeWithoutAKeySeeNoCount() {
        login(Role.MANAGER);
        UI.getCurrent().add(new HomeView(currentUser, kvk("l7xx-sleutel")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("home-kvk-usage")))
                .isEmpty();

        UI.getCurrent().removeAll();
        login(Role.SUPPORT);
        UI.getCurrent().add(new HomeView(currentUser, kvk("")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("home-kvk-usage")))
                .isEmpty();
    }

    @Test
    void aCountThatCannotBeReadLeavesTheStartPageWithoutIt() {
        login(Role.SUPPORT);
        UI.getCurrent().add(new HomeView(currentUser, TestKvkLookup.withUnreadableUsage("l7xx-sleutel", context)));

        assertThat(_find(Paragraph.class, spec -> spec.withId("home-kvk-usage")))
                .isEmpty();
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains("Welkom");
    }

    private KvkLookup kvk(String apiKey) {
        return TestKvkLookup.against("http://127.0.0.1:9/api", apiKey, 25, context);
    }
}
