package nl.klantregistratie.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.ui.Card;
import nl.klantregistratie.client.ui.CardExtension;
import nl.klantregistratie.client.ui.CardPart;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.springframework.core.annotation.Order;

/**
 * Anonymisation on the cards of klant-personen and contactpersonen: for support, Acties →
 * "Anonimiseren…" (asked first, with what is erased and what is kept); on an anonymised card, who
 * anonymised it and when.
 */
@SpringComponent
@Order(500)
class AnonymisationCardExtension implements CardExtension {

    private final ClientService clients;
    private final CurrentUser currentUser;

    AnonymisationCardExtension(ClientService clients, CurrentUser currentUser) {
        this.clients = clients;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<CardPart> createPart(Card card) {
        if (card.kind() == RegistrationKind.BEDRIJF) {
            return Optional.empty();
        }
        Component context = card.component();
        return Optional.of(new CardPart() {
            @Override
            public void decorate(Registration shown) {
                if (shown.isAnonymised() && shown.getAnonymisedAt() != null) {
                    Div note = new Div(context.getTranslation(
                            "anonymise.note", OfficeTime.format(shown.getAnonymisedAt()), shown.getAnonymisedBy()));
                    note.setId("anonymised-note");
                    note.addClassName("link-title");
                    card.addSubtitle(note);
                }
            }

            @Override
            public void addActions(Registration shown, SubMenu menu) {
                if (!shown.isNew() && !shown.isRecordOnly() && currentUser.hasRole(Role.SUPPORT)) {
                    menu.addItem(
                                    context.getTranslation("anonymise.action"),
                                    e -> card.fromActions(new AnonymiseDialog(clients, shown, card::reload))
                                            .open())
                            .setId("action-anonymise");
                }
            }
        });
    }
}
