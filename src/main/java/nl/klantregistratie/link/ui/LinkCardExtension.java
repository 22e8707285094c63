package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.SyncedField;
import nl.klantregistratie.client.ui.Card;
import nl.klantregistratie.client.ui.CardExtension;
import nl.klantregistratie.client.ui.CardPart;
import nl.klantregistratie.client.ui.CardRoutes;
import nl.klantregistratie.link.HeadCandidate;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.LinkState;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.springframework.core.annotation.Order;

/**
 * What the koppelingen add to the cards of klant-personen and contactpersonen: the title line of a
 * volger ("gekoppeld aan hoofd …", R11) with its privé gegevens locked (R5), or of a hoofd ("hoofd van
 * N volgers"); the volgers section and "Toon volgers" (R12); "Koppelen aan hoofd(contact)persoon"
 * (R4), also in the create form of a contactpersoon (R7); "Ga naar hoofd" (R12); "Aanmaken →
 * Gekoppelde contactpersoon" (R7, also from the address {@code contactpersonen/nieuw?bedrijf=…&hoofd=…});
 * and, for support, "Koppeling beëindigen" (R13) and "Volgers verplaatsen" (R3, R14).
 */
@SpringComponent
@Order(100)
class LinkCardExtension implements CardExtension {

    /** On a new contactpersoon's address: the hoofd it follows from the start (R7). */
    static final String HEAD_PARAMETER = "hoofd";

    private final LinkService links;
    private final ClientService clients;
    private final CurrentUser currentUser;

