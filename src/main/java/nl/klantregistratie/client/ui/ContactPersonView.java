package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import nl.klantregistratie.base.ChangeBroadcaster;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.link.HeadCandidate;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.ui.ChooseHeadDialog;
import nl.klantregistratie.link.ui.LinkDialog;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The card of a contactpersoon, showing the klant-bedrijf it belongs to and its koppeling: a volger
 * shows its hoofd and cannot change its privé gegevens; a hoofd lists its volgers. A new one is made
 * at {@code contactpersonen/nieuw?bedrijf=<id>}, already linked with {@code &hoofd=<id>}.
 */
@Route("contactpersonen/:id")
@RolesAllowed(Role.MEDEWERKER_NAME)
class ContactPersonView extends RegistrationCard<ContactPerson> {

    static final String ROUTE = "contactpersonen";
    static final String COMPANY_PARAMETER = "bedrijf";
    static final String HEAD_PARAMETER = "hoofd";

    private final LinkService links;
    private final CurrentUser currentUser;
    private final HeadSupport headSupport;
    private final Button linkNew = new Button();

    ContactPersonView(
            ClientService clients,
            ChangeBroadcaster broadcaster,
            HistoryService history,
            CorrespondenceService correspondence,
            LinkService links,
            CurrentUser currentUser,
            PortalService portal) {
        super(clients, broadcaster, history, correspondence, currentUser);
        this.links = links;
        this.currentUser = currentUser;
        this.headSupport = new HeadSupport(this, clients, links, currentUser, portal);
        setId("contact-person-view");
        linkNew.setText(getTranslation("link.create.inform"));
        linkNew.setId("link-new");
        linkNew.setIcon(VaadinIcon.LINK.create());
        linkNew.addThemeVariants(ButtonVariant.LUMO_SMALL);
        linkNew.addClickListener(e -> new ChooseHeadDialog(links, this::followInForm).open());
    }

    @Override
    protected ContactPerson load(long id) {
        return clients.getContact(id);
    }

    @Override
    protected @Nullable ContactPerson create(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        try {
            ClientCompany company = clients.getCompany(id(parameters.getSingleParameter(COMPANY_PARAMETER)));
            ContactPerson draft = new ContactPerson(company);
            Optional<String> head = parameters.getSingleParameter(HEAD_PARAMETER);
            if (head.isPresent()) {
                follow(draft, id(head));
            }
            return draft;
        } catch (RegistrationNotFoundException e) {
            Notifications.error(getTranslation("contact.new.nocompany"));
            event.forwardTo(ClientsView.ROUTE);
            return null;
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
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

    /** Lets the new contactpersoon follow the hoofd: its privé gegevens come from the hoofd (R7). */
    private void follow(ContactPerson draft, long headId) {
        links.prepareLinked(draft, headId);
    }

    /** "Koppelen aan hoofd" in the create form: keeps what was typed, takes the privé gegevens from the hoofd. */
    private void followInForm(HeadCandidate candidate) {
        ContactPerson draft = registration();
        form().write(draft);
        try {
            follow(draft, candidate.id());
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
            return;
        }
        show(draft, true);
    }

    @Override
    protected void decorate(ContactPerson contact, boolean edit) {
        ContactPersonForm contactForm = (ContactPersonForm) form();
        PersonRegistration head = contact.getHead();
        contactForm.lockPersonal(
                head == null
                        ? null
                        : getTranslation(
                                "link.follower.note", head.getDisplayName(), String.valueOf(head.getKlantnummer())),
                !edit);
        Div subtitle = subtitle();
        subtitle.removeAll();
        ClientCompany company = contact.getCompany();
        if (company != null) {
            Anchor link = new Anchor(ClientCompanyView.ROUTE + "/" + company.getId(), company.getDisplayName());
            link.setId("contact-company-link");
            subtitle.add(new Div(new Span(getTranslation("contact.at") + " "), link));
        }
        if (head != null) {
            Anchor headLink = new Anchor(HeadSupport.route(head) + "/" + head.getId(), head.getLabel());
            headLink.setId("follower-head-link");
            Div linked = new Div(new Span(getTranslation("link.follower.title") + " "), headLink);
            linked.setId("follower-title");
            linked.addClassName("link-title");
            subtitle.add(linked);
        } else if (!contact.isNew()) {
            headSupport.subtitle(subtitle, contact);
        }
        if (contact.isNew() && head == null) {
            subtitle.add(linkNew);
        }
    }

    @Override
    protected void addActions(SubMenu menu, ContactPerson contact) {
        PersonRegistration head = contact.getHead();
        if (head == null) {
            // Also for a contactpersoon that is hoofd itself: its volgers move along, named in the preview (R3).
            menu.addItem(getTranslation("link.action.link"), e -> new LinkDialog(links, contact, this::reload).open())
                    .setId("action-link");
            headSupport.addActions(menu, contact);
            return;
        }
        menu.addItem(
                        getTranslation("link.action.gotohead"),
                        e -> getUI().ifPresent(ui -> ui.navigate(HeadSupport.route(head) + "/" + head.getId())))
                .setId("action-goto-head");
        if (currentUser.hasRole(Role.SUPPORT)) {
            menu.addItem(getTranslation("link.action.unlink"), e -> confirmUnlink(contact, head))
                    .setId("action-unlink");
        }
    }

    private void confirmUnlink(ContactPerson contact, PersonRegistration head) {
        String follower = contact.getDisplayName();
        String followerNumber = String.valueOf(contact.getKlantnummer());
        String headName = head.getDisplayName();
        String headNumber = String.valueOf(head.getKlantnummer());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("unlink-dialog");
        dialog.setHeader(getTranslation("link.unlink.title"));
        dialog.setText(getTranslation(
                "link.unlink.text",
                follower,
                followerNumber,
                contact.getCompany() == null ? "" : contact.getCompany().getDisplayName(),
                headName,
                headNumber));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("link.action.unlink"));
        dialog.addConfirmListener(e -> {
            try {
                links.unlink(contact.getId(), contact.getVersion());
                Notifications.success(
                        getTranslation("link.unlink.done", follower, followerNumber, headName, headNumber));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
            reload();
        });
        dialog.open();
    }

    @Override
    protected void showDetails(ContactPerson contact) {
        headSupport.showFollowers(contact);
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
