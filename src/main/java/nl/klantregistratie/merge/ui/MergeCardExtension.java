package nl.klantregistratie.merge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.ui.Card;
import nl.klantregistratie.client.ui.CardExtension;
import nl.klantregistratie.client.ui.CardPart;
import nl.klantregistratie.client.ui.CardRoutes;
import nl.klantregistratie.merge.MergeInfo;
import nl.klantregistratie.merge.MergeService;
import nl.klantregistratie.merge.MergeSettings;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.springframework.core.annotation.Order;

/**
 * Samenvoegen on every card: for managers and support Acties → "Samenvoegen…" (M2); on a merged
 * record the line "Samengevoegd met …" with a link to the survivor (M6); on a survivor the
 * registrations merged into it, and for support "Samenvoegen ongedaan maken…" (M7).
 */
@SpringComponent
@Order(450)
class MergeCardExtension implements CardExtension {

    private final MergeService merges;
    private final ClientService clients;
    private final MergeSettings settings;
    private final CurrentUser currentUser;

    MergeCardExtension(MergeService merges, ClientService clients, MergeSettings settings, CurrentUser currentUser) {
        this.merges = merges;
        this.clients = clients;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<CardPart> createPart(Card card) {
        return Optional.of(new Part(card));
    }

    private final class Part implements CardPart {

        private final Card card;
        private final Component context;

        Part(Card card) {
            this.card = card;
            this.context = card.component();
        }

        @Override
        public void decorate(Registration shown) {
            if (shown.isNew() || !currentUser.hasRole(Role.MEDEWERKER)) {
                return;
            }
            if (shown.isMerged()) {
                merges.mergeOf(shown.getId()).ifPresent(info -> {
                    Anchor survivor =
                            new Anchor(CardRoutes.of(shown.getKind(), info.survivorId()), info.survivorLabel());
                    survivor.setId("merged-survivor-link");
                    Div line = new Div(
                            new Span(context.getTranslation("merge.record.title") + " "),
                            survivor,
                            new Span(" "
                                    + context.getTranslation(
                                            "merge.record.when", OfficeTime.format(info.mergedAt()), info.mergedBy())));
                    line.setId("merged-title");
                    line.addClassName("link-title");
                    card.addSubtitle(line);
                });
                return;
            }
            List<MergeInfo> into = merges.mergesInto(shown.getId());
            if (!into.isEmpty()) {
                Div line = new Div(new Span(context.getTranslation("merge.survivor.title") + " "));
                into.stream().flatMap(info -> info.merged().stream()).forEach(merged -> {
                    Anchor record = new Anchor(CardRoutes.of(shown.getKind(), merged.id()), merged.label());
                    record.addClassName("merged-record-link");
                    line.add(record, new Span(" "));
                });
                line.setId("merged-from");
                line.addClassName("link-title");
                card.addSubtitle(line);
            }
        }

        @Override
        public void addActions(Registration shown, SubMenu menu) {
            if (shown.isNew() || shown.isRecordOnly()) {
                return;
            }
            if (currentUser.hasRole(Role.MANAGER)) {
                menu.addItem(
                                context.getTranslation("merge.action"),
                                e -> card.fromActions(new MergeDialog(merges, clients, settings, shown, this::merged))
                                        .open())
                        .setId("action-merge");
            }
            if (currentUser.hasRole(Role.SUPPORT)) {
                List<MergeInfo> into = merges.mergesInto(shown.getId());
                if (!into.isEmpty()) {
                    MergeInfo latest = into.getFirst();
                    menu.addItem(context.getTranslation("merge.undo.action"), e -> confirmUndo(latest))
                            .setId("action-merge-undo");
                }
            }
        }

        private void merged(Registration survivor) {
            Notifications.success(context.getTranslation("merge.done", survivor.getLabel()));
            if (survivor.getId().equals(card.registration().getId())) {
                card.reload();
            } else {
                CardRoutes.open(context, survivor);
            }
        }

        private void confirmUndo(MergeInfo merge) {
            String names = merge.merged().stream().map(MergeInfo.Merged::label).collect(Collectors.joining(", "));
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("merge-undo-dialog");
            dialog.setHeader(context.getTranslation("merge.undo.title"));
            dialog.setText(context.getTranslation(
                    "merge.undo.text",
                    names,
                    merge.survivorLabel(),
                    OfficeTime.format(merge.mergedAt()),
                    merge.mergedBy()));
            dialog.setCancelable(true);
            dialog.setCancelText(context.getTranslation("action.cancel"));
            dialog.setConfirmText(context.getTranslation("merge.undo.action"));
            dialog.addConfirmListener(e -> {
                try {
                    merges.undo(merge.mergeId());
                    Notifications.success(context.getTranslation("merge.undo.done.note", names));
                } catch (DomainException ex) {
                    Notifications.refused(ex);
                }
                card.reload();
            });
            card.fromActions(dialog).open();
        }
    }
}
