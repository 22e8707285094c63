package nl.klantregistratie.client.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.security.Role;

/** All contactpersonen across the klant-bedrijven, searchable like the klanten. */
@Route(ContactPersonsView.ROUTE)
@RolesAllowed(Role.MEDEWERKER_NAME)
@Menu(order = 20, title = "nav.contacts", icon = "vaadin:user-card")
class ContactPersonsView extends RegistrationListView {

    static final String ROUTE = "contactpersonen";

    ContactPersonsView(ClientService clients) {
        super(clients, "nav.contacts");
        setId("contacts-view");
        grid.addColumn(RegistrationSummary::zoeknaam)
                .setHeader(getTranslation("registration.zoeknaam"))
                .setSortProperty(ClientService.SORT_ZOEKNAAM)
                .setFlexGrow(2)
                .setKey("zoeknaam");
        grid.addColumn(RegistrationSummary::bedrijf)
                .setHeader(getTranslation("contact.company"))
                .setFlexGrow(2)
                .setKey("bedrijf");
        grid.addColumn(RegistrationSummary::functie)
                .setHeader(getTranslation("business.functie"))
                .setFlexGrow(1)
                .setKey("functie");
    }

    @Override
    protected ClientSearch currentSearch(String text) {
        return ClientSearch.contactpersonen(text);
    }
}
