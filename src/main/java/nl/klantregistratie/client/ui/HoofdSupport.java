package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.LinkState;
import nl.klantregistratie.link.ui.VolgersSection;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.portal.ui.PortalAccessSection;

/**
 * What the card of a possible hoofd (a klant-persoon, or a contactpersoon that is no volger) shows
 * of its koppelingen: "hoofd van N volgers" in the title (R11), the volgers section and "Toon
 * volgers" (R12), "Aanmaken → Gekoppelde contactpersoon" (R7), and the person's portal access (R15).
 */
final class HoofdSupport {

    private final RegistrationCard<?> card;
    private final ClientService clients;
    private final LinkService links;
    private final VolgersSection volgers;
    private final PortalAccessSection portalAccess;

    HoofdSupport(RegistrationCard<?> card, ClientService clients, LinkService links, PortalService portal) {
        this.card = card;
        this.clients = clients;
        this.links = links;
        this.volgers = new VolgersSection(links, volger -> card.getUI().ifPresent(
                ui -> ui.navigate(ContactPersonView.ROUTE + "/" + volger.getId())));
        volgers.setVisible(false);
        this.portalAccess = new PortalAccessSection(portal);
    }

    /** The card route of a hoofd (asks the kind: the hoofd of a loaded volger may be a lazy proxy). */
    static String route(PersonRegistration registration) {
        return registration.getKind() == RegistrationKind.PERSOON ? ClientPersonView.ROUTE : ContactPersonView.ROUTE;
    }

    boolean isHoofd(PersonRegistration registration) {
        return !registration.isNew() && links.state(registration.getId()).isHoofd();
    }

    void subtitle(Div subtitle, PersonRegistration registration) {
        if (registration.isNew()) {
            return;
        }
        LinkState state = links.state(registration.getId());
        if (state.isHoofd()) {
            Div title = new Div(card.getTranslation("link.hoofd.title", state.volgerCount()));
            title.setId("hoofd-title");
            title.addClassName("link-title");
            subtitle.add(title);
        }
    }

    void addActions(SubMenu menu, PersonRegistration registration) {
        MenuItem create = menu.addItem(card.getTranslation("link.action.create"));
        create.setId("action-create");
        create.getSubMenu().addItem(card.getTranslation("link.action.createlinked"), e -> createLinked(registration))
                .setId("action-create-linked");
        if (isHoofd(registration)) {
            menu.addItem(card.getTranslation("link.action.showvolgers"), e -> volgers.scrollTo())
                    .setId("action-show-volgers");
        }
    }

    private void createLinked(PersonRegistration hoofd) {
        new CompanyPickerDialog(clients, hoofd.getDisplayName(), company -> card.getUI().ifPresent(ui -> ui.navigate(
                ContactPersonView.ROUTE + "/" + RegistrationCard.NEW,
                new QueryParameters(Map.of(ContactPersonView.COMPANY_PARAMETER, List.of(String.valueOf(company.id())),
                        ContactPersonView.HOOFD_PARAMETER, List.of(String.valueOf(hoofd.getId()))))))).open();
    }

    /** The volgers (R12) and the person's portal access (R15) below the form. */
    void showVolgers(PersonRegistration registration) {
        if (volgers.getParent().isEmpty()) {
            card.add(volgers, portalAccess);
        }
        volgers.show(registration.getId());
        portalAccess.show(registration);
    }
}
