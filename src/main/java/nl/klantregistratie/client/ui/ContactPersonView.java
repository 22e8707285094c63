package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The card of a contactpersoon, showing the klant-bedrijf it belongs to. A new one is made at
 * {@code contactpersonen/nieuw?bedrijf=<id>}.
 */
@Route("contactpersonen/:id")
@RolesAllowed(Role.MEDEWERKER_NAME)
class ContactPersonView extends RegistrationCard<ContactPerson> {

    static final String ROUTE = "contactpersonen";
    static final String COMPANY_PARAMETER = "bedrijf";

    ContactPersonView(ClientService clients) {
        super(clients);
        setId("contact-person-view");
    }

    @Override
    protected ContactPerson load(long id) {
        return clients.getContact(id);
    }

    @Override
    protected @Nullable ContactPerson create(BeforeEnterEvent event) {
        String companyId = event.getLocation().getQueryParameters().getSingleParameter(COMPANY_PARAMETER).orElse("");
        try {
            if (!companyId.matches("[0-9]{1,18}")) {
                throw new RegistrationNotFoundException(-1);
            }
            return new ContactPerson(clients.getCompany(Long.parseLong(companyId)));
        } catch (RegistrationNotFoundException e) {
            Notifications.error(getTranslation("contact.new.nocompany"));
            event.forwardTo(ClientsView.ROUTE);
            return null;
        }
    }

    @Override
    protected void show(ContactPerson contact, boolean edit) {
        super.show(contact, edit);
        subtitle().removeAll();
        ClientCompany company = contact.getCompany();
        if (company != null) {
            Anchor link = new Anchor(ClientCompanyView.ROUTE + "/" + company.getId(), company.getDisplayName());
            link.setId("contact-company-link");
            subtitle().add(new Span(getTranslation("contact.at") + " "), link);
        }
    }

    @Override
    protected RegistrationForm<ContactPerson> createForm() {
        return new ContactPersonForm();
    }

    @Override
    protected String route() {
        return ROUTE;
    }

    @Override
    protected String listRoute() {
        return ContactPersonsView.ROUTE;
    }
}
