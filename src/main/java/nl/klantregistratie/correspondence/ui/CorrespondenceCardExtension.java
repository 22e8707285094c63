package nl.klantregistratie.correspondence.ui;

import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.ui.Card;
import nl.klantregistratie.client.ui.CardExtension;
import nl.klantregistratie.client.ui.CardPart;
import nl.klantregistratie.client.ui.LazyCardSection;
import nl.klantregistratie.correspondence.CorrespondenceService;
import org.springframework.core.annotation.Order;

/**
 * Correspondence on every card: "Acties → Nieuwe e-mail" (R8–R10) and the "Correspondentie" section
 * with the klantdossier, filled when opened; after filing a message the section opens on it.
 */
@SpringComponent
@Order(300)
class CorrespondenceCardExtension implements CardExtension {

    private final CorrespondenceService correspondence;

    CorrespondenceCardExtension(CorrespondenceService correspondence) {
        this.correspondence = correspondence;
    }

    @Override
    public Optional<CardPart> createPart(Card card) {
        LazyCardSection<CorrespondencePanel> section = new LazyCardSection<>(
                card,
                "section-dossier",
                "dossier.title",
                () -> new CorrespondencePanel(correspondence),
                CorrespondencePanel::show);
        return Optional.of(new CardPart() {
            @Override
            public void addActions(Registration shown, SubMenu menu) {
                if (!shown.isNew() && !shown.isMerged()) { // mail goes to the registration it was merged into
                    menu.addItem(card.component().getTranslation("mail.action.new"), e -> newMail(shown))
                            .setId("action-new-mail");
                }
            }

            @Override
            public void showDetails(Registration shown) {
                section.refresh();
            }

            private void newMail(Registration shown) {
                card.fromActions(new NewMailDialog(correspondence, shown, () -> {
                            section.openAndShow();
                            section.scrollIntoView();
                        }))
                        .open();
            }
        });
    }
}
