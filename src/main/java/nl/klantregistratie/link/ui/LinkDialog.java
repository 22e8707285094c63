package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.link.HeadCandidate;
import nl.klantregistratie.link.LinkPreview;
import nl.klantregistratie.link.LinkService;
import org.jspecify.annotations.Nullable;

/**
 * "Koppelen aan hoofd(contact)persoon" (docs/domain.md R4): search the hoofd, see what changes, and
 * confirm with "Verder"; "Annuleren" leaves everything as it was. Choosing a contactpersoon shows
 * the R2 advice; a volger that is itself hoofd names the volgers that move along (R3).
 */
public class LinkDialog extends Dialog {

    private final LinkService links;
    private final ContactPerson follower;
    private final Runnable onLinked;
    private final Div preview = new Div();
    private final Button verder = new Button();
    private @Nullable LinkPreview current;

    public LinkDialog(LinkService links, ContactPerson follower, Runnable onLinked) {
        this.links = links;
        this.follower = follower;
        this.onLinked = onLinked;
        setId("link-dialog");
        setHeaderTitle(getTranslation("link.dialog.title", follower.getDisplayName()));
        setWidth("52em");
        HeadSearch search = new HeadSearch(links, follower.getId(), this::choose);
        preview.setId("link-preview");
        preview.addClassName("link-preview");
        add(new Paragraph(getTranslation("link.dialog.intro")), search, preview);

        verder.setText(getTranslation("link.dialog.verder"));
        verder.setId("link-verder");
        verder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verder.setEnabled(false);
        verder.addClickListener(e -> link());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("link-cancel");
        getFooter().add(cancel, verder);
        addOpenedChangeListener(e -> search.focus());
    }

    private void choose(HeadCandidate candidate) {
        preview.removeAll();
        current = null;
        verder.setEnabled(false);
        try {
            current = links.preview(follower.getId(), candidate.id());
        } catch (DomainException e) {
            preview.add(LinkPreviewPanel.warning(Notifications.text(e)));
            return;
        }
        preview.add(new LinkPreviewPanel(current, this::chooseSuggested));
        verder.setEnabled(true);
        // Below the search results on a small screen: bring what will change into view before "Verder".
        preview.scrollIntoView();
    }

    private void chooseSuggested(ClientPerson suggested) {
        choose(new HeadCandidate(
                suggested.getId(),
                suggested.getKlantnummer(),
                suggested.getDisplayName(),
                suggested.getKind(),
                null,
                0));
    }

    private void link() {
        LinkPreview chosen = current;
        if (chosen == null) {
            return;
        }
        try {
            links.link(follower.getId(), follower.getVersion(), chosen.head().getId());
            Notifications.success(LinkPreviewPanel.linkedMessage(
                    this, chosen, follower.getDisplayName(), chosen.head().getDisplayName()));
            close();
            onLinked.run();
        } catch (DomainException e) {
            Notifications.refused(e);
        }
    }
}
