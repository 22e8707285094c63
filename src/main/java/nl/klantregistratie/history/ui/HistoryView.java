package nl.klantregistratie.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.base.ui.PeriodFilter;
import nl.klantregistratie.client.ui.CardRoutes;
import nl.klantregistratie.client.ui.KlantnummerFilter;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryQuery;
import nl.klantregistratie.history.HistoryRecord;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * Historie (support, docs/domain.md R16): every change of every registration, newest first, filtered by
 * user, period, klantnummer and kind of change, each with the fields before → after. The name of a
 * registration that still exists opens its card; a deleted one's is plain text.
 */
@Route(HistoryView.ROUTE)
@RolesAllowed(Role.SUPPORT_NAME)
@Menu(order = 80, title = "nav.history", icon = "vaadin:time-backward")
class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "historie";
    private static final String KIND_PREFIX = "historyview.kind.";

    private final HistoryService history;
    private final ComboBox<String> user = new ComboBox<>();
    private final PeriodFilter period = new PeriodFilter(this, "historyview", this::apply);
    private final KlantnummerFilter klantnummer = new KlantnummerFilter("historyview-klantnummer", this::apply);
    private final Select<HistoryEntry.Kind> kind = new Select<>();
    private final Grid<HistoryRecord> grid = new Grid<>();
    private HistoryQuery query = HistoryQuery.all();

    HistoryView(HistoryService history, UserService users) {
        this.history = history;
        setId("history-view");
        setSizeFull();

        Map<String, String> names = new LinkedHashMap<>();
        names.put(HistoryEntry.SYSTEM_USER, getTranslation("history.user.system"));
        for (AppUser account : users.findAll()) {
            names.put(account.getUsername(), account.getDisplayName() + " (" + account.getUsername() + ")");
        }
        user.setId("historyview-user");
        user.setLabel(getTranslation("historyview.user"));
        user.setItems(new ArrayList<>(names.keySet()));
        user.setItemLabelGenerator(username -> names.getOrDefault(username, username));
        user.setClearButtonVisible(true);
        user.addValueChangeListener(e -> apply());

        kind.setId("historyview-kind");
        kind.setLabel(getTranslation("historyview.kind"));
        kind.setItems(HistoryEntry.Kind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("historyview.kind.all"));
        kind.setItemLabelGenerator(k -> getTranslation(k == null ? "historyview.kind.all" : kindKey(k)));
        kind.addValueChangeListener(e -> apply());

        FlexLayout filters = new FlexLayout(user, period.fromField(), period.toField(), klantnummer, kind);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("historyview-filters");

        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("historyview.empty"));
        grid.addColumn(r -> HistoryTexts.when(r.entry()))
                .setHeader(getTranslation("historyview.when"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("when");
        grid.addColumn(r -> HistoryTexts.who(r.entry(), this))
                .setHeader(getTranslation("historyview.user"))
                .setAutoWidth(true)
                .setKey("who");
        grid.addComponentColumn(this::registration)
                .setHeader(getTranslation("historyview.registration"))
                .setFlexGrow(2)
                .setKey("registration");
        grid.addColumn(r -> HistoryTexts.what(r.entry(), this))
                .setHeader(getTranslation("historyview.kind"))
                .setFlexGrow(2)
                .setKey("what");
        grid.addComponentColumn(r -> HistoryTexts.changes(r.entry(), this))
                .setHeader(getTranslation("historyview.changes"))
                .setFlexGrow(4)
                .setKey("changes");
        grid.setItemsPageable(page -> history.search(query, page.getOffset(), page.getPageSize()));

        add(new H2(getTranslation("nav.history")), filters, grid);
    }

    /** Takes the filters, if they are valid; an invalid one says why next to it and keeps what was typed. */
    private void apply() {
        @Nullable Long number = klantnummer.number();
        if (!period.validate() || klantnummer.isInvalid()) {
            return;
        }
        query = new HistoryQuery(user.getValue(), period.from(), period.to(), number, kind.getValue());
        grid.getDataProvider().refreshAll();
    }

    private Component registration(HistoryRecord record) {
        String text = record.naam() + (record.klantnummer() == null ? "" : " (" + record.klantnummer() + ")");
        if (!record.exists()) {
            return new Span(text);
        }
        return new Anchor(CardRoutes.of(record.kind(), record.registrationId()), text);
    }

    /** "historyview.kind.linked": the short name of a kind, for the filter. */
    private static String kindKey(HistoryEntry.Kind kind) {
        return KIND_PREFIX + kind.name().toLowerCase(Locale.ROOT);
    }

    /** On every entry, also when the page is opened again from the menu (Vaadin reuses the view): the data as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        apply();
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "nav.history");
    }
}
