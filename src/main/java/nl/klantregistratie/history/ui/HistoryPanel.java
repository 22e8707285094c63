package nl.klantregistratie.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryEntry.FieldChange;
import nl.klantregistratie.history.HistoryEntry.Hoofd;
import nl.klantregistratie.history.HistoryService;
import org.jspecify.annotations.Nullable;

/**
 * The history of one registration (DOMAIN.md R16), for the Historie section of a card: one line per
 * change, newest first, "27-11-2026 14:03 · Sanne Support · Gekoppeld aan hoofd J. Jansen (100012)",
 * which opens to the fields that changed, old → new. Fills itself on {@link #show(long)}.
 */
public class HistoryPanel extends VerticalLayout {

    /** The office works in Dutch time, whatever the server's zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

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
        String summary = getTranslation("history.entry", WHEN.format(entry.when().atZone(ZONE)), who(entry),
                what(entry));
        if (entry.changes().isEmpty()) {
            Span line = new Span(summary);
            line.addClassName("history-entry");
            return line;
        }
        Div changes = new Div();
        changes.addClassName("history-changes");
        for (FieldChange change : entry.changes()) {
            Div line = new Div(getTranslation("history.change", getTranslation(change.fieldKey()),
                    value(change.oldValue(), change.translatable()), value(change.newValue(), change.translatable())));
            line.addClassName("history-change");
            changes.add(line);
        }
        Details details = new Details(summary, changes);
        details.addClassName("history-entry");
        details.addThemeVariants(DetailsVariant.SMALL);
        return details;
    }

    private String who(HistoryEntry entry) {
        if (entry.isBySystem()) {
            return getTranslation("history.user.system");
        }
        return entry.userDisplayName() != null ? entry.userDisplayName() : entry.username();
    }

    private String what(HistoryEntry entry) {
        String key = entry.kind().translationKey();
        return switch (entry.kind()) {
            case LINKED, PROPAGATED -> getTranslation(key, name(entry.hoofd()), klantnummer(entry.hoofd()));
            case UNLINKED -> getTranslation(key, name(entry.previousHoofd()), klantnummer(entry.previousHoofd()));
            case MOVED -> getTranslation(key, name(entry.previousHoofd()), klantnummer(entry.previousHoofd()),
                    name(entry.hoofd()), klantnummer(entry.hoofd()));
            case CREATED -> entry.hoofd() == null ? getTranslation(key)
                    : getTranslation(key + ".linked", name(entry.hoofd()), klantnummer(entry.hoofd()));
            default -> getTranslation(key);
        };
    }

    private String value(String value, boolean translatable) {
        if (value.isEmpty()) {
            return getTranslation("history.value.empty");
        }
        return translatable ? getTranslation(value) : value;
    }

    private static String name(@Nullable Hoofd hoofd) {
        return hoofd == null ? "" : hoofd.name();
    }

    private static String klantnummer(@Nullable Hoofd hoofd) {
        return hoofd == null || hoofd.klantnummer() == null ? "" : String.valueOf(hoofd.klantnummer());
    }
}
