package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.klantregistratie.base.ui.ChangesGrid;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.SyncedField;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.link.LinkPreview;
import org.jspecify.annotations.Nullable;

/**
 * What linking will do, before "Verder" (docs/domain.md R4): the hoofd, the R2 advice when it is a
 * contactpersoon (naming a klant-persoon that looks like the same person, with a button to take that
 * one when the caller can), the volgers that move along (R3), and each field that changes, old → new.
 * Shown by the link dialog and by the link suggestions.
 */
public class LinkPreviewPanel extends Div {

    /** {@code onUseSuggested}: takes the suggested klant-persoon as hoofd instead; null offers no button. */
    public LinkPreviewPanel(LinkPreview shown, @Nullable Consumer<ClientPerson> onUseSuggested) {
        add(new H4(getTranslation(
                "link.preview.title",
                shown.head().getDisplayName(),
                String.valueOf(shown.head().getKlantnummer()))));
        if (shown.headIsContactPerson()) {
            Div advice = warning(getTranslation("link.advice.contact"));
            advice.setId("link-advice");
            ClientPerson suggested = shown.suggestedHead();
            if (suggested != null && onUseSuggested != null) {
                Button use = new Button(
                        getTranslation(
                                "link.advice.use",
                                suggested.getDisplayName(),
                                String.valueOf(suggested.getKlantnummer())),
                        e -> onUseSuggested.accept(suggested));
                use.setId("link-advice-use");
                use.addThemeVariants(ButtonVariant.LUMO_SMALL);
                advice.add(use);
            }
            add(advice);
        }
        if (!shown.followersToMove().isEmpty()) {
            Div moving = warning(getTranslation(
                    "link.preview.moving",
                    shown.followersToMove().stream()
                            .map(ContactPerson::getLabel)
                            .collect(Collectors.joining(", "))));
            moving.setId("link-moving");
            add(moving);
        }
        add(
                shown.changes().isEmpty()
                        ? new Paragraph(getTranslation("link.preview.nochanges"))
                        : changesGrid(this, shown.changes()));
        if (priveEmailWithheld(shown)) {
            Paragraph why = new Paragraph(getTranslation("link.preview.r8"));
            why.setId("link-r8");
            why.addClassName("link-note");
            add(why);
        }
    }

    /** The volger's privé e-mail becomes empty because the hoofd prefers business mail (docs/domain.md R8). */
    private static boolean priveEmailWithheld(LinkPreview shown) {
        return shown.head().getEmailvoorkeur() == EmailPreference.ZAKELIJK
                && shown.changes().stream()
                        .anyMatch(change -> change.fieldKey().equals(SyncedField.PRIVE_EMAIL.labelKey())
                                && change.newValue().isEmpty());
    }

    /**
     * After "Verder": "X volgt nu hoofd Y", and, where X was hoofd itself, that its volgers moved
     * along (R3). Said the same by the link dialog and the link suggestions.
     */
    public static String linkedMessage(Component context, LinkPreview linked, String followerName, String headName) {
        int moved = linked.followersToMove().size();
        return moved == 0
                ? context.getTranslation("link.done", followerName, headName)
                : context.getTranslation("link.done.moved", followerName, headName, moved);
    }

    /** A highlighted note in the dialog (advice, refusal). */
    static Div warning(String text) {
        Div warning = new Div(new Span(text));
        warning.addClassName("link-warning");
        return warning;
    }

    private static Grid<ChangesGrid.Change> changesGrid(Component context, List<HistoryEntry.FieldChange> shown) {
        return ChangesGrid.of(
                "link-changes",
                shown.stream()
                        .map(change -> new ChangesGrid.Change(
                                context.getTranslation(change.fieldKey()),
                                value(context, change, change.oldValue()),
                                value(context, change, change.newValue())))
                        .toList());
    }

    private static String value(Component context, HistoryEntry.FieldChange change, String value) {
        return change.translatable() && !value.isEmpty() ? context.getTranslation(value) : value;
    }
}
