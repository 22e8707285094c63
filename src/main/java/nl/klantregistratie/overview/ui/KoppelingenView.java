package nl.klantregistratie.overview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.base.ui.SearchField;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.ui.CardRoutes;
import nl.klantregistratie.overview.HoofdOverview;
import nl.klantregistratie.overview.HoofdType;
import nl.klantregistratie.overview.KoppelingenCsv;
import nl.klantregistratie.overview.KoppelingenFilter;
import nl.klantregistratie.overview.KoppelingenService;
import nl.klantregistratie.overview.VolgerOverview;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Koppelingen (managers and support): every hoofd with its number of volgers and their
 * klant-bedrijven, searchable by klantnummer or zoeknaam and filtered by type of hoofd. A click shows
 * the volgers; every name opens its card. "Exporteren (CSV)" downloads what the filter shows.
 */
@Route(KoppelingenView.ROUTE)
@RolesAllowed(Role.MANAGER_NAME)
@Menu(order = 40, title = "nav.koppelingen", icon = "vaadin:connect")
class KoppelingenView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "koppelingen";

    private final KoppelingenService koppelingen;
    private final TextField search = new SearchField();
    private final Select<HoofdType> type = new Select<>();
    private final Grid<HoofdOverview> grid = new Grid<>();
    private final VerticalLayout volgersSection = new VerticalLayout();
    private final Grid<VolgerOverview> volgersGrid = new Grid<>();
    private final H3 volgersTitle = new H3();
    private @Nullable HoofdOverview shown;

    KoppelingenView(KoppelingenService koppelingen) {
        this.koppelingen = koppelingen;
        setId("koppelingen-view");
        setSizeFull();

        search.setId("overview-search");
        search.addValueChangeListener(e -> refresh());

        type.setId("overview-type");
        type.setLabel(getTranslation("overview.filter.type"));
        type.setItems(HoofdType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setValue(HoofdType.ALL);
        type.addValueChangeListener(e -> refresh());

        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = exportCsv();
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv),
                            KoppelingenCsv.FILE_NAME,
                            KoppelingenCsv.CONTENT_TYPE,
                            csv.length);
                }),
                "");
        export.setId("overview-export");
        Button exportButton = new Button(getTranslation("overview.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        export.add(exportButton);

        HorizontalLayout toolbar = new HorizontalLayout(search, type, export);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("koppelingen-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("overview.empty"));
        grid.addColumn(HoofdOverview::klantnummer)
                .setHeader(getTranslation("overview.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("klantnummer");
        grid.addColumn(HoofdOverview::zoeknaam)
                .setHeader(getTranslation("overview.zoeknaam"))
                .setFlexGrow(2)
                .setKey("zoeknaam");
        grid.addComponentColumn(this::typeBadge)
                .setHeader(getTranslation("overview.type"))
                .setAutoWidth(true)
                .setKey("type");
        grid.addColumn(HoofdOverview::volgers)
                .setHeader(getTranslation("overview.volgers"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("volgers");
        grid.addColumn(row -> String.join(", ", row.bedrijven()))
                .setHeader(getTranslation("overview.bedrijven"))
                .setFlexGrow(3)
                .setKey("bedrijven");
        grid.setItemsPageable(page -> koppelingen.hoofden(filter(), page));
        grid.addItemClickListener(e -> showVolgers(e.getItem()));

        volgersSection.setId("overview-volgers");
        volgersSection.setPadding(false);
        volgersSection.setVisible(false);
        volgersSection.setHeight("40%");
        volgersGrid.setId("overview-volgers-grid");
        volgersGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        volgersGrid
                .addColumn(VolgerOverview::klantnummer)
                .setHeader(getTranslation("overview.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        volgersGrid
                .addColumn(VolgerOverview::naam)
                .setHeader(getTranslation("overview.naam"))
                .setFlexGrow(2);
        volgersGrid
                .addColumn(VolgerOverview::functie)
                .setHeader(getTranslation("business.functie"))
                .setFlexGrow(1);
        volgersGrid
                .addComponentColumn(v -> link(
                        v.bedrijf() + " (" + v.bedrijfKlantnummer() + ")", RegistrationKind.BEDRIJF, v.bedrijfId()))
                .setHeader(getTranslation("contact.company"))
                .setFlexGrow(2);
        volgersGrid.addItemClickListener(
                e -> open(RegistrationKind.CONTACT, e.getItem().id()));
        Button openHoofd = new Button(getTranslation("overview.openhoofd"), e -> {
            if (shown != null) {
                open(shown.kind(), shown.id());
            }
        });
        openHoofd.setId("overview-open-hoofd");
        openHoofd.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout volgersHeader = new HorizontalLayout(volgersTitle, openHoofd);
        volgersHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        volgersSection.add(volgersHeader, volgersGrid);

        add(new H2(getTranslation("nav.koppelingen")), toolbar, grid, volgersSection);
    }

    /** The CSV of what the filter shows now, in the user's language (what the export link downloads). */
    byte[] exportCsv() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        KoppelingenCsv.write(koppelingen.export(filter()), this::translate, csv);
        return csv.toByteArray();
    }

    private KoppelingenFilter filter() {
        HoofdType chosen = type.getValue() == null ? HoofdType.ALL : type.getValue();
        return new KoppelingenFilter(search.getValue(), chosen);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Span typeBadge(HoofdOverview row) {
        Span badge = new Span(getTranslation(KoppelingenCsv.typeKey(row)));
        badge.getElement().getThemeList().add(row.isContactPersonAsHoofd() ? "badge warning" : "badge");
        if (row.isContactPersonAsHoofd()) {
            badge.getElement().setAttribute("title", getTranslation("overview.type.contact_person.advice"));
        }
        return badge;
    }

    private void showVolgers(HoofdOverview hoofd) {
        shown = hoofd;
        volgersTitle.setText(
                getTranslation("overview.volgers.title", hoofd.naam(), String.valueOf(hoofd.klantnummer())));
        volgersGrid.setItems(koppelingen.volgersOf(hoofd.id()));
        volgersSection.setVisible(true);
    }

    private Div link(String text, RegistrationKind kind, long id) {
        Anchor anchor = new Anchor(CardRoutes.of(kind, id), text);
        return new Div(anchor);
    }

    private void open(RegistrationKind kind, long id) {
        getUI().ifPresent(ui -> ui.navigate(CardRoutes.of(kind, id)));
    }

    /** Translations for the download, which runs outside the UI's request. */
    private String translate(String key) {
        Locale locale = getLocale() == null ? TranslationProvider.DUTCH : getLocale();
        return getTranslation(locale, key);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.koppelingen") + " | " + getTranslation("app.title");
    }
}
