package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.link.HeadCandidate;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.LinkState;
import nl.klantregistratie.link.ui.ChooseHeadDialog;
import nl.klantregistratie.link.ui.FollowersSection;
import nl.klantregistratie.portal.PortalService;
import nl.klantregistratie.portal.ui.PortalAccessSection;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;

/**
 * What the card of a possible hoofd (a klant-persoon, or a contactpersoon that is no volger) shows
 * of its koppelingen: "hoofd van N volgers" in the title (R11), the volgers section and "Toon
 * volgers" (R12), "Aanmaken → Gekoppelde contactpersoon" (R7), the person's portal access (R15)
 * and, for support, "Volgers verplaatsen" to another hoofd (R3, R14).
 */
final class HeadSupport {

    private final RegistrationCard<?> card;
    private final ClientService clients;
    private final LinkService links;
    private final CurrentUser currentUser;
    private final FollowersSection followers;
    private final PortalAccessSection portalAccess;

    HeadSupport(
            RegistrationCard<?> card,
            ClientService clients,
            LinkService links,
            CurrentUser currentUser,
            PortalService portal) {
        this.card = card;
        this.clients = clients;
        this.links = links;
        this.currentUser = currentUser;
        this.followers = new FollowersSection(
                links,
                follower ->
                        card.getUI().ifPresent(ui -> ui.navigate(ContactPersonView.ROUTE + "/" + follower.getId())));
        followers.setVisible(false);
        this.portalAccess = new PortalAccessSection(portal);
    }

    /** The card route of a hoofd (asks the kind: the hoofd of a loaded volger may be a lazy proxy). */
    static String route(PersonRegistration registration) {
        return registration.getKind() == RegistrationKind.PERSOON ? ClientPersonView.ROUTE : ContactPersonView.ROUTE;
    }

    boolean isHead(PersonRegistration registration) {
        return !registration.isNew() && links.state(registration.getId()).isHead();
    }

    void subtitle(Div subtitle, PersonRegistration registration) {
        if (registration.isNew()) {
            return;
        }
        LinkState state = links.state(registration.getId());
        if (state.isHead()) {
            Div title = new Div(card.getTranslation("link.head.title", state.followerCount()));
            title.setId("head-title");
            title.addClassName("link-title");
            subtitle.add(title);
        }
    }

    void addActions(SubMenu menu, PersonRegistration registration) {
        MenuItem create = menu.addItem(card.getTranslation("link.action.create"));
        create.setId("action-create");
        create.getSubMenu()
                .addItem(card.getTranslation("link.action.createlinked"), e -> createLinked(registration))
                .setId("action-create-linked");
        if (isHead(registration)) {
            menu.addItem(card.getTranslation("link.action.showfollowers"), e -> followers.scrollTo())
                    .setId("action-show-followers");
            if (currentUser.hasRole(Role.SUPPORT)) {
                menu.addItem(card.getTranslation("link.action.move"), e -> chooseNewHead(registration))
                        .setId("action-move-followers");
            }
        }
    }

    private void chooseNewHead(PersonRegistration from) {
        new ChooseHeadDialog(links, "link.move.title", "link.move.intro", from.getId(), to -> confirmMove(from, to))
                .open();
    }

    private void confirmMove(PersonRegistration from, HeadCandidate to) {
        long count = links.state(from.getId()).followerCount();
        String fromName = from.getDisplayName();
        String fromNumber = String.valueOf(from.getKlantnummer());
        String toNumber = String.valueOf(to.klantnummer());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("move-dialog");
        dialog.setHeader(card.getTranslation("link.move.title"));
        dialog.setText(card.getTranslation("link.move.text", count, fromName, fromNumber, to.naam(), toNumber));
        dialog.setCancelable(true);
        dialog.setCancelText(card.getTranslation("action.cancel"));
        dialog.setConfirmText(card.getTranslation("link.move.confirm"));
        dialog.addConfirmListener(e -> {
            try {
                int moved = links.moveFollowers(from.getId(), to.id());
                Notifications.success(card.getTranslation("link.move.done", moved, to.naam(), toNumber));
            } catch (DomainException ex) {
                Notifications.error(card.getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
            card.reload();
        });
        dialog.open();
    }

    private void createLinked(PersonRegistration head) {
        new CompanyPickerDialog(
                        clients,
                        head.getDisplayName(),
                        company -> card.getUI()
                                .ifPresent(ui -> ui.navigate(
                                        ContactPersonView.ROUTE + "/" + RegistrationCard.NEW,
                                        new QueryParameters(Map.of(
                                                ContactPersonView.COMPANY_PARAMETER,
                                                List.of(String.valueOf(company.id())),
                                                ContactPersonView.HEAD_PARAMETER,
                                                List.of(String.valueOf(head.getId())))))))
                .open();
    }

    /** The volgers (R12) and the person's portal access (R15) below the form. */
    void showFollowers(PersonRegistration registration) {
        if (followers.getParent().isEmpty()) {
            card.add(followers, portalAccess);
        }
        followers.show(registration.getId());
        portalAccess.show(registration);
    }
}
