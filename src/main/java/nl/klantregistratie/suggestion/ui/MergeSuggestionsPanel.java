package nl.klantregistratie.suggestion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.IntConsumer;
import nl.klantregistratie.base.ui.GridKeys;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ui.CardRoutes;
import nl.klantregistratie.merge.MergeService;
import nl.klantregistratie.merge.MergeSettings;
import nl.klantregistratie.merge.ui.MergeDialog;
import nl.klantregistratie.suggestion.MergeSuggestion;
import nl.klantregistratie.suggestion.SuggestionService;

/**
 * The merge proposals of Koppelvoorstellen (docs/domain.md M2): registrations that are probably one
 * person or company registered more than once, with why; "Samenvoegen…" opens the side-by-side view
 * of Samenvoegen with the proposed survivor first, "Geen dubbel" keeps the proposal from coming back.
 */
class MergeSuggestionsPanel extends VerticalLayout {

    private final SuggestionService suggestions;
    private final MergeService merges;
    private final ClientService clients;
    private final MergeSettings settings;
    private final IntConsumer onCount;
    private final Grid<MergeSuggestion> grid = new Grid<>();
    private final Button review = new Button();
    private final Button reject = new Button();
    private GridListDataView<MergeSuggestion> shown;

    MergeSuggestionsPanel(
            SuggestionService suggestions,
            MergeService merges,
            ClientService clients,
            MergeSettings settings,
            IntConsumer onCount) {
        this.suggestions = suggestions;
        this.merges = merges;
        this.clients = clients;
        this.settings = settings;
        this.onCount = onCount;
        setId("merge-suggestions");
        setSizeFull();
        setPadding(false);

        grid.setId("merge-suggestions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("suggestion.merge.empty"));
        grid.addComponentColumn(this::members)
                .setHeader(getTranslation("suggestion.merge.members"))
                .setFlexGrow(4)
                .setKey("members");
        grid.addColumn(s -> getTranslation(s.kind().translationKey()))
                .setHeader(getTranslation("suggestion.merge.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("kind");
        grid.addColumn(s -> SuggestionTexts.likelihood(this, s.score()))
                .setHeader(getTranslation("suggestion.score"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(MergeSuggestion::score)
                .setKey("score");
        grid.addColumn(s -> SuggestionTexts.reasons(this, s.matches()))
                .setHeader(getTranslation("suggestion.why"))
                .setFlexGrow(3)
                .setKey("why");
        grid.addSelectionListener(e -> buttons());
        grid.addItemDoubleClickListener(e -> review(e.getItem()));
        GridKeys.onEnter(grid, this::review);

        review.setText(getTranslation("suggestion.merge.review"));
        review.setId("merge-suggestion-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClickListener(e -> selected().ifPresent(this::review));
        reject.setText(getTranslation("suggestion.merge.reject"));
        reject.setId("merge-suggestion-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> selected().ifPresent(this::reject));
        add(new Paragraph(getTranslation("suggestion.merge.intro")), new HorizontalLayout(review, reject), grid);
        reload();
    }

    void reload() {
        shown = grid.setItems(new ArrayList<>(suggestions.mergeSuggestions()));
        settled();
    }

    private void settled() {
        grid.deselectAll();
        onCount.accept(shown.getItemCount());
        buttons();
    }

    private void buttons() {
        boolean one = !grid.getSelectedItems().isEmpty();
        review.setEnabled(one);
        reject.setEnabled(one);
    }

    private Optional<MergeSuggestion> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void review(MergeSuggestion suggestion) {
        grid.select(suggestion);
        MergeDialog.proposed(merges, clients, settings, suggestion.survivor().id(), suggestion.others(), survivor -> {
                    Notifications.success(getTranslation("merge.done", survivor.getLabel()));
                    shown.removeItems(shown.getItems()
                            .filter(other -> other.isSettledBy(suggestion))
                            .toList());
                    settled();
                })
                .open();
    }

    private void reject(MergeSuggestion suggestion) {
        suggestions.reject(suggestion);
        Notifications.success(getTranslation("suggestion.merge.rejected"));
        shown.removeItem(suggestion);
        settled();
    }

    private Component members(MergeSuggestion suggestion) {
        Div cell = new Div();
        cell.addClassName("suggestion-person");
        for (MergeSuggestion.Member member : suggestion.members()) {
            Anchor name = new Anchor(
                    CardRoutes.of(suggestion.kind(), member.id()),
                    member.naam() + " (" + member.klantnummer() + ")"
                            + (member.bedrijf() == null ? "" : " · " + member.bedrijf()));
            cell.add(new Div(name));
        }
        return cell;
    }
}
