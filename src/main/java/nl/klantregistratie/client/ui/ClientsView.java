package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/** All klanten (klant-personen and klant-bedrijven), searchable, filterable by type. */
@Route(ClientsView.ROUTE)
@RolesAllowed(Role.MEDEWERKER_NAME)
@Menu(order = 10, title = "nav.clients", icon = "vaadin:users")
class ClientsView extends RegistrationListView {

    static final String ROUTE = "klanten";

    private final Select<@Nullable RegistrationKind> kind = new Select<>();

    ClientsView(ClientService clients) {
        super(clients, "nav.clients");
        setId("clients-view");
        kind.setId("kind-filter");
        kind.setAriaLabel(getTranslation("clients.kind"));
        kind.setItems(RegistrationKind.PERSOON, RegistrationKind.BEDRIJF);
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("clients.kind.all"));
        kind.setItemLabelGenerator(
                value -> value == null ? getTranslation("clients.kind.all") : getTranslation(value.translationKey()));
        kind.addValueChangeListener(e -> refresh());

        Button newPerson = new Button(
                getTranslation("clients.new.person"),
                VaadinIcon.USER.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CardRoutes.ofNew(RegistrationKind.PERSOON))));
        newPerson.setId("new-person");
        newPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newCompany = new Button(
                getTranslation("clients.new.company"),
                VaadinIcon.BUILDING.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CardRoutes.ofNew(RegistrationKind.BEDRIJF))));
        newCompany.setId("new-company");
        Div spacer = new Div();
        toolbar.add(kind, spacer, newPerson, newCompany);
        toolbar.setFlexGrow(1, spacer);

        grid.addColumn(RegistrationSummary::zoeknaam)
                .setHeader(getTranslation("registration.zoeknaam"))
                .setSortProperty(ClientService.SORT_ZOEKNAAM)
                .setFlexGrow(3)
                .setKey("zoeknaam");
        grid.addColumn(summary -> getTranslation(summary.kind().translationKey()))
                .setHeader(getTranslation("clients.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("kind");
        grid.addColumn(RegistrationSummary::plaats)
                .setHeader(getTranslation("address.plaats"))
                .setFlexGrow(1)
                .setKey("plaats");
    }

    @Override
    protected ClientSearch currentSearch(String text) {
        RegistrationKind selected = kind.getValue();
        return selected == null ? ClientSearch.klanten(text) : new ClientSearch(text, EnumSet.of(selected));
    }
}
