package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
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

    private final Select<ClientSearch.LinkFilter> linkFilter = new Select<>();

    ContactPersonsView(ClientService clients) {
        super(clients, "nav.contacts");
        setId("contacts-view");
        linkFilter.setId("contacts-link-filter");
        linkFilter.setAriaLabel(getTranslation("contacts.link"));
        linkFilter.setItems(ClientSearch.LinkFilter.values());
        linkFilter.setItemLabelGenerator(filter -> getTranslation(filter.translationKey()));
        linkFilter.setValue(ClientSearch.LinkFilter.ALL);
        linkFilter.addValueChangeListener(e -> refresh());
        toolbar.add(linkFilter);
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
        grid.addComponentColumn(this::linkBadge)
                .setHeader(getTranslation("contacts.link"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("link");
    }

    /** "Hoofd" or "Volger"; nothing for a contactpersoon that is not linked. */
    private Span linkBadge(RegistrationSummary summary) {
        Span badge = new Span();
        if (summary.link() != RegistrationSummary.Link.NONE) {
            badge.setText(getTranslation(summary.link().translationKey()));
            badge.getElement()
                    .getThemeList()
                    .add(summary.link() == RegistrationSummary.Link.HEAD ? "badge" : "badge contrast");
        }
        return badge;
    }

    @Override
    protected ClientSearch currentSearch(String text) {
        return ClientSearch.contactpersonen(text, linkFilter.getValue());
    }
}
