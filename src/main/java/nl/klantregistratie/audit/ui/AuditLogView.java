package nl.klantregistratie.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.klantregistratie.audit.AuditEntry;
import nl.klantregistratie.audit.AuditFilter;
import nl.klantregistratie.audit.AuditLabels;
import nl.klantregistratie.audit.AuditService;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.base.ui.CsvDownload;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.base.ui.PeriodFilter;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;

/**
 * Auditlog (applicatiebeheer, docs/decisions/0017): who signed in or failed to, who was refused what,
 * who changed whose account, exported, saw which klant's BSN or made an API key; newest first, read a
 * page at a time, filtered by user, type, period and a text in subject or detail. The list holds still
 * while it is read; "Vernieuwen" takes in what happened since. "Exporteren (CSV)" downloads what the
 * filter shows, and is itself recorded.
 */
@Route(AuditLogView.ROUTE)
@RolesAllowed(Role.SUPPORT_NAME)
@Menu(order = 97, title = "nav.auditlog", icon = "vaadin:clipboard-text")
class AuditLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "auditlog";
    static final String FILE_NAME = "auditlog.csv";

    private final AuditService audit;
    private final UserService users;
    private final ComboBox<String> user = new ComboBox<>();
    private final Select<AuditEvent.Type> type = new Select<>();
    private final PeriodFilter period = new PeriodFilter(this, "audit", this::apply);
    private final TextField text = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();
    private AuditFilter filter = AuditFilter.all().withUntil(Instant.now());

    AuditLogView(AuditService audit, UserService users) {
        this.audit = audit;
        this.users = users;
        setId("audit-view");
        setSizeFull();

        user.setId("audit-user");
        user.setLabel(getTranslation("audit.who"));
        user.setClearButtonVisible(true);
        user.addValueChangeListener(e -> apply());
        fillUsers();

        type.setId("audit-type");
        type.setLabel(getTranslation("audit.type"));
        type.setItems(AuditEvent.Type.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("audit.type.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("audit.type.all") : typeLabel(t));
        type.addValueChangeListener(e -> apply());

        text.setId("audit-text");
        text.setLabel(getTranslation("audit.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setWidth("20em");
        text.addValueChangeListener(e -> apply());

        Button refresh = new Button(getTranslation("audit.refresh"), VaadinIcon.REFRESH.create(), e -> {
            fillUsers();
            apply();
        });
        refresh.setId("audit-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Anchor export = CsvDownload.link("audit-export", getTranslation("audit.export"), FILE_NAME, this::writeCsv);

        FlexLayout filters = new FlexLayout(user, type, period.fromField(), period.toField(), text, refresh, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "0 var(--lumo-space-m)");

        grid.setId("audit-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.addColumn(entry -> AuditLabels.when(entry.getOccurredAt()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("when");
        grid.addColumn(entry -> AuditLabels.who(entry.getUsername(), this::translate))
                .setHeader(getTranslation("audit.who"))
                .setAutoWidth(true)
                .setKey("who");
        grid.addColumn(AuditEntry::getClientAddress)
                .setHeader(getTranslation("audit.address"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("address");
        grid.addColumn(entry -> typeLabel(entry.getType()))
                .setHeader(getTranslation("audit.type"))
                .setAutoWidth(true)
                .setKey("type");
        grid.addColumn(AuditEntry::getSubject)
                .setHeader(getTranslation("audit.subject"))
                .setFlexGrow(2)
                .setKey("subject");
        grid.addColumn(AuditEntry::getDetail)
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(3)
                .setKey("detail");
        grid.setItemsPageable(page -> audit.search(filter, page.getOffset(), page.getPageSize()));

        add(new H2(getTranslation("nav.auditlog")), new Paragraph(getTranslation("audit.intro")), filters, grid);
    }

    /** Takes the filters, if the period is valid (an invalid one says why and keeps what was typed), as of now. */
    private void apply() {
        if (!period.validate()) {
            return;
        }
        filter = new AuditFilter(
                user.getValue(), type.getValue(), period.from(), period.to(), text.getValue(), Instant.now());
        grid.getDataProvider().refreshAll();
    }

    /** The users in the log, each with the name of the account where there is one. */
    private void fillUsers() {
        Map<String, String> names = new HashMap<>();
        for (AppUser account : users.findAll()) {
            names.put(account.getUsername(), account.getDisplayName() + " (" + account.getUsername() + ")");
        }
        String chosen = user.getValue();
        user.setItems(audit.usernames());
        user.setItemLabelGenerator(
                username -> names.getOrDefault(username, AuditLabels.who(username, this::translate)));
        if (chosen != null) {
            user.setValue(chosen);
        }
    }

    /** The CSV of what the filter shows (what the export link downloads). */
    void writeCsv(OutputStream out) {
        audit.export(filter, this::translate, out);
    }

    private String typeLabel(AuditEvent.Type t) {
        return AuditLabels.type(t, this::translate);
    }

    /** Translations, also for the download, which runs outside the UI's request. */
    private String translate(String key) {
        Locale locale = getLocale() == null ? TranslationProvider.DUTCH : getLocale();
        return getTranslation(locale, key);
    }

    /** On every entry, also when the page is opened again from the menu (Vaadin reuses the view): the data as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        apply();
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "nav.auditlog");
    }
}
