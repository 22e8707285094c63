package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.klantregistratie.base.ui.ChangesGrid;
import nl.klantregistratie.kvk.KvkUsage;
import org.jspecify.annotations.Nullable;

/**
 * What taking over the KvK's data changes in the klant-bedrijf form, before anything changes (like
 * the link preview); "Overnemen" puts the values in the form, which the user then saves or cancels.
 * Support staff also see the month's queries against the cap.
 */
class KvkPreviewDialog extends Dialog {

    /** One field the KvK would change, and how to put its value in the form. */
    record Proposal(ChangesGrid.Change change, Runnable apply) {}

    KvkPreviewDialog(String kvkNummer, List<Proposal> proposals, @Nullable KvkUsage usage, Runnable afterApply) {
        setId("kvk-preview");
        setHeaderTitle(getTranslation("kvk.preview.title", kvkNummer));
        setWidth("min(48rem, 95vw)");
        add(new Paragraph(getTranslation("kvk.preview.intro")));
        add(ChangesGrid.of(
                "kvk-changes", proposals.stream().map(Proposal::change).toList()));
        if (usage != null) {
            Paragraph count = new Paragraph(getTranslation("kvk.usage", usage.used(), usage.cap()));
            count.setId("kvk-usage");
            count.addClassName("link-note");
            add(count);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("kvk-cancel");
        Button apply = new Button(getTranslation("kvk.apply"), e -> {
            proposals.forEach(proposal -> proposal.apply().run());
            close();
            afterApply.run();
        });
        apply.setId("kvk-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, apply);
    }
}
