package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.base.ChangeBroadcaster;
import nl.klantregistratie.base.ui.GridKeys;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.kvk.KvkLookup;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;

/** The card of a klant-bedrijf, with its contactpersonen. */
@Route(ClientCompanyView.ROUTE + "/:id")
@RolesAllowed(Role.MEDEWERKER_NAME)
class ClientCompanyView extends RegistrationCard<ClientCompany> {

    static final String ROUTE = "klanten/bedrijf";

    private final Grid<ContactPerson> contacts = new Grid<>();
    private final CardSection contactSection;

    private final AddressLookup addressLookup;
    private final KvkLookup kvkLookup;
    private final CurrentUser currentUser;

    ClientCompanyView(
            ClientService clients,
            ChangeBroadcaster broadcaster,
            List<CardExtension> extensions,
            AddressLookup addressLookup,
            KvkLookup kvkLookup,
            CurrentUser currentUser) {
        super(clients, broadcaster, extensions);
        this.addressLookup = addressLookup;
        this.kvkLookup = kvkLookup;
        this.currentUser = currentUser;
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
        contacts.addItemClickListener(e -> CardRoutes.open(this, e.getItem()));
        GridKeys.onEnter(contacts, contact -> CardRoutes.open(this, contact));
        Button newContact =
                new Button(getTranslation("company.contacts.new"), VaadinIcon.PLUS.create(), e -> newContact());
        newContact.setId("new-contact");
        newContact.addThemeVariants(ButtonVariant.LUMO_SMALL);
        contactSection = new CardSection(
                "section-contactpersonen", getTranslation("section.contactpersonen"), newContact, contacts);
        contactSection.setWidthFull();
        addSection(contactSection);
    }

    @Override
    public RegistrationKind kind() {
        return RegistrationKind.BEDRIJF;
    }

    private void newContact() {
        CardRoutes.openNewContact(this, shown().getId(), Map.of());
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
        return new ClientCompanyForm(addressLookup, kvkLookup, currentUser.hasRole(Role.SUPPORT));
    }

    @Override
    protected void addActions(SubMenu menu, ClientCompany company) {
        menu.addItem(getTranslation("company.contacts.new"), e -> newContact()).setId("action-new-contact");
    }

    @Override
    protected void showDetails(ClientCompany company) {
        contacts.setItems(clients.contactsOf(company.getId()));
    }

    @Override
    protected void setEditing(boolean edit) {
        super.setEditing(edit);
        contactSection.setVisible(!edit);
    }

    @Override
    protected String listRoute() {
        return ClientsView.ROUTE;
    }
}
