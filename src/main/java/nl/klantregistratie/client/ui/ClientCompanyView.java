package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.klantregistratie.base.ChangeBroadcaster;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;

/** The card of a klant-bedrijf, with its contactpersonen. */
@Route("klanten/bedrijf/:id")
@RolesAllowed(Role.MEDEWERKER_NAME)
class ClientCompanyView extends RegistrationCard<ClientCompany> {

    static final String ROUTE = "klanten/bedrijf";

    private final Grid<ContactPerson> contacts = new Grid<>();
    private final CardSection contactSection;

    ClientCompanyView(
            ClientService clients,
            ChangeBroadcaster broadcaster,
            HistoryService history,
            CorrespondenceService correspondence,
            CurrentUser currentUser) {
        super(clients, broadcaster, history, correspondence, currentUser);
        setId("client-company-view");
        contacts.setId("company-contacts");
        contacts.setAllRowsVisible(true);
        contacts.addColumn(ContactPerson::getKlantnummer)
                .setHeader(getTranslation("registration.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        contacts.addColumn(ContactPerson::getDisplayName).setHeader(getTranslation("registration.naam"));
        contacts.addColumn(contact -> contact.getBusiness().getFunctie()).setHeader(getTranslation("business.functie"));
        contacts.addColumn(contact -> contact.getBusiness().getZakelijkEmail())
                .setHeader(getTranslation("business.zakelijkEmail"));
        contacts.setEmptyStateText(getTranslation("company.contacts.empty"));
        contacts.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(ContactPersonView.ROUTE + "/" + e.getItem().getId())));
        Button newContact =
                new Button(getTranslation("company.contacts.new"), VaadinIcon.PLUS.create(), e -> newContact());
        newContact.setId("new-contact");
        newContact.addThemeVariants(ButtonVariant.LUMO_SMALL);
        contactSection = new CardSection(
                "section-contactpersonen", getTranslation("section.contactpersonen"), newContact, contacts);
        contactSection.setWidthFull();
    }

    private void newContact() {
        getUI().ifPresent(ui -> ui.navigate(
                ContactPersonView.ROUTE + "/" + NEW,
                new QueryParameters(Map.of(
                        ContactPersonView.COMPANY_PARAMETER,
                        java.util.List.of(String.valueOf(registration().getId()))))));
    }

    @Override
    protected ClientCompany load(long id) {
        return clients.getCompany(id);
    }

    @Override
    protected ClientCompany create(BeforeEnterEvent event) {
        return new ClientCompany();
    }

    @Override
    protected RegistrationForm<ClientCompany> createForm() {
        return new ClientCompanyForm();
    }

    @Override
    protected void addActions(SubMenu menu, ClientCompany company) {
        menu.addItem(getTranslation("company.contacts.new"), e -> newContact()).setId("action-new-contact");
    }

    @Override
    protected void showDetails(ClientCompany company) {
        contacts.setItems(clients.contactsOf(company.getId()));
        if (contactSection.getParent().isEmpty()) {
            add(contactSection);
        }
    }

    @Override
    protected void setEditing(boolean edit) {
        super.setEditing(edit);
        contactSection.setVisible(!edit);
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
