package nl.klantregistratie.merge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.correspondence.CorrespondenceService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.merge.MergeProposal;
import nl.klantregistratie.merge.MergeRequest;
import nl.klantregistratie.merge.MergeService;
import nl.klantregistratie.merge.MergeSettings;
import nl.klantregistratie.portal.PortalService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Samenvoegen (docs/domain.md M2–M4): first which registrations are the same person or company as
 * the card's, then side by side per field which value the survivor gets (the default chosen, each
 * choice a button), which registration survives, and everything that will move; nothing changes
 * before "Samenvoegen".
 */
public class MergeDialog extends Dialog {

    /** A registration that can be chosen: its id and how it reads in the list. */
    record Choice(long id, String label) {}

    private final MergeService merges;
    private final Registration shown;
    private final Consumer<Registration> onMerged;
    private final MergeSettings settings;

    private final MultiSelectComboBox<Choice> duplicates = new MultiSelectComboBox<>();
    private final Div step = new Div();
    private final Paragraph error = new Paragraph();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button confirm = new Button();

    private @Nullable MergeProposal proposal;
    private final Map<String, Long> choices = new HashMap<>();
    private List<Long> chosenIds = List.of();

    public MergeDialog(
            MergeService merges,
            ClientService clients,
            MergeSettings settings,
            Registration shown,
            Consumer<Registration> onMerged) {
        this.merges = merges;
        this.shown = shown;
        this.settings = settings;
        this.onMerged = onMerged;
        setId("merge-dialog");
        setHeaderTitle(getTranslation("merge.title", shown.getLabel()));
        setWidth("min(96vw, 72em)");
        setMaxHeight("92vh");

        duplicates.setId("merge-duplicates");
        duplicates.setLabel(getTranslation("merge.duplicates"));
        duplicates.setHelperText(getTranslation("merge.duplicates.help", MergeService.MAX_REGISTRATIONS - 1));
        duplicates.setItemLabelGenerator(Choice::label);
        duplicates.setWidthFull();
        if (shown instanceof ContactPerson contact && contact.getCompany() != null) {
            // only contactpersonen of the same klant-bedrijf can be merged (M5)
            duplicates.setItems(clients.contactsOf(contact.getCompany().getId()).stream()
                    .filter(other -> !other.getId().equals(shown.getId()))
                    .map(other -> new Choice(other.getId(), other.getLabel()))
                    .toList());
        } else {
            duplicates.setItems(
                    query -> search(clients, query.getFilter().orElse(""), query.getPage(), query.getPageSize()));
        }
        duplicates.addValueChangeListener(e -> {
            duplicates.setInvalid(false);
            next.setEnabled(!e.getValue().isEmpty() && e.getValue().size() < MergeService.MAX_REGISTRATIONS);
            if (e.getValue().size() >= MergeService.MAX_REGISTRATIONS) {
                duplicates.setErrorMessage(getTranslation("merge.count", MergeService.MAX_REGISTRATIONS));
                duplicates.setInvalid(true);
            }
        });

        error.setId("merge-error");
        error.addClassName("merge-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        step.setWidthFull();
        add(step, error);

        back.setText(getTranslation("merge.back"));
        back.setId("merge-back");
        back.addClickListener(e -> chooseDuplicates());
        next.setText(getTranslation("link.dialog.verder"));
        next.setId("merge-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(false);
        next.addClickListener(e -> propose(
                shown.getId(), duplicates.getValue().stream().map(Choice::id).toList()));
        confirm.setText(getTranslation("merge.confirm"));
        confirm.setId("merge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> merge());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("merge-cancel");
        getFooter().add(cancel, back, next, confirm);
        chooseDuplicates();
    }

    /**
     * Samenvoegen of a merge proposal: opens at the side-by-side view of these registrations, the
     * proposed survivor chosen (the user may choose another, or go back and change the duplicates).
     */
    public static MergeDialog proposed(
            MergeService merges,
            ClientService clients,
            MergeSettings settings,
            long survivorId,
            List<Long> otherIds,
            Consumer<Registration> onMerged) {
        MergeDialog dialog = new MergeDialog(merges, clients, settings, clients.get(survivorId), onMerged);
        dialog.duplicates.setValue(otherIds.stream()
                .map(id -> new Choice(id, clients.get(id).getLabel()))
                .collect(Collectors.toSet()));
        dialog.propose(survivorId, otherIds);
        return dialog;
    }

    private Stream<Choice> search(ClientService clients, String text, int page, int size) {
        return clients.search(new ClientSearch(text, EnumSet.of(shown.getKind())), PageRequest.of(page, size)).stream()
                .filter(found -> found.id() != shown.getId())
                .map(found -> new Choice(
                        found.id(),
                        found.naam() + " (" + found.klantnummer() + ")"
                                + (found.plaats() == null ? "" : ", " + found.plaats())));
    }

    private void chooseDuplicates() {
        proposal = null;
        step.removeAll();
        step.add(new Paragraph(getTranslation(
                shown.getKind() == RegistrationKind.BEDRIJF ? "merge.intro.company" : "merge.intro.person",
                shown.getLabel())));
        step.add(duplicates);
        error.setVisible(false);
        back.setVisible(false);
        confirm.setVisible(false);
        next.setVisible(true);
        duplicates.focus();
    }

    /** Asks the service what the merge would do; shows why when it is refused. */
    private void propose(long survivorId, List<Long> others) {
        try {
            MergeProposal proposed = merges.propose(survivorId, others);
            if (proposal == null || proposal.survivorId() != survivorId) {
                choices.clear();
            }
            proposal = proposed;
            chosenIds = proposed.registrations().stream()
                    .map(MergeProposal.Candidate::id)
                    .toList();
            showProposal();
        } catch (DomainException e) {
            refused(Notifications.text(e));
        }
    }

    private void showProposal() {
        MergeProposal current = proposal;
        step.removeAll();
        error.setVisible(false);
        next.setVisible(false);
        back.setVisible(true);
        confirm.setVisible(true);

        RadioButtonGroup<MergeProposal.Candidate> survivor = new RadioButtonGroup<>(getTranslation("merge.survivor"));
        survivor.setId("merge-survivor");
        survivor.setItems(current.registrations());
        survivor.setItemLabelGenerator(MergeProposal.Candidate::label);
        survivor.setValue(current.registrations().getFirst());
        survivor.setHelperText(getTranslation("merge.survivor.help"));
        survivor.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                long id = e.getValue().id();
                propose(id, chosenIds.stream().filter(other -> other != id).toList());
            }
        });
        step.add(survivor);

        Grid<MergeProposal.Row> fields = new Grid<>();
        fields.setId("merge-fields");
        fields.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        fields.setAllRowsVisible(true);
        fields.addColumn(row -> getTranslation(row.key()))
                .setHeader(getTranslation("merge.field"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (MergeProposal.Candidate candidate : current.registrations()) {
            fields.addComponentColumn(row -> cell(row, candidate, fields))
                    .setKey(columnKey(candidate.id()))
                    .setHeader(candidate.label())
                    .setFlexGrow(1);
        }
        // what is the same everywhere needs no choice: shown on request only
        Checkbox showEqual = new Checkbox(getTranslation("merge.showequal"));
        showEqual.setId("merge-show-equal");
        showEqual.addValueChangeListener(e -> fields.setItems(rows(current, e.getValue())));
        fields.setItems(rows(current, false));
        step.add(new Div(showEqual), fields);
        if (current.survivorFollows()) {
            step.add(new Paragraph(
                    getTranslation("merge.follows", current.headLabel() == null ? "" : current.headLabel())));
        }
        step.add(moves(current));
        Paragraph undo = new Paragraph(getTranslation(
                "merge.undo.note", OfficeTime.format(Instant.now().plus(settings.undoPeriod()))));
        undo.setId("merge-undo-note");
        step.add(undo);
    }

    private static List<MergeProposal.Row> rows(MergeProposal proposal, boolean withEqual) {
        return proposal.rows().stream()
                .filter(row -> withEqual || row.differs())
                .toList();
    }

    /** The key of a registration's column in the side-by-side grid. */
    static String columnKey(long registrationId) {
        return "registration-" + registrationId;
    }

    /** One value of one registration: a button that chooses it, pressed when chosen. */
    private Component cell(MergeProposal.Row row, MergeProposal.Candidate candidate, Grid<MergeProposal.Row> grid) {
        MergeProposal.Cell cell = row.cells().get(candidate.id());
        String text = cell.empty() ? "–" : cell.translatable() ? getTranslation(cell.text()) : cell.text();
        MergeProposal current = proposal;
        if (row.personal() && current != null && current.survivorFollows() || !row.differs()) {
            Span plain = new Span(text);
            plain.getStyle().set("padding", "0 var(--lumo-space-s)");
            return plain;
        }
        boolean chosen = choices.getOrDefault(row.key(), row.chosen()) == candidate.id();
        Button choose = new Button(text);
        choose.setId("merge-choose-" + row.key().replace('.', '-') + "-" + candidate.id());
        choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
        choose.addThemeVariants(chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        choose.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        choose.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("merge.choose", getTranslation(row.key()), text, candidate.label()));
        if (chosen) {
            choose.setIcon(VaadinIcon.CHECK.create());
        }
        choose.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "start");
        choose.addClickListener(e -> {
            choices.put(row.key(), candidate.id());
            grid.getDataProvider().refreshItem(row);
        });
        return choose;
    }

    /** What moves to the survivor, as the rolled-back run of the merge found it. */
    private Component moves(MergeProposal current) {
        Div moves = new Div();
        moves.setId("merge-moves");
        moves.add(new Span(getTranslation("merge.moves")));
        UnorderedList list = new UnorderedList();
        String survivor = current.registrations().getFirst().label();
        for (String what : MOVE_ORDER) {
            Integer count = current.moves().get(what);
            if (count != null) {
                list.add(new ListItem(moveText(what, count, survivor)));
            }
        }
        list.add(new ListItem(getTranslation(
                "merge.move.records",
                current.registrations().size() - 1,
                current.registrations().getFirst().label())));
        moves.add(list);
        return moves;
    }

    /** The kinds of item a merge moves, in the order the preview lists them. */
    private static final List<String> MOVE_ORDER = List.of(
            ClientService.MOVED_CONTACT,
            LinkService.TOOK_LINK,
            LinkService.MOVED_FOLLOWER,
            LinkService.ENDED_LINK,
            CorrespondenceService.MOVED_DOSSIER,
            CorrespondenceService.MOVED_RECIPIENT,
            PortalService.MOVED_CALL);

    private String moveText(String what, int count, String survivor) {
        String key = switch (what) {
            case ClientService.MOVED_CONTACT -> "merge.move.contact";
            case LinkService.TOOK_LINK -> "merge.move.link";
            case LinkService.MOVED_FOLLOWER -> "merge.move.follower";
            case LinkService.ENDED_LINK -> "merge.move.link_ended";
            case CorrespondenceService.MOVED_DOSSIER -> "merge.move.dossier";
            case CorrespondenceService.MOVED_RECIPIENT -> "merge.move.recipient";
            case PortalService.MOVED_CALL -> "merge.move.portal_call";
            default -> throw new IllegalStateException("A move the preview does not know: " + what);
        };
        return getTranslation(key, count, survivor);
    }

    private void merge() {
        MergeProposal current = proposal;
        if (current == null) {
            return;
        }
        Map<Long, Long> versions = new HashMap<>();
        current.registrations().forEach(candidate -> versions.put(candidate.id(), candidate.version()));
        List<Long> merged = new ArrayList<>(chosenIds);
        merged.remove(current.survivorId());
        confirm.setEnabled(false);
        try {
            Registration survivor = merges.merge(new MergeRequest(current.survivorId(), merged, versions, choices));
            close();
            onMerged.accept(survivor);
        } catch (RegistrationChangedException e) {
            refused(getTranslation("merge.changed"));
            propose(current.survivorId(), merged);
        } catch (ConstraintViolationException e) {
            List<String> messages = new ArrayList<>();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                messages.add(FieldErrors.translate(violation, this));
            }
            refused(getTranslation("merge.invalid", String.join(" ", messages)));
        } catch (DomainException e) {
            refused(Notifications.text(e));
        } finally {
            confirm.setEnabled(true);
        }
    }

    private void refused(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
