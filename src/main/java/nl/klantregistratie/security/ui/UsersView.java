package nl.klantregistratie.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;

/** The staff accounts, for applicatiebeheer (SUPPORT). */
@Route("gebruikers")
@RolesAllowed(Role.SUPPORT_NAME)
@Menu(order = 90, title = "nav.users", icon = "vaadin:key")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserService userService) {
        setId("users-view");
        setSizeFull();
        Grid<AppUser> grid = new Grid<>();
        grid.setId("users-grid");
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.username")).setSortable(true);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("users.name")).setSortable(true);
        grid.addColumn(user -> getTranslation(user.getRole().translationKey())).setHeader(getTranslation("users.role"));
        grid.addColumn(user -> getTranslation(user.isActive() ? "users.active.yes" : "users.active.no"))
                .setHeader(getTranslation("users.active"));
        grid.setItems(userService.findAll());
        add(new H2(getTranslation("nav.users")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | " + getTranslation("app.title");
    }
}
