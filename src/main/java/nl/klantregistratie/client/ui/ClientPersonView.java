package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.klantregistratie.base.ChangeBroadcaster;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;

/** The card of a klant-persoon. */
@Route("klanten/persoon/:id")
@RolesAllowed(Role.MEDEWERKER_NAME)
class ClientPersonView extends RegistrationCard<ClientPerson> {

    static final String ROUTE = "klanten/persoon";

    private final HeadSupport headSupport;

    ClientPersonView(
            ClientService clients,
            ChangeBroadcaster broadcaster,
            HistoryService history,
            CorrespondenceService correspondence,
            CurrentUser currentUser,
            LinkService links,
            PortalService portal) {
        super(clients, broadcaster, history, correspondence, currentUser);
        this.headSupport = new HeadSupport(this, clients, links, currentUser, portal);
        setId("client-person-view");
    }

    @Override
    protected void show(ClientPerson person, boolean edit) {
        super.show(person, edit);
        subtitle().removeAll();
        headSupport.subtitle(subtitle(), person);
    }

    @Override
    protected void addActions(SubMenu menu, ClientPerson person) {
        headSupport.addActions(menu, person);
    }

    @Override
    protected void showDetails(ClientPerson person) {
        headSupport.showFollowers(person);
    }

    @Override
    protected ClientPerson load(long id) {
        return clients.getPerson(id);
    }

    @Override
    protected ClientPerson create(BeforeEnterEvent event) {
        return new ClientPerson();
    }

    @Override
    protected RegistrationForm<ClientPerson> createForm() {
        return new ClientPersonForm(this::revealBsn);
    }

    private void revealBsn() {
        String bsn;
        try {
            bsn = clients.revealBsn(registration().getId());
        } catch (RegistrationNotFoundException e) { // deleted meanwhile
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
            return;
        }
        ((ClientPersonForm) form()).showBsn(bsn);
        Notifications.success(getTranslation("person.bsn.revealed"));
    }

    @Override
    protected String route() {
        return ROUTE;
    }

    @Override
    protected String listRoute() {
        return ClientsView.ROUTE;
    }
}
