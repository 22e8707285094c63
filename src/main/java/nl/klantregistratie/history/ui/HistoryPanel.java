package nl.klantregistratie.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryService;

/**
 * The history of one registration (docs/domain.md R16), for the Historie section of a card: one line per
 * change, newest first, "27-11-2026 14:03 · Sanne Support · Gekoppeld aan hoofd J. Jansen (100012)",
 * which opens to the fields that changed, old → new. Fills itself on {@link #show(long)}.
 */
public class HistoryPanel extends VerticalLayout {

    private final HistoryService history;

    public HistoryPanel(HistoryService history) {
        this.history = history;
        addClassName("history-panel");
        setPadding(false);
        setSpacing(false);
    }

    /** Shows the history of the registration (again, with what was recorded since). */
    public void show(long registrationId) {
        removeAll();
        List<HistoryEntry> entries = history.historyOf(registrationId);
        if (entries.isEmpty()) {
            Span empty = new Span(getTranslation("history.empty"));
            empty.addClassName("history-empty");
            add(empty);
            return;
        }
        entries.forEach(entry -> add(entryComponent(entry)));
    }

    private Component entryComponent(HistoryEntry entry) {
        String summary = getTranslation(
                "history.entry",
                HistoryTexts.when(entry),
                HistoryTexts.who(entry, this),
                HistoryTexts.what(entry, this));
        if (entry.changes().isEmpty()) {
            Span line = new Span(summary);
            line.addClassName("history-entry");
            return line;
        }
        Details details = new Details(summary, HistoryTexts.changes(entry, this));
        details.addClassName("history-entry");
        details.addThemeVariants(DetailsVariant.SMALL);
        return details;
    }
}
