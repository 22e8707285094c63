package nl.klantregistratie.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.importing.ImportBatch;
import nl.klantregistratie.importing.ImportField;
import nl.klantregistratie.importing.RowResult;
import nl.klantregistratie.importing.SavedMapping;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.shell.AccessDeniedView;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.Threads;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Importeren page step by step: a file read and its mapping proposed and changed, the check's
 * report with the rejected rows to download, the import confirmed, its progress pushed until done,
 * a file that cannot be imported said next to the upload; closed to medewerkers.
 */
class ImportViewTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;

    private final String surname = "Wiz" + TestData.uniqueSuffix(RUN.incrementAndGet() + 500);

    private ImportView open() {
        login(Role.MANAGER);
        navigate("importeren");
        return _get(ImportView.class);
    }

    private byte[] file() {
        return ("Achternaam;Voorletters;Opm\n" + surname + ";A.;eerste\n" + surname + ";B.;tweede\n;C.;zonder naam\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ImportField> chooser(int column) {
        return _get(ComboBox.class, spec -> spec.withId("import-field-" + column));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RowResult> report() {
        return _get(Grid.class, spec -> spec.withId("import-report"));
    }

    private long imported() {
        return jdbc.sql("SELECT COUNT(*) FROM registration WHERE personal_achternaam = ?")
                .param(surname)
                .query(Long.class)
                .single();
    }

    @Test
    void aFileIsReadItsMappingProposedAndChangedThenCheckedWithoutWriting() {
        ImportView view = open();

        view.analyse("klanten.csv", file());

        assertThat(_get(Span.class, spec -> spec.withId("import-file-info")).getText())
                .isEqualTo("Gelezen: klanten.csv – 3 rijen (CSV, UTF-8, scheidingsteken puntkomma (;))");
        assertThat(chooser(0).getValue()).isEqualTo(ImportField.ACHTERNAAM);
        assertThat(chooser(1).getValue()).isEqualTo(ImportField.VOORLETTERS);
        assertThat(chooser(2).getValue()).isNull(); // "Opm" is not a name the mapping knows
        assertThat(chooser(2).getLabel()).isEqualTo("Opm"); // each field is labelled by the file's column
        assertThat(chooser(2).getHelperText()).isEqualTo("eerste, tweede, zonder naam"); // the first three rows
        UserInput.setValue(chooser(2), ImportField.NOTITIES);

        _click(_get(Button.class, spec -> spec.withId("import-check")));

        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo(
                        "Nieuw: 2 · Bijgewerkt: 0 · Ongewijzigd: 0 · Overgeslagen: 0 · Koppelvoorstel: 0 · Afgekeurd: 1");
        assertThat(GridKt._size(report())).isEqualTo(1); // only what needs attention
        assertThat(GridKt._get(report(), 0).message()).isEqualTo("Achternaam: Verplicht veld");
        assertThat(_find(Anchor.class, spec -> spec.withId("import-rejected"))).hasSize(1);
        assertThat(imported()).isZero();
    }

    @Test
    void theImportRunsAfterConfirmingAndItsProgressIsShownUntilDone() {
        ImportView view = open();
        view.analyse("klanten.csv", file());
        UserInput.setValue(chooser(2), ImportField.NOTITIES);

        _click(_get(Button.class, spec -> spec.withId("import-start")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("import-confirm")));

        Instant deadline = Instant.now().plus(Threads.PATIENCE);
        while (!_get(Span.class, spec -> spec.withId("import-progress-text"))
                        .getText()
                        .contains("Klaar")
                && Instant.now().isBefore(deadline)) {
            Threads.pause(Duration.ofMillis(50));
            MockVaadin.runUIQueue();
        }
        assertThat(_get(Span.class, spec -> spec.withId("import-progress-text")).getText())
                .startsWith("3 van 3 rijen · Klaar · Nieuw: 2");
        assertThat(imported()).isEqualTo(2);
        assertThat(GridKt._size(report())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT notities FROM registration WHERE personal_achternaam = ? ORDER BY id")
                        .param(surname)
                        .query(String.class)
                        .list())
                .containsExactly("eerste", "tweede");

        // Eerdere imports → Terugdraaien, confirmed: the two are gone again
        @SuppressWarnings("unchecked")
        Grid<ImportBatch> recent = _get(Grid.class, spec -> spec.withId("import-recent"));
        long batchId = GridKt._get(recent, 0).getId(); // newest first
        revertButton(recent, batchId).orElseThrow().click(); // a grid cell's button, rendered on demand
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("import-revert-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-revert-message"))
                        .getText())
                .isEqualTo("2 rijen teruggedraaid.");
        assertThat(imported()).isZero();
        assertThat(revertButton(recent, batchId)).isEmpty(); // a reverted import cannot be reverted again
    }

    private static Optional<Button> revertButton(Grid<ImportBatch> recent, long batchId) {
        Component actions = GridKt._getCellComponent(recent, 0, "actions");
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(button ->
                        ("import-revert-" + batchId).equals(button.getId().orElse("")))
                .findFirst();
    }

    @Test
    void aFileThatCannotBeImportedIsSaidNextToTheUploadAndAMixedFileNeedsItsTypeColumn() {
        ImportView view = open();

        view.analyse("brief.pdf", new byte[] {'%', 'P', 'D', 'F', 0, 0, 1, 2, 3});
        Paragraph error = _get(Paragraph.class, spec -> spec.withId("import-file-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Dit is geen CSV- of Excel-bestand (XLSX).");

        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class, spec -> spec.withId("import-kind"));
        UserInput.setValue(kind, ImportView.MIXED);
        view.analyse("klanten.csv", file());
        assertThat(error.isVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        Paragraph settingsError = _get(Paragraph.class, spec -> spec.withId("import-settings-error"));
        assertThat(settingsError.getText()).startsWith("Bij een gemengd bestand moet één kolom het Type zijn");
    }

    @Test
    void aMappingSavedUnderANameMapsTheNextFileOfTheSameSource() {
        ImportView view = open();
        view.analyse("klanten.csv", file());
        UserInput.setValue(chooser(2), ImportField.NOTITIES);
        TextField name = _get(TextField.class, spec -> spec.withId("import-mapping-name"));

        _click(_get(Button.class, spec -> spec.withId("import-mapping-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Geef de indeling een naam");

        String source = "Export " + surname;
        UserInput.setValue(name, source);
        _click(_get(Button.class, spec -> spec.withId("import-mapping-save")));
        assertThat(name.isInvalid()).isFalse();

        // the next export of that source: the same headers in another order
        view.analyse(
                "volgende.csv",
                ("Opm;Voorletters;Achternaam\nderde;C.;" + surname + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(chooser(0).getValue()).isNull();
        @SuppressWarnings("unchecked")
        ComboBox<SavedMapping> saved = _get(ComboBox.class, spec -> spec.withId("import-saved-mapping"));
        SavedMapping mapping = saved.getListDataView()
                .getItems()
                .filter(each -> each.getName().equals(source))
                .findFirst()
                .orElseThrow();
        UserInput.setValue(saved, mapping);
        assertThat(chooser(0).getValue()).isEqualTo(ImportField.NOTITIES);
        assertThat(chooser(1).getValue()).isEqualTo(ImportField.VOORLETTERS);
        assertThat(chooser(2).getValue()).isEqualTo(ImportField.ACHTERNAAM);
    }

    /** The upload's own refusals (too large, wrong type) are Dutch too, and say what to do. */
    @Test
    void theUploadSpeaksDutch() {
        open();
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        assertThat(upload.getI18n().getError().getFileIsTooBig())
                .isEqualTo("Het bestand is te groot (hoogstens 50 MB). Splits het in delen.");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).startsWith("Dit soort bestand kan niet");
        assertThat(upload.getMaxFileSize()).isEqualTo(50 * 1024 * 1024);
    }

    @Test
    void medewerkersCannotImport() {
        login(Role.MEDEWERKER);
        navigate("importeren");
        assertThat(_find(ImportView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }
}
