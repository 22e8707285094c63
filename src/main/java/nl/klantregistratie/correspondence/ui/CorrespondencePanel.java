package nl.klantregistratie.correspondence.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.correspondence.Correspondence;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.correspondence.MailStatus;
import org.jspecify.annotations.Nullable;

/**
 * The correspondence of a card (the klantdossier, or the messages to a contactpersoon), newest
 * first: date, to whom, address, subject, status, sender, read page by page as the grid scrolls.
 * Clicking a row shows the message.
 * Fills itself on {@link #show(long)}.
 */
public class CorrespondencePanel extends VerticalLayout {

    /** Up to this many messages the grid shows them all; a longer dossier scrolls and loads as it goes. */
    private static final int ALL_ROWS_UP_TO = 10;

    private final CorrespondenceService correspondence;
    private final Grid<Correspondence> grid = new Grid<>();
    private final Div message = new Div();

    public CorrespondencePanel(CorrespondenceService correspondence) {
        this.correspondence = correspondence;
        addClassName("dossier-panel");
        setPadding(false);
        grid.setId("dossier-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(c -> when(c.getCreatedAt()))
                .setHeader(getTranslation("dossier.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Correspondence::getRecipientName).setHeader(getTranslation("dossier.to"));
        grid.addColumn(Correspondence::getToAddress).setHeader(getTranslation("dossier.address"));
        grid.addColumn(Correspondence::getSubject).setHeader(getTranslation("dossier.subject"));
        grid.addColumn(c -> getTranslation(c.getStatus().translationKey()))
                .setHeader(getTranslation("dossier.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Correspondence::getSentByName).setHeader(getTranslation("dossier.sender"));
        grid.setEmptyStateText(getTranslation("dossier.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> showMessage(e.getValue()));
        message.setId("dossier-message");
        message.addClassName("dossier-message");
        message.setVisible(false);
        add(grid, message);
    }

    /** Shows the correspondence of the registration (again, with what was filed since). */
    public void show(long registrationId) {
        boolean allRows = correspondence.countCorrespondenceOf(registrationId) <= ALL_ROWS_UP_TO;
        grid.setAllRowsVisible(allRows);
        grid.setHeight(allRows ? null : "24rem");
        grid.setItems(
                query -> correspondence.correspondenceOf(registrationId, toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(correspondence.countCorrespondenceOf(registrationId)));
        showMessage(null);
    }

    private void showMessage(@Nullable Correspondence shown) {
        message.removeAll();
        message.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        Div header = new Div(getTranslation(
                "dossier.message.header",
                shown.getRecipientName(),
                shown.getToAddress(),
                when(shown.getCreatedAt()),
                shown.getSentByName()));
        header.addClassName("dossier-message-header");
        Div subject = new Div(shown.getSubject());
        subject.addClassName("dossier-message-subject");
        message.add(header, subject);
        if (shown.getFromAddress() != null) {
            message.add(new Div(getTranslation("dossier.message.from", shown.getFromAddress())));
        }
        if (shown.getStatus() != MailStatus.VERZONDEN && shown.getFailureKey() != null) {
            Div reason = new Div(getTranslation(
                    "dossier.message.reason",
                    getTranslation(shown.getStatus().translationKey()) + ": " + getTranslation(shown.getFailureKey())));
            reason.setId("dossier-message-reason");
            reason.addClassName("dossier-message-reason");
            message.add(reason);
            if (shown.getFailureDetail() != null) {
                message.add(new Div(getTranslation("dossier.message.detail", shown.getFailureDetail())));
            }
        }
        Div body = new Div(shown.getBody());
        body.setId("dossier-message-body");
        body.addClassName("dossier-message-body");
        message.add(body);
    }

    private static String when(Instant instant) {
        return OfficeTime.format(instant);
    }
}
