package nl.klantregistratie.client.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.security.Role;

/** The card of a klant-persoon. */
@Route("klanten/persoon/:id")
@RolesAllowed(Role.MEDEWERKER_NAME)
class ClientPersonView extends RegistrationCard<ClientPerson> {

    static final String ROUTE = "klanten/persoon";

    ClientPersonView(ClientService clients) {
        super(clients);
        setId("client-person-view");
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
        String bsn = clients.revealBsn(registration().getId());
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
