package nl.klantregistratie.suggestion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.link.LinkPreview;
import nl.klantregistratie.link.ui.LinkDialog;
import nl.klantregistratie.suggestion.LinkSuggestion;
import nl.klantregistratie.suggestion.SuggestionService;

/**
 * One suggestion with the same preview as the link dialog (what changes in the volger, the R2 advice
 * for a contactpersoon as hoofd, volgers that move along); "Verder" links, "Afwijzen" rejects.
 */
class SuggestionDialog extends Dialog {

    SuggestionDialog(SuggestionService suggestions, LinkSuggestion suggestion, Runnable onDone) {
        setId("suggestion-dialog");
        setWidth("52em");
        setHeaderTitle(getTranslation("link.dialog.title", suggestion.volger().naam()));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("suggestion-cancel");
        Button reject = new Button(getTranslation("suggestion.reject"), e -> {
            suggestions.reject(suggestion);
            Notifications.success(getTranslation("suggestion.rejected", 1));
            close();
            onDone.run();
        });
        reject.setId("suggestion-dialog-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(reject, cancel);

        LinkPreview preview;
        try {
            preview = suggestions.preview(suggestion);
        } catch (DomainException e) {
            add(new Paragraph(getTranslation(e.getMessageKey(), e.getArguments())));
            return;
        }
        add(new H4(getTranslation("link.preview.title", preview.hoofd().getDisplayName(),
                String.valueOf(preview.hoofd().getKlantnummer()))));
        if (preview.hoofdIsContactPerson()) {
            Div advice = new Div(getTranslation("link.advice.contact"));
            advice.addClassName("link-warning");
            advice.setId("link-advice");
            add(advice);
        }
        if (!preview.volgersToMove().isEmpty()) {
            Div moving = new Div(getTranslation("link.preview.moving", preview.volgersToMove().stream()
                    .map(v -> v.getDisplayName() + " (" + v.getKlantnummer() + ")").collect(Collectors.joining(", "))));
            moving.addClassName("link-warning");
            moving.setId("link-moving");
            add(moving);
        }
        add(preview.changes().isEmpty() ? new Paragraph(getTranslation("link.preview.nochanges"))
                : LinkDialog.changesGrid(preview.changes()));

        Button verder = new Button(getTranslation("link.dialog.verder"), e -> {
            try {
                suggestions.accept(suggestion, preview.volger().getVersion());
                Notifications.success(getTranslation("link.done", suggestion.volger().naam(), suggestion.hoofd().naam()));
                close();
                onDone.run();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
        });
        verder.setId("suggestion-verder");
        verder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(verder);
    }
}
