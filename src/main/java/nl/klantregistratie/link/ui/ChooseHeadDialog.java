package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.link.HeadCandidate;
import nl.klantregistratie.link.LinkService;

/**
 * Picks a hoofd: for a contactpersoon that is being created (docs/domain.md R7: linked in its create
 * form), or as the new hoofd of another hoofd's volgers (R3, R14). Picking a contactpersoon shows the
 * R2 advice first, with the klant-persoon that looks like the same person when there is one.
 */
public class ChooseHeadDialog extends Dialog {

    private final LinkService links;
    private final Consumer<HeadCandidate> onChosen;
    private final Div advice = new Div();

    /** For a new contactpersoon. */
    public ChooseHeadDialog(LinkService links, Consumer<HeadCandidate> onChosen) {
        this(links, "link.choose.title", "link.choose.intro", -1, onChosen);
    }

    /** With its own title and introduction (translation keys); never offers the registration {@code excludedId}. */
    public ChooseHeadDialog(
            LinkService links, String titleKey, String introKey, long excludedId, Consumer<HeadCandidate> onChosen) {
        this.links = links;
        this.onChosen = onChosen;
        setId("choose-head-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("44em");
        HeadSearch search = new HeadSearch(links, excludedId, candidate -> {
            if (candidate.kind() == RegistrationKind.CONTACT) {
                advise(candidate);
            } else {
                choose(candidate);
            }
        });
        advice.setId("choose-head-advice");
        advice.setVisible(false);
        add(new Paragraph(getTranslation(introKey)), search, advice);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("choose-head-cancel");
        getFooter().add(cancel);
        addOpenedChangeListener(e -> search.focus());
    }

    private void choose(HeadCandidate candidate) {
        close();
        onChosen.accept(candidate);
    }

    /** R2: a contactpersoon as hoofd only when the person has no klant-persoon. */
    private void advise(HeadCandidate contact) {
        advice.removeAll();
        advice.add(LinkPreviewPanel.warning(getTranslation("link.advice.contact")));
        links.klantPersoonLike(contact.id()).ifPresent(person -> {
            Button use = new Button(
                    getTranslation("link.advice.use", person.naam(), String.valueOf(person.klantnummer())),
                    e -> choose(person));
            use.setId("choose-head-use-klant");
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            advice.add(use);
        });
        Button anyway = new Button(
                getTranslation("link.advice.anyway", contact.naam(), String.valueOf(contact.klantnummer())),
                e -> choose(contact));
        anyway.setId("choose-head-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_SMALL);
        advice.add(anyway);
        advice.setVisible(true);
    }
}
