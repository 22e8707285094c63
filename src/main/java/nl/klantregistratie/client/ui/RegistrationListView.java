package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import nl.klantregistratie.base.ui.GridKeys;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.base.ui.SearchField;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationSummary;

/**
 * A searchable, lazily loaded list of registrations: type a klantnummer or the start of a zoeknaam
 * (case and accents do not matter); a click opens the card.
 */
abstract class RegistrationListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final ClientService clients;
    protected final TextField search = new SearchField();
    protected final Grid<RegistrationSummary> grid = new Grid<>();
    protected final HorizontalLayout toolbar = new HorizontalLayout();
    private final String titleKey;
    private final Span mergedNote = new Span();

    RegistrationListView(ClientService clients, String titleKey) {
        this.clients = clients;
        this.titleKey = titleKey;
        setSizeFull();
        search.setId("search");
        search.addValueChangeListener(e -> {
            refresh();
            noteMerged(e.getValue());
        });
        mergedNote.setId("search-merged-note");
        mergedNote.addClassName("link-title");
        mergedNote.setVisible(false);

        grid.setId("registrations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("search.empty"));
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                open(e.getItem());
            }
        });
        GridKeys.onEnter(grid, this::open);
        grid.setItemsPageable(page -> clients.search(currentSearch(search.getValue()), page));
        grid.setMultiSort(false);
        // a fixed width: Vaadin's auto width leaves out the sort indicator, which cut the header
        // to "Klantnum…" at 1366 px
        grid.addColumn(RegistrationSummary::klantnummer)
                .setHeader(getTranslation("registration.klantnummer"))
                .setSortProperty(ClientService.SORT_KLANTNUMMER)
                .setWidth("9.5rem")
                .setFlexGrow(0)
                .setKey("klantnummer");

        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.add(search);
        add(new H2(getTranslation(titleKey)), toolbar, mergedNote, grid);
    }

    /** An old klantnummer (Samenvoegen) finds the registration it was merged into: the list says so. */
    private void noteMerged(String text) {
        Optional<RegistrationSummary> survivor = clients.mergedKlantnummer(currentSearch(text));
        mergedNote.setVisible(survivor.isPresent());
        survivor.ifPresent(found -> mergedNote.setText(
                getTranslation("merge.search.note", text.strip(), found.naam(), String.valueOf(found.klantnummer()))));
    }

    /** The search for the current input and filters. */
    protected abstract ClientSearch currentSearch(String text);

    /** Fetches again with the current search input and filters. */
    protected final void refresh() {
        grid.getDataProvider().refreshAll();
    }

    protected void open(RegistrationSummary summary) {
        getUI().ifPresent(ui -> ui.navigate(CardRoutes.of(summary.kind(), summary.id())));
    }

    /** On every entry, also when the page is opened again from the menu (Vaadin reuses the view): the data as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, titleKey);
    }
}
