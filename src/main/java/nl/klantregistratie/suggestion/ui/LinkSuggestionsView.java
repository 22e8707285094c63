package nl.klantregistratie.suggestion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.klantregistratie.base.ui.GridKeys;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ui.CardRoutes;
import nl.klantregistratie.merge.MergeService;
import nl.klantregistratie.merge.MergeSettings;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.suggestion.LinkSuggestion;
import nl.klantregistratie.suggestion.PersonRecord;
import nl.klantregistratie.suggestion.SuggestionService;

/**
 * Koppelvoorstellen (managers and support): contactpersonen that are probably the same person as a
 * klant-persoon or as each other, with why (the fields that match) and the proposed hoofd. "Bekijken"
 * shows the link preview and links; several selected can be linked at once; "Afwijzen" keeps a pair
 * from being suggested again. Finding the suggestions reads every unlinked registration, so it runs
 * when the page opens and on "Vernieuwen"; after linking or rejecting, the list only drops what was
 * settled, so a long review session stays quick at office scale. A choice above the list shows the merge
 * proposals instead ({@link MergeSuggestionsPanel}).
 */
@Route(LinkSuggestionsView.ROUTE)
@RolesAllowed(Role.MANAGER_NAME)
@Menu(order = 45, title = "nav.suggestions", icon = "vaadin:lightbulb")
class LinkSuggestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "koppelvoorstellen";

    private final SuggestionService suggestions;
    private final Grid<LinkSuggestion> grid = new Grid<>();
    private final Span count = new Span();
    private final Button review = new Button();
    private final Button acceptSelected = new Button();
    private final Button reject = new Button();
    private final Button refresh = new Button();
    private GridListDataView<LinkSuggestion> shown;
    private static final String LINKS = "links";
    private static final String MERGES = "merges";
    private final RadioButtonGroup<String> show = new RadioButtonGroup<>();
    private int mergeCount;

    LinkSuggestionsView(
            SuggestionService suggestions, MergeService merges, ClientService clients, MergeSettings settings) {
        this.suggestions = suggestions;
        setId("suggestions-view");
        setSizeFull();

        grid.setId("suggestions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setEmptyStateText(getTranslation("suggestion.empty"));
        grid.addComponentColumn(s -> person(s.follower()))
                .setHeader(getTranslation("suggestion.follower"))
                .setFlexGrow(3)
                .setKey("volger");
        grid.addComponentColumn(s -> person(s.head()))
                .setHeader(getTranslation("suggestion.head"))
                .setFlexGrow(3)
                .setKey("hoofd");
        grid.addColumn(s -> SuggestionTexts.likelihood(this, s.score()))
                .setHeader(getTranslation("suggestion.score"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("score")
                // in words, sorted by the points behind them
                .setComparator(LinkSuggestion::score);
        grid.addColumn(this::why)
                .setHeader(getTranslation("suggestion.why"))
                .setFlexGrow(4)
                .setKey("why");
        grid.addSelectionListener(e -> buttons());
        // Clicking a row (not only its checkbox) selects it or takes it out; a double click reviews it.
        grid.addItemClickListener(e -> {
            if (e.getClickCount() == 1) {
                toggle(e.getItem());
            }
        });
        grid.addItemDoubleClickListener(e -> reviewAlone(e.getItem()));
        // Enter reviews the row, as a double click does (Space selects it, as a click does)
        GridKeys.onEnter(grid, this::reviewAlone);

        review.setText(getTranslation("suggestion.review"));
        review.setId("suggestion-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClickListener(e -> single().ifPresent(this::review));
        refresh.setText(getTranslation("suggestion.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.setId("suggestion-refresh");
        refresh.addClickListener(e -> reload());
        acceptSelected.setText(getTranslation("suggestion.acceptselected"));
        acceptSelected.setId("suggestion-accept-selected");
        acceptSelected.addClickListener(e -> acceptSelected());
        reject.setText(getTranslation("suggestion.reject"));
        reject.setId("suggestion-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> rejectSelected());
        count.setId("suggestion-count");
        HorizontalLayout toolbar = new HorizontalLayout(review, acceptSelected, reject, refresh, count);
        toolbar.setAlignItems(Alignment.BASELINE);

        VerticalLayout linking = new VerticalLayout(new Paragraph(getTranslation("suggestion.intro")), toolbar, grid);
        linking.setSizeFull();
        linking.setPadding(false);
        // which proposals: a choice of two (axe-core finds vaadin-tabs' tablist incomplete in a TabSheet)
        show.setId("suggestion-kind");
        show.setAriaLabel(getTranslation("nav.suggestions"));
        show.setItems(LINKS, MERGES);
        show.setItemLabelGenerator(kind -> kind.equals(LINKS)
                ? getTranslation("suggestion.tab.links", shown == null ? 0 : shown.getItemCount())
                : getTranslation("suggestion.tab.merges", mergeCount));
        show.setValue(LINKS);
        MergeSuggestionsPanel merging = new MergeSuggestionsPanel(suggestions, merges, clients, settings, count -> {
            mergeCount = count;
            relabel();
        });
        merging.setVisible(false);
        show.addValueChangeListener(e -> {
            linking.setVisible(LINKS.equals(e.getValue()));
            merging.setVisible(MERGES.equals(e.getValue()));
        });
        add(new H2(getTranslation("nav.suggestions")), show, linking, merging);
    }

    private void reload() {
        shown = grid.setItems(new ArrayList<>(suggestions.suggestions()));
        settled();
    }

    /** Takes out what linking these settled (their volgers are linked now). */
    private void linked(List<LinkSuggestion> accepted) {
        shown.removeItems(shown.getItems()
                .filter(s -> accepted.stream().anyMatch(s::isSettledBy))
                .toList());
        settled();
    }

    private void rejected(List<LinkSuggestion> rejected) {
        shown.removeItems(rejected);
        settled();
    }

    /** After the list changed: nothing selected, the count as shown. */
    private void settled() {
        grid.deselectAll();
        count.setText(getTranslation("suggestion.count", shown.getItemCount()));
        relabel();
        buttons();
    }

    /** The counts in the choice's labels; a refresh of its items would clear the choice, so it is kept. */
    private void relabel() {
        String chosen = show.getValue();
        show.getDataProvider().refreshAll();
        show.setValue(chosen);
    }

    private void buttons() {
        int selected = grid.getSelectedItems().size();
        review.setEnabled(selected == 1);
        acceptSelected.setEnabled(selected > 0);
        reject.setEnabled(selected > 0);
    }

    private void toggle(LinkSuggestion suggestion) {
        if (grid.getSelectedItems().contains(suggestion)) {
            grid.deselect(suggestion);
        } else {
            grid.select(suggestion);
        }
    }

    private void review(LinkSuggestion suggestion) {
        new SuggestionDialog(
                        suggestions, suggestion, () -> linked(List.of(suggestion)), () -> rejected(List.of(suggestion)))
                .open();
    }

    private Optional<LinkSuggestion> single() {
        return grid.getSelectedItems().size() == 1
                ? grid.getSelectedItems().stream().findFirst()
                : Optional.empty();
    }

    private void acceptSelected() {
        List<LinkSuggestion> chosen = new ArrayList<>(grid.getSelectedItems());
        List<SuggestionService.Refusal> refused = suggestions.acceptAll(chosen);
        String done = getTranslation("suggestion.accepted", chosen.size() - refused.size());
        if (refused.isEmpty()) {
            Notifications.success(done);
        } else {
            // One message for all: the ones that could not be linked stay selected in the list.
            List<String> lines = new ArrayList<>(List.of(done));
            refused.forEach(refusal -> lines.add(getTranslation(
                    "suggestion.refused",
                    refusal.suggestion().follower().naam(),
                    Notifications.text(refusal.reason()))));
            Notifications.error(String.join(" ", lines));
        }
        List<LinkSuggestion> accepted = new ArrayList<>(chosen);
        refused.forEach(refusal -> accepted.remove(refusal.suggestion()));
        linked(accepted);
    }

    private void rejectSelected() {
        List<LinkSuggestion> chosen = new ArrayList<>(grid.getSelectedItems());
        chosen.forEach(suggestions::reject);
        Notifications.success(getTranslation("suggestion.rejected", chosen.size()));
        rejected(chosen);
    }

    /** Reviews this one suggestion, selected on its own. */
    private void reviewAlone(LinkSuggestion suggestion) {
        grid.deselectAll();
        grid.select(suggestion);
        review(suggestion);
    }

    private Div person(PersonRecord person) {
        Anchor name = new Anchor(
                CardRoutes.of(person.kind(), person.id()), person.naam() + " (" + person.klantnummer() + ")");
        Span kind = new Span(
                person.bedrijf() == null
                        ? getTranslation(person.kind().translationKey())
                        : getTranslation(person.kind().translationKey()) + " · " + person.bedrijf());
        kind.addClassName("suggestion-kind");
        Div cell = new Div(name, new Div(kind));
        cell.addClassName("suggestion-person");
        return cell;
    }

    /** "Achternaam (gelijk), Geboortedatum (gelijk), Privé e-mail (gelijk)". */
    String why(LinkSuggestion suggestion) {
        return SuggestionTexts.reasons(this, suggestion);
    }

    /** On every entry, also when the page is opened again from the menu (Vaadin reuses the view): the data as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "nav.suggestions");
    }
}
