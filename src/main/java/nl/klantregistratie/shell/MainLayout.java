package nl.klantregistratie.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.UserLocale;

/**
 * The application shell: title, a side navigation built from the {@code @Menu} views the user may
 * open (Vaadin filters them by role), and a user menu with name, role, language and logout.
 * Menu titles in {@code @Menu} are translation keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, UserLocale userLocale) {
        setPrimarySection(Section.DRAWER);

        Span appTitle = new Span(getTranslation("app.title"));
        appTitle.addClassName("app-title");
        Div drawerHeader = new Div(appTitle);
        drawerHeader.addClassName("drawer-header");
        addToDrawer(drawerHeader, sideNav());

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        Div spacer = new Div();
        navbar.add(spacer);
        navbar.setFlexGrow(1, spacer);
        currentUser.get().ifPresent(user -> navbar.add(userMenu(user, currentUser, userLocale)));
        navbar.addClassName("navbar");
        addToNavbar(navbar);
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(AppUser user, CurrentUser currentUser, UserLocale userLocale) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);

        Avatar avatar = new Avatar(user.getDisplayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.getDisplayName());
        name.addClassName("user-name");
        Span role = new Span(getTranslation(user.getRole().translationKey()));
        role.addClassName("user-role");
        role.setId("user-role");
        HorizontalLayout label = new HorizontalLayout(avatar, name, role);
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);

        MenuItem root = menu.addItem(label);
        root.setId("user-menu-button");
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(languageLabel());
        addLanguage(language.getSubMenu(), TranslationProvider.DUTCH, "language.nl", userLocale);
        addLanguage(language.getSubMenu(), TranslationProvider.ENGLISH, "language.en", userLocale);
        MenuItem logout = sub.addItem(menuLabel(VaadinIcon.SIGN_OUT, "menu.logout"), e -> currentUser.logout());
        logout.setId("logout");
        return menu;
    }

    private Component languageLabel() {
        return menuLabel(VaadinIcon.GLOBE, "menu.language");
    }

    private Component menuLabel(VaadinIcon vaadinIcon, String key) {
        Icon icon = vaadinIcon.create();
        icon.addClassName("menu-icon");
        Span label = new Span(icon, new Span(getTranslation(key)));
        label.addClassName("menu-label");
        return label;
    }

    private void addLanguage(SubMenu menu, Locale locale, String key, UserLocale userLocale) {
        MenuItem item = menu.addItem(getTranslation(key), e -> userLocale.switchTo(locale));
        item.setCheckable(true);
        item.setChecked(TranslationProvider.supported(getLocale()).equals(locale));
        item.setId("language-" + locale.getLanguage());
    }
}
