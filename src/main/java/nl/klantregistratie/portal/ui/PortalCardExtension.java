package nl.klantregistratie.portal.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.ui.Card;
import nl.klantregistratie.client.ui.CardExtension;
import nl.klantregistratie.client.ui.CardPart;
import nl.klantregistratie.portal.PortalService;
import org.springframework.core.annotation.Order;

/** "Portaaltoegang" (R15) on the cards of klant-personen and contactpersonen. */
@SpringComponent
@Order(200)
class PortalCardExtension implements CardExtension {

    private final PortalService portal;

    PortalCardExtension(PortalService portal) {
        this.portal = portal;
    }

    @Override
    public Optional<CardPart> createPart(Card card) {
        if (card.kind() == RegistrationKind.BEDRIJF) {
            return Optional.empty();
        }
        PortalAccessSection section = new PortalAccessSection(portal);
        section.setVisible(false);
        card.addSection(section);
        return Optional.of(new CardPart() {
            @Override
            public void showDetails(Registration shown) {
                section.show((PersonRegistration) shown);
            }
        });
    }
}
