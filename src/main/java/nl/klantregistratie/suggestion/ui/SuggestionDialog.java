package nl.klantregistratie.suggestion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.link.LinkPreview;
import nl.klantregistratie.link.ui.LinkPreviewPanel;
import nl.klantregistratie.suggestion.LinkSuggestion;
import nl.klantregistratie.suggestion.SuggestionService;

/**
 * One suggestion with the same preview as the link dialog (what changes in the volger, the R2 advice
 * for a contactpersoon as hoofd, volgers that move along); "Verder" links, "Afwijzen" rejects.
 */
class SuggestionDialog extends Dialog {

    /** {@code onLinked} and {@code onRejected} run after the dialog closed on that outcome. */
    SuggestionDialog(SuggestionService suggestions, LinkSuggestion suggestion, Runnable onLinked, Runnable onRejected) {
        setId("suggestion-dialog");
        setWidth("52em");
        setHeaderTitle(getTranslation("link.dialog.title", suggestion.follower().naam()));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("suggestion-cancel");
        Button reject = new Button(getTranslation("suggestion.reject"), e -> {
            suggestions.reject(suggestion);
            Notifications.success(getTranslation("suggestion.rejected", 1));
            close();
            onRejected.run();
        });
        reject.setId("suggestion-dialog-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(reject, cancel);

        LinkPreview preview;
        try {
            preview = suggestions.preview(suggestion);
        } catch (DomainException e) {
            add(new Paragraph(Notifications.text(e)));
            return;
        }
        add(new LinkPreviewPanel(preview, null));

        Button verder = new Button(getTranslation("link.dialog.verder"), e -> {
            try {
                suggestions.accept(suggestion, preview.follower().getVersion());
                Notifications.success(LinkPreviewPanel.linkedMessage(
                        this,
                        preview,
                        suggestion.follower().naam(),
                        suggestion.head().naam()));
                close();
                onLinked.run();
            } catch (DomainException ex) {
                Notifications.refused(ex);
            }
        });
        verder.setId("suggestion-verder");
        verder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(verder);
    }
}
