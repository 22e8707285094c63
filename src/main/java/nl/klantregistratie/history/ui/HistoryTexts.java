package nl.klantregistratie.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryEntry.FieldChange;
import nl.klantregistratie.history.HistoryEntry.Head;
import org.jspecify.annotations.Nullable;

/**
 * How a history entry reads, in the user's language, for the card's Historie section and the
 * Historie page alike: when, who, what kind of change, and each field old → new.
 */
final class HistoryTexts {

    private HistoryTexts() {}

    static String when(HistoryEntry entry) {
        return OfficeTime.format(entry.when());
    }

    /** Who made the change, and why when it was more than a form: "Maarten Manager (Import 12: klanten.csv)". */
    static String who(HistoryEntry entry, Component context) {
        String who = entry.isBySystem()
                ? context.getTranslation("history.user.system")
                : entry.userDisplayName() != null ? entry.userDisplayName() : entry.username();
        return entry.reason() == null ? who : who + " (" + entry.reason() + ")";
    }

    static String what(HistoryEntry entry, Component context) {
        String what = ownWhat(entry, context);
        return entry.follower() == null
                ? what
                : context.getTranslation(
                        "history.follower", name(entry.follower()), klantnummer(entry.follower()), what);
    }

    private static String ownWhat(HistoryEntry entry, Component context) {
        String key = entry.kind().translationKey();
        return switch (entry.kind()) {
            case LINKED, PROPAGATED -> context.getTranslation(key, name(entry.head()), klantnummer(entry.head()));
            case UNLINKED -> context.getTranslation(key, name(entry.previousHead()), klantnummer(entry.previousHead()));
            case MOVED ->
                context.getTranslation(
                        key,
                        name(entry.previousHead()),
                        klantnummer(entry.previousHead()),
                        name(entry.head()),
                        klantnummer(entry.head()));
            case CREATED ->
                entry.head() == null
                        ? context.getTranslation(key)
                        : context.getTranslation(key + ".linked", name(entry.head()), klantnummer(entry.head()));
            default -> context.getTranslation(key);
        };
    }

    /** One line per changed field: "Achternaam: Jansen → Janssen". */
    static Div changes(HistoryEntry entry, Component context) {
        Div changes = new Div();
        changes.addClassName("history-changes");
        for (FieldChange change : entry.changes()) {
            Div line = new Div(context.getTranslation(
                    "history.change",
                    context.getTranslation(change.fieldKey()),
                    value(change.oldValue(), change.translatable(), context),
                    value(change.newValue(), change.translatable(), context)));
            line.addClassName("history-change");
            changes.add(line);
        }
        return changes;
    }

    private static String value(String value, boolean translatable, Component context) {
        if (value.isEmpty()) {
            return context.getTranslation("history.value.empty");
        }
        return translatable ? context.getTranslation(value) : value;
    }

    private static String name(@Nullable Head head) {
        return head == null ? "" : head.name();
    }

    private static String klantnummer(@Nullable Head head) {
        return head == null || head.klantnummer() == null ? "" : String.valueOf(head.klantnummer());
    }
}
