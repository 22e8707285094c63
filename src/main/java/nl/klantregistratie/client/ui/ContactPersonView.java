package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ChangeBroadcaster;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The card of a contactpersoon, showing the klant-bedrijf it belongs to. A new one is made at
 * {@code contactpersonen/nieuw?bedrijf=<id>}; features may add their own parameters
 * ({@link CardPart#prepareNew}).
 */
@Route(ContactPersonView.ROUTE + "/:id")
@RolesAllowed(Role.MEDEWERKER_NAME)
class ContactPersonView extends RegistrationCard<ContactPerson> {

    static final String ROUTE = "contactpersonen";

    private final AddressLookup addressLookup;

    ContactPersonView(
            ClientService clients,
            ChangeBroadcaster broadcaster,
            List<CardExtension> extensions,
            AddressLookup addressLookup) {
        super(clients, broadcaster, extensions);
        this.addressLookup = addressLookup;
        setId("contact-person-view");
    }

    @Override
    public RegistrationKind kind() {
        return RegistrationKind.CONTACT;
    }

    @Override
    protected ContactPerson load(long id) {
        return clients.getContact(id);
    }

    @Override
    protected @Nullable ContactPerson create(BeforeEnterEvent event) {
        Optional<String> company =
                event.getLocation().getQueryParameters().getSingleParameter(CardRoutes.COMPANY_PARAMETER);
        try {
            return new ContactPerson(clients.getCompany(id(company)));
        } catch (RegistrationNotFoundException e) {
            Notifications.error(getTranslation("contact.new.nocompany"));
            event.forwardTo(ClientsView.ROUTE);
            return null;
        }
    }

    private static long id(Optional<String> parameter) {
        String value = parameter.orElse("");
        if (!value.matches("[0-9]{1,18}")) {
            throw new RegistrationNotFoundException(-1);
        }
        return Long.parseLong(value);
    }

    @Override
    protected void decorate(ContactPerson contact) {
        ClientCompany company = contact.getCompany();
        if (company != null) {
            Anchor link = new Anchor(CardRoutes.of(company), company.getDisplayName());
            link.setId("contact-company-link");
            addSubtitle(new Div(new Span(getTranslation("contact.at") + " "), link));
        }
    }

    @Override
    protected RegistrationForm<ContactPerson> createForm() {
        return new ContactPersonForm(addressLookup);
    }

    @Override
    protected String listRoute() {
        return ContactPersonsView.ROUTE;
    }
}
