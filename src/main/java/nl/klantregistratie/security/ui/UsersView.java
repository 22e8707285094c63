package nl.klantregistratie.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.klantregistratie.base.ui.GridKeys;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;

/**
 * The staff accounts, for applicatiebeheer (SUPPORT): create an account, change name and role,
 * deactivate (the user's sessions end at once) or activate, reset a password (to be changed at the
 * next login). Shows which accounts are locked after failed logins.
 */
@Route("gebruikers")
@RolesAllowed(Role.SUPPORT_NAME)
@Menu(order = 90, title = "nav.users", icon = "vaadin:key")
class UsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserService userService;
    private final Grid<AppUser> grid = new Grid<>();

    UsersView(UserService userService) {
        this.userService = userService;
        setId("users-view");
        setSizeFull();
        grid.setId("users-grid");
        grid.addColumn(AppUser::getUsername)
                .setHeader(getTranslation("users.username"))
                .setSortable(true);
        grid.addColumn(AppUser::getDisplayName)
                .setHeader(getTranslation("users.name"))
                .setSortable(true);
        grid.addColumn(user -> getTranslation(user.getRole().translationKey())).setHeader(getTranslation("users.role"));
        grid.addColumn(user -> getTranslation(user.isActive() ? "users.active.yes" : "users.active.no"))
                .setHeader(getTranslation("users.active"));
        grid.addColumn(this::status).setHeader(getTranslation("users.status"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        GridKeys.onEnter(grid, this::edit);
        Button create = new Button(
                getTranslation("users.new"),
                VaadinIcon.PLUS.create(),
                e -> new UserDialog(userService, null, this::refresh).open());
        create.setId("users-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.users")), create, grid);
    }

    private String status(AppUser user) {
        return user.isPasswordChangeRequired() ? getTranslation("users.status.mustchange") : "";
    }

    private void refresh() {
        grid.setItems(userService.findAll());
    }

    /** On every entry, also when the page is opened again from the menu (Vaadin reuses the view): the data as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "nav.users");
    }

    private void edit(AppUser user) {
        new UserDialog(userService, user, this::refresh).open();
    }
}
