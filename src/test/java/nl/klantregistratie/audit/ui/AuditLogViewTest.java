package nl.klantregistratie.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.audit.AuditEntry;
import nl.klantregistratie.audit.AuditService;
import nl.klantregistratie.audit.AuditTrail;
import nl.klantregistratie.base.AuditEvent.Type;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.shell.AccessDeniedView;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Auditlog page for support staff: newest first, filters, the export for Dutch Excel; closed to other roles. */
class AuditLogViewTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditService audit;

    private String marker;

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    /** An entry as the recorder would have stored it at that moment. */
    private void stored(String when, String username, Type type, String subject, @Nullable String detail) {
        jdbc.sql("""
                        INSERT INTO audit_log (occurred_at, username, client_address, event_type, subject, detail)
                        VALUES (:at, :username, '192.0.2.7', :type, :subject, :detail)""")
                .param("at", Timestamp.from(Instant.parse(when)))
                .param("username", username)
                .param("type", type.name())
                .param("subject", subject)
                .param("detail", detail)
                .update();
    }

    private void openFilteredOnMarker() {
        marker = "viewtest" + TestData.uniqueSuffix(RUN.incrementAndGet());
    }

    private void showMarked() {
        login(Role.SUPPORT);
        navigate("auditlog");
        UserInput.setValue(_get(TextField.class, spec -> spec.withId("audit-text")), marker);
    }

    private List<String> row(int index) {
        return GridKt._getFormattedRow(grid(), index);
    }

    @Test
    void supportSeesTheNewestFirstWithWhenWhoAddressWhatSubjectAndDetail() {
        openFilteredOnMarker();
        stored(
                "2026-01-10T09:00:00Z",
                AuditEntry.UNKNOWN_USERNAME,
                Type.LOGIN_FAILED,
                marker,
                "gebruikersnaam onbekend");
        stored("2026-01-10T10:00:05Z", "manager", Type.EXPORT, "Koppelingen " + marker, "12 rijen");

        showMarked();

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(row(0))
                .containsExactly(
                        "10-01-2026 11:00:05",
                        "manager",
                        "192.0.2.7",
                        "Geëxporteerd",
                        "Koppelingen " + marker,
                        "12 rijen");
        assertThat(row(1))
                .containsExactly(
                        "10-01-2026 10:00:00",
                        "Onbekende gebruikersnaam",
                        "192.0.2.7",
                        "Inloggen mislukt",
                        marker,
                        "gebruikersnaam onbekend");
        assertThat(_get(AuditLogView.class).getPageTitle()).isEqualTo("Auditlog | Klantregistratie");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByUserTypeAndPeriodInDutchTime() {
        openFilteredOnMarker();
        stored("2026-06-01T22:30:00Z", "manager", Type.LOGIN, marker, null); // 2 June, 00:30 Dutch time
        stored("2026-06-02T10:00:00Z", "support", Type.USER_CHANGED, marker, "rol: MEDEWERKER → SUPPORT");
        showMarked();
        assertThat(GridKt._size(grid())).isEqualTo(2);

        ComboBox<String> user = _get(ComboBox.class, spec -> spec.withId("audit-user"));
        UserInput.setValue(user, "manager");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(row(0)).contains("Ingelogd");
        UserInput.setValue(user, null);

        UserInput.setValue(_get(Select.class, spec -> spec.withId("audit-type")), Type.USER_CHANGED);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(row(0)).contains("rol: MEDEWERKER → SUPPORT");
        UserInput.setValue(_get(Select.class, spec -> spec.withId("audit-type")), null);

        DatePicker from = _get(DatePicker.class, spec -> spec.withId("audit-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("audit-to"));
        UserInput.setValue(from, LocalDate.of(2026, 6, 1));
        UserInput.setValue(to, LocalDate.of(2026, 6, 1));
        assertThat(GridKt._size(grid())).as("both are on 2 June, Dutch time").isZero();
        UserInput.setValue(to, LocalDate.of(2026, 6, 2));
        UserInput.setValue(from, LocalDate.of(2026, 6, 2));
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void theUserFilterOffersTheUsersInTheLogWithTheirNames() {
        openFilteredOnMarker();
        stored("2026-02-01T09:00:00Z", AuditEntry.UNKNOWN_USERNAME, Type.LOGIN_FAILED, marker, null);
        showMarked();

        @SuppressWarnings("unchecked")
        ComboBox<String> user = _get(ComboBox.class, spec -> spec.withId("audit-user"));
        assertThat(user.getItemLabelGenerator().apply("support")).isEqualTo("Sanne Support (support)");
        assertThat(user.getItemLabelGenerator().apply(AuditEntry.UNKNOWN_USERNAME))
                .isEqualTo("Onbekende gebruikersnaam");
        UserInput.setValue(user, AuditEntry.UNKNOWN_USERNAME);
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsShownNextToTheField() {
        login(Role.SUPPORT);
        navigate("auditlog");
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("audit-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("audit-to"));

        UserInput.setValue(from, LocalDate.of(2026, 5, 2));
        UserInput.setValue(to, LocalDate.of(2026, 5, 1));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("De einddatum ligt vóór de begindatum.");
        assertThat(to.getValue()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void theExportHoldsWhatTheFilterShowsForDutchExcel_andIsItselfRecorded() {
        openFilteredOnMarker();
        stored("2026-03-05T08:15:30Z", "medewerker", Type.BSN_REVEALED, "=HYPERLINK(\"x\") " + marker, "; en \"zo\"");
        stored("2026-03-05T08:16:00Z", "manager", Type.EXPORT, "Koppelingen " + marker, "3 rijen");
        showMarked();
        Anchor export = _get(Anchor.class, spec -> spec.withId("audit-export"));
        assertThat(export.getHref()).isNotBlank();
        assertThat(BasicUtilsKt.get_textRecursively(export)).contains("Exporteren (CSV)");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        _get(AuditLogView.class).writeCsv(out);

        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "\uFEFFWanneer;Gebruiker;Adres;Gebeurtenis;Betreft;Toelichting",
                        "05-03-2026 09:16:00;manager;192.0.2.7;Geëxporteerd;Koppelingen " + marker + ";3 rijen",
                        "05-03-2026 09:15:30;medewerker;192.0.2.7;BSN getoond;\"'=HYPERLINK(\"\"x\"\") " + marker
                                + "\";\"; en \"\"zo\"\"\"");
        AuditEntry recorded =
                AuditTrail.newest(audit, Type.EXPORT, "support", 1).getFirst();
        assertThat(recorded.getSubject()).isEqualTo("Auditlog");
        assertThat(recorded.getDetail()).isEqualTo("2 rijen");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void otherRolesGetNoAccessAndNoMenuEntry_andTheTryIsRecorded(Role role) {
        login(role);
        navigate("auditlog");

        assertThat(_find(AuditLogView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        AuditEntry denied = AuditTrail.newest(
                        audit, Type.ACCESS_DENIED, role.name().toLowerCase(Locale.ROOT), 1)
                .getFirst();
        assertThat(denied.getSubject()).isEqualTo("/auditlog");
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Auditlog");
    }
}
