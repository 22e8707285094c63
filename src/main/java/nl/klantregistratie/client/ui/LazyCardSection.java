package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A section of a card that opens and closes, and builds and reads its content only when opened: the
 * correspondence and the history of a registration are neither read nor held as components for
 * every card shown (a card that is only looked at costs its session less memory, docs/benchmarks.md
 * "Memory per session").
 *
 * @param <P> the content: built once, on the first opening
 */
public class LazyCardSection<P extends Component> extends Details {

    private final Card card;
    private final Supplier<P> build;
    private final BiConsumer<P, Long> fill;
    private @Nullable P content;

    /**
     * @param build makes the content, the first time the section opens
     * @param fill reads and shows the content for the registration with this id
     */
    public LazyCardSection(Card card, String id, String titleKey, Supplier<P> build, BiConsumer<P, Long> fill) {
        super(card.component().getTranslation(titleKey));
        this.card = card;
        this.build = build;
        this.fill = fill;
        setId(id);
        addClassName("card-section");
        setWidthFull();
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                show();
            }
        });
        card.addSection(this);
    }

    /** Shows the content anew when open ({@link CardPart#showDetails}). */
    public void refresh() {
        if (isOpened()) {
            show();
        }
    }

    /** Opens the section, or shows its content anew when it is open already. */
    public void openAndShow() {
        if (isOpened()) {
            show();
        } else {
            setOpened(true);
        }
    }

    private void show() {
        P shown = content;
        if (shown == null) {
            shown = build.get();
            content = shown;
            add(shown);
        }
        fill.accept(shown, card.registration().getId());
    }
}