    LinkCardExtension(LinkService links, ClientService clients, CurrentUser currentUser) {
        this.links = links;
        this.clients = clients;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<CardPart> createPart(Card card) {
        return card.kind() == RegistrationKind.BEDRIJF ? Optional.empty() : Optional.of(new Part(card));
    }

    private final class Part implements CardPart {

        private final Card card;
        private final Component context;
        private final FollowersSection followers;
        private final Button linkNew = new Button();

        Part(Card card) {
            this.card = card;
            this.context = card.component();
            this.followers = new FollowersSection(links, follower -> CardRoutes.open(context, follower));
            followers.setVisible(false);
            card.addSection(followers);
            linkNew.setText(context.getTranslation("link.create.inform"));
            linkNew.setId("link-new");
            linkNew.setIcon(VaadinIcon.LINK.create());
            linkNew.addThemeVariants(ButtonVariant.LUMO_SMALL);
            linkNew.addClickListener(e -> new ChooseHeadDialog(links, this::followInForm).open());
        }

        @Override
        public void prepareNew(Registration draft, QueryParameters parameters) {
            Optional<String> head = parameters.getSingleParameter(HEAD_PARAMETER);
            if (draft instanceof ContactPerson contact && head.isPresent()) {
                links.prepareLinked(contact, head.get().matches("[0-9]{1,18}") ? Long.parseLong(head.get()) : -1);
            }
        }

        /** "Koppelen aan hoofd" in the create form: keeps what was typed, takes the privé gegevens from the hoofd. */
        private void followInForm(HeadCandidate candidate) {
            card.changeDraft(draft -> links.prepareLinked((ContactPerson) draft, candidate.id()));
        }

        @Override
        public void decorate(Registration shown) {
            PersonRegistration head = shown instanceof ContactPerson contact ? contact.getHead() : null;
            card.lockPersonalData(
                    head == null
                            ? null
                            : context.getTranslation(
                                    "link.follower.note",
                                    head.getDisplayName(),
                                    String.valueOf(head.getKlantnummer())));
            // R10 on the card: the empty privé e-mail of a volger says the hoofd has one it does not pass on
            boolean withheld = head != null
                    && head.getEmailvoorkeur() == EmailPreference.ZAKELIJK
                    && head.getPersonal().getPriveEmail() != null;
            card.hintPersonalField(
                    SyncedField.PRIVE_EMAIL,
                    withheld ? context.getTranslation("link.follower.emailwithheld", head.getDisplayName()) : null);
            if (head != null) {
                Anchor headLink = new Anchor(CardRoutes.of(head), head.getLabel());
                headLink.setId("follower-head-link");
                Div linked = new Div(new Span(context.getTranslation("link.follower.title") + " "), headLink);
                linked.setId("follower-title");
                linked.addClassName("link-title");
                card.addSubtitle(linked);
            } else if (shown.isNew()) {
                if (shown instanceof ContactPerson) {
                    card.addSubtitle(linkNew);
                }
            } else {
                LinkState state = links.state(shown.getId());
                if (state.isHead()) {
                    Div title = new Div(context.getTranslation("link.head.title", state.followerCount()));
                    title.setId("head-title");
                    title.addClassName("link-title");
                    card.addSubtitle(title);
                }
            }
        }

        @Override
        public void addActions(Registration shown, SubMenu menu) {
            if (shown.isNew() || shown.isRecordOnly() || !(shown instanceof PersonRegistration person)) {
                return; // an anonymised or merged registration is a record only: it links to nothing (LinkService)
            }
            PersonRegistration head = person instanceof ContactPerson contact ? contact.getHead() : null;
            if (head != null) {
                ContactPerson follower = (ContactPerson) person;
                menu.addItem(context.getTranslation("link.action.gotohead"), e -> CardRoutes.open(context, head))
                        .setId("action-goto-head");
                if (currentUser.hasRole(Role.SUPPORT)) {
                    menu.addItem(context.getTranslation("link.action.unlink"), e -> confirmUnlink(follower, head))
                            .setId("action-unlink");
                }
                return;
            }
            if (person instanceof ContactPerson contact) {
                // Also for a contactpersoon that is hoofd itself: its volgers move along, named in the preview (R3).
                menu.addItem(
                                context.getTranslation("link.action.link"),
                                e -> card.fromActions(new LinkDialog(links, contact, card::reload))
                                        .open())
                        .setId("action-link");
            }
            MenuItem create = menu.addItem(context.getTranslation("link.action.create"));
            create.setId("action-create");
            create.getSubMenu()
                    .addItem(context.getTranslation("link.action.createlinked"), e -> createLinked(person))
                    .setId("action-create-linked");
            if (links.state(person.getId()).isHead()) {
                menu.addItem(context.getTranslation("link.action.showfollowers"), e -> followers.scrollTo())
                        .setId("action-show-followers");
                if (currentUser.hasRole(Role.SUPPORT)) {
                    menu.addItem(context.getTranslation("link.action.move"), e -> chooseNewHead(person))
                            .setId("action-move-followers");
                }
            }
        }

        /** The volgers (R12) below the form; hidden while there are none. */
        @Override
        public void showDetails(Registration shown) {
            followers.show(shown.getId());
        }

        /**
         * A hoofd with volgers cannot be deleted (R14): support staff get "Volgers verplaatsen" and
         * "Koppelingen beëindigen" right in the refusal, others are told who can.
         */
        @Override
        public List<Component> solveDeletionRefusal(Registration shown, DomainException refusal, Runnable close) {
            if (!"link.delete.head".equals(refusal.getMessageKey()) || !(shown instanceof PersonRegistration head)) {
                return List.of();
            }
            if (!currentUser.hasRole(Role.SUPPORT)) {
                Paragraph ask = new Paragraph(context.getTranslation("link.delete.ask"));
                ask.setId("delete-refused-ask");
                return List.of(ask);
            }
            Button move = new Button(context.getTranslation("link.action.move"), e -> {
                close.run();
                chooseNewHead(head);
            });
            move.setId("delete-refused-move");
            Button unlinkAll = new Button(context.getTranslation("link.action.unlinkall"), e -> {
                close.run();
                confirmUnlinkAll(head);
            });
            unlinkAll.setId("delete-refused-unlink-all");
            return List.of(move, unlinkAll);
        }

        private void confirmUnlinkAll(PersonRegistration head) {
            String headName = head.getDisplayName();
            String headNumber = String.valueOf(head.getKlantnummer());
            confirmThenReload(
                    "unlink-all-dialog",
                    "link.unlinkall.title",
                    context.getTranslation(
                                    "link.unlinkall.text",
                                    links.state(head.getId()).followerCount(),
                                    headName,
                                    headNumber)
                            + " " + context.getTranslation("link.move.names", followerNames(head)),
                    "link.action.unlinkall",
                    () -> context.getTranslation(
                            "link.unlinkall.done", links.unlinkAll(head.getId()), headName, headNumber));
        }

        private void createLinked(PersonRegistration head) {
            card.fromActions(new CompanyPickerDialog(
                            clients,
                            head.getDisplayName(),
                            company -> CardRoutes.openNewContact(
                                    context, company.id(), Map.of(HEAD_PARAMETER, String.valueOf(head.getId())))))
                    .open();
        }

        private void confirmUnlink(ContactPerson follower, PersonRegistration head) {
            String followerName = follower.getDisplayName();
            String followerNumber = String.valueOf(follower.getKlantnummer());
            String headName = head.getDisplayName();
            String headNumber = String.valueOf(head.getKlantnummer());
            confirmThenReload(
                    "unlink-dialog",
                    "link.unlink.title",
                    context.getTranslation(
                            "link.unlink.text",
                            followerName,
                            followerNumber,
                            follower.getCompany() == null
                                    ? ""
                                    : follower.getCompany().getDisplayName(),
                            headName,
                            headNumber),
                    "link.action.unlink",
                    () -> {
                        links.unlink(follower.getId(), follower.getVersion());
                        return context.getTranslation(
                                "link.unlink.done", followerName, followerNumber, headName, headNumber);
                    });
        }

        private void chooseNewHead(PersonRegistration from) {
            card.fromActions(new ChooseHeadDialog(
                            links, "link.move.title", "link.move.intro", from.getId(), to -> confirmMove(from, to)))
                    .open();
        }

        /** "A. Jansen (100012) bij Bakkerij De Korenschoof B.V.; …": who moves, by name. */
        private String followerNames(PersonRegistration from) {
            return String.join(
                    "; ",
                    links.followersOf(from.getId()).stream()
                            .map(follower -> context.getTranslation(
                                    "link.move.name",
                                    follower.getLabel(),
                                    follower.getCompany() == null
                                            ? ""
                                            : follower.getCompany().getDisplayName()))
                            .toList());
        }

        private void confirmMove(PersonRegistration from, HeadCandidate to) {
            String toNumber = String.valueOf(to.klantnummer());
            confirmThenReload(
                    "move-dialog",
                    "link.move.title",
                    context.getTranslation(
                                    "link.move.text",
                                    links.state(from.getId()).followerCount(),
                                    from.getDisplayName(),
                                    String.valueOf(from.getKlantnummer()),
                                    to.naam(),
                                    toNumber)
                            + " " + context.getTranslation("link.move.names", followerNames(from)),
                    "link.move.confirm",
                    () -> context.getTranslation(
                            "link.move.done", links.moveFollowers(from.getId(), to.id()), to.naam(), toNumber));
        }

        /**
         * Asks first; on confirmation runs the change (which returns what to tell the user, or is
         * refused) and shows the card's saved state again.
         */
        private void confirmThenReload(
                String id, String headerKey, String text, String confirmKey, Supplier<String> change) {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId(id);
            dialog.setHeader(context.getTranslation(headerKey));
            dialog.setText(text);
            dialog.setCancelable(true);
            dialog.setCancelText(context.getTranslation("action.cancel"));
            dialog.setConfirmText(context.getTranslation(confirmKey));
            dialog.addConfirmListener(e -> {
                try {
                    Notifications.success(change.get());
                } catch (DomainException ex) {
                    Notifications.refused(ex);
                }
                card.reload();
            });
            card.fromActions(dialog).open();
        }
    }
}
