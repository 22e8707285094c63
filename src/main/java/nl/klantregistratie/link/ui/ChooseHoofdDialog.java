package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import nl.klantregistratie.link.HoofdCandidate;
import nl.klantregistratie.link.LinkService;

/**
 * Picks a hoofd: for a contactpersoon that is being created (DOMAIN.md R7: linked in its create
 * form), or as the new hoofd of another hoofd's volgers (R3, R14).
 */
public class ChooseHoofdDialog extends Dialog {

    /** For a new contactpersoon. */
    public ChooseHoofdDialog(LinkService links, Consumer<HoofdCandidate> onChosen) {
        this(links, "link.choose.title", "link.choose.intro", -1, onChosen);
    }

    /** With its own title and introduction (translation keys); never offers the registration {@code excludedId}. */
    public ChooseHoofdDialog(LinkService links, String titleKey, String introKey, long excludedId,
            Consumer<HoofdCandidate> onChosen) {
        setId("choose-hoofd-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("44em");
        HoofdSearch search = new HoofdSearch(links, excludedId, candidate -> {
            close();
            onChosen.accept(candidate);
        });
        add(new Paragraph(getTranslation(introKey)), search);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("choose-hoofd-cancel");
        getFooter().add(cancel);
        addOpenedChangeListener(e -> search.focus());
    }
}
