package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import nl.klantregistratie.link.HoofdCandidate;
import nl.klantregistratie.link.LinkService;

/** Picks a hoofd for a contactpersoon that is being created (DOMAIN.md R7: linked in its create form). */
public class ChooseHoofdDialog extends Dialog {

    public ChooseHoofdDialog(LinkService links, Consumer<HoofdCandidate> onChosen) {
        setId("choose-hoofd-dialog");
        setHeaderTitle(getTranslation("link.choose.title"));
        setWidth("44em");
        HoofdSearch search = new HoofdSearch(links, -1, candidate -> {
            close();
            onChosen.accept(candidate);
        });
        add(new Paragraph(getTranslation("link.choose.intro")), search);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("choose-hoofd-cancel");
        getFooter().add(cancel);
        addOpenedChangeListener(e -> search.focus());
    }
}
