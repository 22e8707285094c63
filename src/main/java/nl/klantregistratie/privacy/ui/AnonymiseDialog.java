package nl.klantregistratie.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.Registration;

/**
 * "Anonimiseren" asked first: what is erased, what is kept, and the confirmation that no retention
 * under the Wwft applies. A refusal (a hoofd of volgers, correspondence within its retention) shows
 * in the dialog with the reason; nothing changes then.
 */
class AnonymiseDialog extends Dialog {

    private final Div refusal = new Div();

    AnonymiseDialog(ClientService clients, Registration registration, Runnable onDone) {
        setId("anonymise-dialog");
        setHeaderTitle(getTranslation("anonymise.title", registration.getLabel()));
        setWidth("40em");
        UnorderedList erased = new UnorderedList(
                new ListItem(getTranslation("anonymise.erased.data")),
                new ListItem(getTranslation("anonymise.erased.history")),
                new ListItem(getTranslation("anonymise.erased.dossier")),
                new ListItem(getTranslation("anonymise.erased.portal")));
        Checkbox wwft = new Checkbox(getTranslation("anonymise.wwft.confirm"));
        wwft.setId("anonymise-wwft");
        refusal.setId("anonymise-refusal");
        refusal.addClassName("link-warning");
        refusal.setVisible(false);
        add(
                new Paragraph(getTranslation("anonymise.intro")),
                erased,
                new Paragraph(getTranslation("anonymise.kept")),
                wwft,
                refusal);

        Button anonymise = new Button(getTranslation("anonymise.confirm"), e -> {
            try {
                clients.anonymise(registration.getId(), registration.getVersion(), wwft.getValue());
                Notifications.success(getTranslation("anonymise.done", String.valueOf(registration.getKlantnummer())));
                close();
                onDone.run();
            } catch (DomainException ex) {
                refusal.setText(Notifications.text(ex));
                refusal.setVisible(true);
            }
        });
        anonymise.setId("anonymise-confirm");
        anonymise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        anonymise.setEnabled(false);
        wwft.addValueChangeListener(e -> anonymise.setEnabled(e.getValue()));
        try {
            clients.checkAnonymisable(registration.getId());
        } catch (DomainException refused) { // said at once, instead of after the confirmation
            refusal.setText(Notifications.text(refused));
            refusal.setVisible(true);
            wwft.setEnabled(false);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("anonymise-cancel");
        getFooter().add(cancel, anonymise);
    }
}
