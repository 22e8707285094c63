package nl.klantregistratie.history.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.ui.Card;
import nl.klantregistratie.client.ui.CardExtension;
import nl.klantregistratie.client.ui.CardPart;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.springframework.core.annotation.Order;

/** The "Historie" section at the end of every card (R16), filled when opened; support staff only. */
@SpringComponent
@Order(400)
class HistoryCardExtension implements CardExtension {

    private final HistoryService history;
    private final CurrentUser currentUser;

    HistoryCardExtension(HistoryService history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<CardPart> createPart(Card card) {
        if (!currentUser.hasRole(Role.SUPPORT)) {
            return Optional.empty();
        }
        HistoryPanel panel = new HistoryPanel(history);
        Details section = new Details(card.component().getTranslation("section.historie"), panel);
        section.setId("section-historie");
        section.addClassName("card-section");
        section.setWidthFull();
        section.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                panel.show(card.registration().getId());
            }
        });
        card.addSection(section);
        return Optional.of(new CardPart() {
            @Override
            public void showDetails(Registration shown) {
                if (section.isOpened()) {
                    panel.show(shown.getId());
                }
            }
        });
    }
}
