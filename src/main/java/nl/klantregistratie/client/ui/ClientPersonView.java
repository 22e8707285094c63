package nl.klantregistratie.client.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ChangeBroadcaster;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.security.Role;

/** The card of a klant-persoon. */
@Route(ClientPersonView.ROUTE + "/:id")
@RolesAllowed(Role.MEDEWERKER_NAME)
class ClientPersonView extends RegistrationCard<ClientPerson> {

    static final String ROUTE = "klanten/persoon";

    private final AddressLookup addressLookup;

    ClientPersonView(
            ClientService clients,
            ChangeBroadcaster broadcaster,
            List<CardExtension> extensions,
            AddressLookup addressLookup) {
        super(clients, broadcaster, extensions);
        this.addressLookup = addressLookup;
        setId("client-person-view");
    }

    @Override
    public RegistrationKind kind() {
        return RegistrationKind.PERSOON;
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
        return new ClientPersonForm(this::revealBsn, addressLookup);
    }

    private void revealBsn() {
        String bsn;
        try {
            bsn = clients.revealBsn(shown().getId());
        } catch (RegistrationNotFoundException e) { // deleted meanwhile
            Notifications.refused(e);
            return;
        }
        ((ClientPersonForm) form()).showBsn(bsn);
        Notifications.success(getTranslation("person.bsn.revealed"));
    }

    @Override
    protected String listRoute() {
        return ClientsView.ROUTE;
    }
}
