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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Locale;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.base.ui.CsvDownload;
import nl.klantregistratie.base.ui.GridKeys;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.base.ui.SearchField;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.ui.CardRoutes;
import nl.klantregistratie.overview.FollowerOverview;
import nl.klantregistratie.overview.HeadOverview;
import nl.klantregistratie.overview.HeadType;
import nl.klantregistratie.overview.LinkOverviewCsv;
import nl.klantregistratie.overview.LinkOverviewFilter;
import nl.klantregistratie.overview.LinkOverviewService;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Koppelingen (managers and support): every hoofd with its number of volgers and their
 * klant-bedrijven, searchable by klantnummer or zoeknaam and filtered by type of hoofd. A click shows
 * the volgers; every name opens its card. "Exporteren (CSV)" downloads what the filter shows.
 */
@Route(LinkOverviewView.ROUTE)
@RolesAllowed(Role.MANAGER_NAME)
@Menu(order = 40, title = "nav.links", icon = "vaadin:connect")
class LinkOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "koppelingen";

    private final LinkOverviewService linkOverview;
    private final TextField search = new SearchField();
    private final Select<HeadType> type = new Select<>();
    private final Grid<HeadOverview> grid = new Grid<>();
    private final VerticalLayout followersSection = new VerticalLayout();
    private final Grid<FollowerOverview> followersGrid = new Grid<>();
    private final H3 followersTitle = new H3();
    private @Nullable HeadOverview shown;

    LinkOverviewView(LinkOverviewService linkOverview) {
        this.linkOverview = linkOverview;
        setId("links-view");
        setSizeFull();

        search.setId("overview-search");
        search.addValueChangeListener(e -> refresh());

        type.setId("overview-type");
        type.setLabel(getTranslation("overview.filter.type"));
        type.setItems(HeadType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setValue(HeadType.ALL);
        type.addValueChangeListener(e -> refresh());

        Anchor export = CsvDownload.link(
                "overview-export", getTranslation("overview.export"), LinkOverviewCsv.FILE_NAME, this::writeCsv);

        HorizontalLayout toolbar = new HorizontalLayout(search, type, export);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("links-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("overview.empty"));
        grid.addColumn(HeadOverview::klantnummer)
                .setHeader(getTranslation("overview.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("klantnummer");
        grid.addColumn(HeadOverview::zoeknaam)
                .setHeader(getTranslation("overview.zoeknaam"))
                .setFlexGrow(2)
                .setKey("zoeknaam");
        grid.addComponentColumn(this::typeBadge)
                .setHeader(getTranslation("overview.type"))
                .setAutoWidth(true)
                .setKey("type");
        grid.addColumn(HeadOverview::followers)
                .setHeader(getTranslation("overview.followers"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("volgers");
        grid.addColumn(row -> String.join(", ", row.bedrijven()))
                .setHeader(getTranslation("overview.bedrijven"))
                .setFlexGrow(3)
                .setKey("bedrijven");
        grid.setItemsPageable(page -> linkOverview.heads(filter(), page));
        grid.addItemClickListener(e -> showFollowers(e.getItem()));
        GridKeys.onEnter(grid, this::showFollowers);

        followersSection.setId("overview-followers");
        followersSection.setPadding(false);
        followersSection.setVisible(false);
        followersSection.setHeight("40%");
        followersGrid.setId("overview-followers-grid");
        followersGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        followersGrid
                .addColumn(FollowerOverview::klantnummer)
                .setHeader(getTranslation("overview.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        followersGrid
                .addColumn(FollowerOverview::naam)
                .setHeader(getTranslation("overview.naam"))
                .setFlexGrow(2);
        followersGrid
                .addColumn(FollowerOverview::functie)
                .setHeader(getTranslation("business.functie"))
                .setFlexGrow(1);
        followersGrid
                .addComponentColumn(v -> link(
                        v.bedrijf() + " (" + v.bedrijfKlantnummer() + ")", RegistrationKind.BEDRIJF, v.bedrijfId()))
                .setHeader(getTranslation("contact.company"))
                .setFlexGrow(2);
        followersGrid.addItemClickListener(
                e -> CardRoutes.open(this, RegistrationKind.CONTACT, e.getItem().id()));
        GridKeys.onEnter(followersGrid, follower -> CardRoutes.open(this, RegistrationKind.CONTACT, follower.id()));
        Button openHead = new Button(getTranslation("overview.openhead"), e -> {
            if (shown != null) {
                CardRoutes.open(this, shown.kind(), shown.id());
            }
        });
        openHead.setId("overview-open-head");
        openHead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout followersHeader = new HorizontalLayout(followersTitle, openHead);
        followersHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        followersSection.add(followersHeader, followersGrid);

        add(new H2(getTranslation("nav.links")), toolbar, grid, followersSection);
    }

    /** The CSV of what the filter shows now, in the user's language (what the export link downloads). */
    void writeCsv(OutputStream out) {
        LinkOverviewCsv.write(linkOverview.export(filter()), this::translate, out);
    }

    private LinkOverviewFilter filter() {
        HeadType chosen = type.getValue() == null ? HeadType.ALL : type.getValue();
        return new LinkOverviewFilter(search.getValue(), chosen);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Span typeBadge(HeadOverview row) {
        Span badge = new Span(getTranslation(LinkOverviewCsv.typeKey(row)));
        badge.getElement().getThemeList().add(row.isContactPersonAsHead() ? "badge warning" : "badge");
        if (row.isContactPersonAsHead()) {
            badge.getElement().setAttribute("title", getTranslation("overview.type.contact_person.advice"));
        }
        return badge;
    }

    private void showFollowers(HeadOverview head) {
        shown = head;
        followersTitle.setText(
                getTranslation("overview.followers.title", head.naam(), String.valueOf(head.klantnummer())));
        followersGrid.setItems(linkOverview.followersOf(head.id()));
        followersSection.setVisible(true);
    }

    private Div link(String text, RegistrationKind kind, long id) {
        Anchor anchor = new Anchor(CardRoutes.of(kind, id), text);
        return new Div(anchor);
    }

    /** Translations for the download, which runs outside the UI's request. */
    private String translate(String key) {
        Locale locale = getLocale() == null ? TranslationProvider.DUTCH : getLocale();
        return getTranslation(locale, key);
    }

    /** On every entry, also when the page is opened again from the menu (Vaadin reuses the view): the data as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "nav.links");
    }
}
