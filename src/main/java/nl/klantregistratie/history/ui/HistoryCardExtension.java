package nl.klantregistratie.history.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.ui.Card;
import nl.klantregistratie.client.ui.CardExtension;
import nl.klantregistratie.client.ui.CardPart;
import nl.klantregistratie.client.ui.LazyCardSection;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.springframework.core.annotation.Order;

/** The "Historie" section at the end of every card (R16), read when opened; support staff only. */
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
        LazyCardSection<HistoryPanel> section = new LazyCardSection<>(
                card, "section-historie", "section.historie", () -> new HistoryPanel(history), HistoryPanel::show);
        return Optional.of(new CardPart() {
            @Override
            public void showDetails(Registration shown) {
                section.refresh();
            }
        });
    }
}
