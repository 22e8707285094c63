package nl.klantregistratie.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends KaribuTest {

    @Autowired
    UserService userService;

    @Test
    void shellShowsTheSignedInUserAndTheirRoleInDutch() {
        login(Role.MANAGER);
        navigate("");

        MenuBar userMenu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        String text = userMenu.getItems().getFirst().getElement().getTextRecursively();
        assertThat(text).contains("Maarten Manager").contains("Manager");
        assertThat(BasicUtilsKt.get_textRecursively(_get(HomeView.class))).contains("Welkom, Maarten Manager");
    }

    @Test
    void sideNavigationShowsOnlyWhatTheRoleMayOpen() {
        login(Role.MEDEWERKER);
        navigate("");
        assertThat(navLabels()).containsExactly("Start", "Klanten", "Contactpersonen");

        login(Role.SUPPORT);
        navigate("gebruikers");
        assertThat(navLabels())
                .containsExactly(
                        "Start",
                        "Klanten",
                        "Contactpersonen",
                        "Koppelingen",
                        "Koppelvoorstellen",
                        "Importeren",
                        "Historie",
                        "BSN-inzage",
                        "Gebruikers",
                        "Portaal-API",
                        "Auditlog");

        login(Role.MANAGER);
        navigate("koppelingen");
        assertThat(navLabels())
                .containsExactly(
                        "Start", "Klanten", "Contactpersonen", "Koppelingen", "Koppelvoorstellen", "Importeren");
    }

    @Test
    void languageSwitchShowsEnglishAndIsRemembered() {
        login("manager");
        navigate("");

        MenuBar userMenu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        ContextMenuKt._clickItemWithID(userMenu, "language-en");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.ENGLISH);
        assertThat(userService.findByUsername("manager").orElseThrow().getPreferredLanguage())
                .isEqualTo("en");
        navigate("");
        assertThat(navLabels()).containsExactly("Home", "Clients", "Contacts", "Links", "Link suggestions", "Import");

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "language-nl");
        assertThat(userService.findByUsername("manager").orElseThrow().getPreferredLanguage())
                .isEqualTo("nl");
    }

    private static List<String> navLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
