package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.base.ui.PeriodFilter;
import nl.klantregistratie.client.BsnRevealQuery;
import nl.klantregistratie.client.BsnRevealRow;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * BSN-inzage (support): every time a BSN was shown in full — when, to whom, of which klant — newest
 * first, filtered by user, klantnummer and period. The BSN itself is never on this page.
 */
@Route(BsnRevealsView.ROUTE)
@RolesAllowed(Role.SUPPORT_NAME)
@Menu(order = 85, title = "nav.bsnreveals", icon = "vaadin:eye")
class BsnRevealsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "bsn-inzage";

    private final TextField user = new TextField();
    private final KlantnummerFilter klantnummer = new KlantnummerFilter("bsnreveals-klantnummer", this::apply);
    private final PeriodFilter period = new PeriodFilter(this, "bsnreveals", this::apply);
    private final Grid<BsnRevealRow> grid = new Grid<>();
    private BsnRevealQuery query = BsnRevealQuery.all();

    BsnRevealsView(ClientService clients) {
        setId("bsn-reveals-view");
        setSizeFull();
        user.setId("bsnreveals-user");
        user.setLabel(getTranslation("bsnreveals.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setMaxLength(100);
        user.addValueChangeListener(e -> apply());
        FlexLayout filters = new FlexLayout(user, klantnummer, period.fromField(), period.toField());
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("historyview-filters");

        grid.setId("bsnreveals-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("bsnreveals.empty"));
        grid.addColumn(row -> OfficeTime.format(row.revealedAt()))
                .setHeader(getTranslation("bsnreveals.when"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("when");
        grid.addColumn(BsnRevealRow::username)
                .setHeader(getTranslation("bsnreveals.user"))
                .setAutoWidth(true)
                .setKey("who");
        grid.addComponentColumn(this::klant)
                .setHeader(getTranslation("bsnreveals.klant"))
                .setKey("klant");
        grid.setItemsPageable(page -> clients.bsnReveals(query, page));

        add(new H2(getTranslation("nav.bsnreveals")), new Paragraph(getTranslation("bsnreveals.intro")), filters, grid);
    }

    /** Takes the filters when they are valid; an invalid one says why next to it and keeps what was typed. */
    private void apply() {
        @Nullable Long number = klantnummer.number();
        if (!period.validate() || klantnummer.isInvalid()) {
            return;
        }
        query = new BsnRevealQuery(user.getValue(), number, period.from(), period.to());
        grid.getDataProvider().refreshAll();
    }

    private Component klant(BsnRevealRow row) {
        String text = (row.naam().isBlank() ? getTranslation("bsnreveals.removed") : row.naam()) + " ("
                + row.klantnummer() + ")";
        return row.exists()
                ? new Anchor(CardRoutes.of(RegistrationKind.PERSOON, row.registrationId()), text)
                : new Span(text);
    }

    /** On every entry, also when the page is opened again from the menu (Vaadin reuses the view): the data as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        apply();
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "nav.bsnreveals");
    }
}
