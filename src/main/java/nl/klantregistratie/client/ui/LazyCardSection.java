package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.LongConsumer;

/**
 * A section of a card that opens and closes and reads its content only while open: the
 * correspondence and the history of a registration are not read for every card shown.
 */
public class LazyCardSection extends Details {

    private final Card card;
    private final LongConsumer fill;

    /**
     * @param fill reads and shows the content for the registration with this id
     */
    public LazyCardSection(Card card, String id, String titleKey, Component content, LongConsumer fill) {
        super(card.component().getTranslation(titleKey), content);
        this.card = card;
        this.fill = fill;
        setId(id);
        addClassName("card-section");
        setWidthFull();
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill.accept(card.registration().getId());
            }
        });
        card.addSection(this);
    }

    /** Shows the content anew when open ({@link CardPart#showDetails}). */
    public void refresh() {
        if (isOpened()) {
            fill.accept(card.registration().getId());
        }
    }
}
