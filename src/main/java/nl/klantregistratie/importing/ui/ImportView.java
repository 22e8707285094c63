package nl.klantregistratie.importing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.ui.CsvDownload;
import nl.klantregistratie.base.ui.Notifications;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.base.ui.UploadTexts;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.importing.FileFormat;
import nl.klantregistratie.importing.ImportAnalysis;
import nl.klantregistratie.importing.ImportBatch;
import nl.klantregistratie.importing.ImportField;
import nl.klantregistratie.importing.ImportFile;
import nl.klantregistratie.importing.ImportProgress;
import nl.klantregistratie.importing.ImportReport;
import nl.klantregistratie.importing.ImportRunner;
import nl.klantregistratie.importing.ImportService;
import nl.klantregistratie.importing.ImportSettings;
import nl.klantregistratie.importing.RowOutcome;
import nl.klantregistratie.importing.RowResult;
import nl.klantregistratie.importing.SavedMapping;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Importeren (managers and support, docs/decisions/0019): choose the kind and a file (or download a
 * template), check the proposed column mapping and change it per column, "Controleren" (writes
 * nothing; a report per row, the rejected rows as a file), then "Definitief importeren": a progress
 * bar and counts pushed while it runs, "Stoppen na dit deel", and the page may be left and the import
 * opened again from "Eerdere imports". Exporteren writes every klant in the same layout.
 */
@Route(ImportView.ROUTE)
@RolesAllowed(Role.MANAGER_NAME)
@Menu(order = 50, title = "nav.import", icon = "vaadin:upload")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "importeren";
    static final String MIXED = "MIXED";

    private final ImportService imports;
    private final ImportRunner runner;
    private final ImportProgress progress;

    private final Select<String> kind = new Select<>();
    private final Upload upload;
    private final Paragraph fileError = new Paragraph();
    private final Span fileInfo = new Span();
    private final VerticalLayout mappingSection = new VerticalLayout();
    private final FormLayout mapping = new FormLayout();
    private final RadioButtonGroup<ImportSettings.OnMatch> onMatch = new RadioButtonGroup<>();
    private final Checkbox emptyErases = new Checkbox();
    private final Paragraph settingsError = new Paragraph();
    private final Button check = new Button();
    private final Button start = new Button();
    private final VerticalLayout reportSection = new VerticalLayout();
    private final H3 reportTitle = new H3();
    private final Span summary = new Span();
    private final Checkbox onlyProblems = new Checkbox();
    private final Grid<RowResult> report = new Grid<>();
    private final Div rejectedDownload = new Div();
    private final VerticalLayout progressSection = new VerticalLayout();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel = new Button();
    private final Grid<ImportBatch> recent = new Grid<>();
    private final Paragraph revertMessage = new Paragraph();
    private final Map<Integer, ComboBox<ImportField>> choosers = new HashMap<>();
    private final ComboBox<SavedMapping> savedMapping = new ComboBox<>();
    private final TextField mappingName = new TextField();
    private final Button saveMapping = new Button();

    private @Nullable String fileName;
    private byte @Nullable [] content;
    private @Nullable ImportAnalysis analysis;
    private @Nullable ImportReport lastReport;
    private long watched;
    private @Nullable AutoCloseable watching;

    ImportView(ImportService imports, ImportRunner runner, ImportProgress progress, CurrentUser currentUser) {
        this.imports = imports;
        this.runner = runner;
        this.progress = progress;
        setId("import-view");
        setWidthFull();

        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));

        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems("PERSOON", "BEDRIJF", "CONTACT", MIXED);
        kind.setItemLabelGenerator(value -> MIXED.equals(value)
                ? getTranslation("import.kind.mixed")
                : getTranslation(RegistrationKind.valueOf(value).translationKey()));
        kind.setValue("PERSOON");
        kind.setWidth("22em");
        kind.addValueChangeListener(e -> {
            if (content != null && fileName != null) {
                analyse(fileName, content);
            }
        });

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> analyse(metadata.fileName(), bytes));
            }
        }));
        upload.setId("import-upload");
        upload.setI18n(UploadTexts.of(this, ImportFile.MAX_MEGABYTES));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportFile.MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(
                ".csv",
                ".txt",
                ".xlsx",
                "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadButton(new Button(getTranslation("import.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage()));
        fileError.setId("import-file-error");
        fileError.addClassName("error-text");
        fileError.setVisible(false);

        HorizontalLayout templates = new HorizontalLayout();
        templates.setId("import-templates");
        templates.getStyle().set("flex-wrap", "wrap");
        for (RegistrationKind each : RegistrationKind.values()) {
            for (FileFormat format : FileFormat.values()) {
                String name = getTranslation(each.translationKey());
                templates.add(CsvDownload.link(
                        "import-template-" + each.name().toLowerCase() + "-" + format.extension(),
                        getTranslation("import.template", name, getTranslation(format.translationKey())),
                        "sjabloon-" + each.name().toLowerCase() + "." + format.extension(),
                        format.contentType(),
                        out -> imports.writeTemplate(each, format, out)));
            }
        }
        HorizontalLayout exports = new HorizontalLayout();
        exports.setId("import-exports");
        for (FileFormat format : FileFormat.values()) {
            exports.add(CsvDownload.link(
                    "import-export-" + format.extension(),
                    getTranslation("import.export", getTranslation(format.translationKey())),
                    "klanten." + format.extension(),
                    format.contentType(),
                    out -> imports.export(format, out)));
        }
        if (currentUser.hasRole(Role.SUPPORT)) {
            exports.add(CsvDownload.link(
                    "import-export-bsn",
                    getTranslation("import.export.bsn.label"),
                    "klanten-met-bsn.csv",
                    FileFormat.CSV.contentType(),
                    out -> imports.exportWithBsn(FileFormat.CSV, out)));
        }

        fileInfo.setId("import-file-info");
        Details files = new Details(getTranslation("import.templates"), new VerticalLayout(templates, exports));
        files.setId("import-files");
        add(kind, upload, fileError, files);

        buildMapping();
        buildReport();
        buildProgress();
        buildRecent();
        revertMessage.setId("import-revert-message");
        revertMessage.setVisible(false);
        add(
                mappingSection,
                progressSection,
                reportSection,
                new H3(getTranslation("import.recent")),
                revertMessage,
                recent);
    }

    // ---- step 1: the file

    /** Reads the file and proposes the mapping; a file that cannot be imported says why, under the upload. */
    void analyse(String name, byte[] bytes) {
        fileError.setVisible(false);
        settingsError.setVisible(false);
        reportSection.setVisible(false);
        try {
            analysis = imports.analyse(name, bytes, selectedKind());
        } catch (DomainException e) {
            showFileError(Notifications.text(e));
            mappingSection.setVisible(false);
            analysis = null;
            content = null;
            return;
        }
        fileName = name;
        content = bytes;
        fileInfo.setText(getTranslation(
                "import.file.read",
                name,
                analysis.rowCount(),
                analysis.format() == ImportFile.Format.XLSX
                        ? getTranslation("import.file.xlsx")
                        : getTranslation("import.file.csv", analysis.charset(), separatorName(analysis.separator()))));
        choosers.clear();
        mapping.removeAll();
        for (int column = 0; column < analysis.header().size(); column++) {
            mapping.add(chooser(column));
        }
        mappingSection.setVisible(true);
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private @Nullable RegistrationKind selectedKind() {
        String value = kind.getValue();
        return value == null || MIXED.equals(value) ? null : RegistrationKind.valueOf(value);
    }

    private String separatorName(char separator) {
        return switch (separator) {
            case ';' -> getTranslation("import.separator.semicolon");
            case ',' -> getTranslation("import.separator.comma");
            default -> getTranslation("import.separator.tab");
        };
    }

    // ---- step 2: the mapping and the check

    private void buildMapping() {
        mappingSection.setId("import-mapping-section");
        mappingSection.setPadding(false);
        mappingSection.setVisible(false);
        savedMapping.setId("import-saved-mapping");
        savedMapping.setLabel(getTranslation("import.mapping.saved"));
        savedMapping.setPlaceholder(getTranslation("import.mapping.saved.none"));
        savedMapping.setItemLabelGenerator(SavedMapping::getName);
        savedMapping.setClearButtonVisible(true);
        savedMapping.setWidth("22em");
        savedMapping.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                applySaved(e.getValue());
                mappingName.setValue(e.getValue().getName());
            }
        });
        mappingName.setId("import-mapping-name");
        mappingName.setLabel(getTranslation("import.mapping.name"));
        mappingName.setMaxLength(100);
        mappingName.setWidth("22em");
        saveMapping.setId("import-mapping-save");
        saveMapping.setText(getTranslation("import.mapping.save"));
        saveMapping.addClickListener(e -> saveMapping());
        refreshSavedMappings();

        mapping.setId("import-mapping");
        mapping.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("60em", 3));

        onMatch.setId("import-onmatch");
        onMatch.setLabel(getTranslation("import.onmatch"));
        onMatch.setItems(ImportSettings.OnMatch.values());
        onMatch.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        onMatch.setValue(ImportSettings.OnMatch.UPDATE);
        emptyErases.setId("import-emptyerases");
        emptyErases.setLabel(getTranslation("import.emptyerases"));

        check.setId("import-check");
        check.setText(getTranslation("import.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> check());
        start.setId("import-start");
        start.setText(getTranslation("import.start"));
        start.addClickListener(e -> confirmStart());
        settingsError.setId("import-settings-error");
        settingsError.addClassName("error-text");
        settingsError.setVisible(false);

        FlexLayout options = new FlexLayout(onMatch, emptyErases);
        options.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        options.getStyle().set("gap", "0 var(--lumo-space-l)");
        mappingSection.add(
                fileInfo,
                new H3(getTranslation("import.mapping")),
                new Paragraph(getTranslation("import.mapping.hint")),
                savedRow(),
                mapping,
                options,
                settingsError,
                new HorizontalLayout(check, start));
    }

    private ComboBox<ImportField> chooser(int column) {
        return choosers.computeIfAbsent(column, c -> {
            ComboBox<ImportField> chooser = new ComboBox<>();
            chooser.setId("import-field-" + c);
            chooser.setWidthFull();
            // labelled by the file's own column, with its first values: the user maps what they see
            chooser.setLabel(
                    analysis == null ? "" : columnLabel(analysis.header().get(c), c));
            chooser.setHelperText(analysis == null ? "" : analysis.example(c));
            RegistrationKind selected = selectedKind();
            List<ImportField> fields = new ArrayList<>();
            for (ImportField field : ImportField.values()) {
                if (selected == null || (field != ImportField.TYPE && field.appliesTo(selected))) {
                    fields.add(field);
                }
            }
            chooser.setItems(fields);
            chooser.setItemLabelGenerator(
                    field -> selected != null && ImportField.required(selected).contains(field)
                            ? getTranslation("import.mapping.required.mark", field.header())
                            : field.header());
            chooser.setPlaceholder(getTranslation("import.mapping.ignore"));
            chooser.setClearButtonVisible(true);
            if (analysis != null) {
                chooser.setValue(analysis.mapping().get(c));
            }
            chooser.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    // a field is in one column only: the other column that had it lets go
                    choosers.forEach((other, box) -> {
                        if (other != c && e.getValue() == box.getValue()) {
                            box.clear();
                        }
                    });
                }
            });
            return chooser;
        });
    }

    private FlexLayout savedRow() {
        FlexLayout row = new FlexLayout(savedMapping, mappingName, saveMapping);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "0 var(--lumo-space-m)");
        return row;
    }

    /** A saved layout maps each header it knows; the other columns keep what the headers suggested. */
    void applySaved(SavedMapping saved) {
        if (analysis == null) {
            return;
        }
        choosers.forEach((column, chooser) -> saved.fieldFor(analysis.header().get(column))
                .filter(field -> chooser.getListDataView().contains(field))
                .ifPresent(chooser::setValue));
    }

    void saveMapping() {
        if (analysis == null) {
            return;
        }
        mappingName.setInvalid(false);
        try {
            SavedMapping saved =
                    imports.saveMapping(mappingName.getValue(), selectedKind(), analysis.header(), settings());
            Notifications.success(getTranslation("import.mapping.saved.done", saved.getName()));
            refreshSavedMappings();
        } catch (DomainException e) {
            mappingName.setErrorMessage(Notifications.text(e));
            mappingName.setInvalid(true);
        }
    }

    private void refreshSavedMappings() {
        savedMapping.setItems(imports.savedMappings());
    }

    private String columnLabel(String header, int column) {
        return header.isBlank() ? getTranslation("import.mapping.column", column + 1) : header;
    }

    ImportSettings settings() {
        Map<Integer, ImportField> chosen = new HashMap<>();
        choosers.forEach((column, chooser) -> {
            if (chooser.getValue() != null) {
                chosen.put(column, chooser.getValue());
            }
        });
        return new ImportSettings(selectedKind(), chosen, onMatch.getValue(), emptyErases.getValue());
    }

    void check() {
        if (content == null || fileName == null) {
            return;
        }
        settingsError.setVisible(false);
        try {
            lastReport = imports.check(fileName, content, settings(), getLocale());
        } catch (DomainException e) {
            settingsError.setText(Notifications.text(e));
            settingsError.setVisible(true);
            return;
        }
        showReport(getTranslation("import.report", fileName), lastReport, fileName, content);
    }

    private void confirmStart() {
        if (content == null || fileName == null || analysis == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("import-confirm");
        confirm.setHeader(getTranslation("import.start"));
        confirm.setText(getTranslation("import.start.confirm", analysis.rowCount()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("import.start"));
        confirm.addConfirmListener(e -> start());
        confirm.open();
    }

    void start() {
        if (content == null || fileName == null) {
            return;
        }
        settingsError.setVisible(false);
        ImportBatch batch;
        try {
            batch = imports.start(fileName, content, settings(), getLocale());
        } catch (DomainException e) {
            settingsError.setText(Notifications.text(e));
            settingsError.setVisible(true);
            return;
        }
        runner.submit(batch.getId());
        mappingSection.setVisible(false);
        reportSection.setVisible(false);
        watch(batch.getId());
        refreshRecent();
    }

    // ---- the report

    private void buildReport() {
        reportSection.setId("import-report-section");
        reportSection.setPadding(false);
        reportSection.setVisible(false);
        summary.setId("import-summary");
        onlyProblems.setId("import-onlyproblems");
        onlyProblems.setLabel(getTranslation("import.report.onlyproblems"));
        onlyProblems.setValue(true);
        onlyProblems.addValueChangeListener(e -> fillReport());
        report.setId("import-report");
        report.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.setHeight("24em");
        report.addColumn(RowResult::row)
                .setHeader(getTranslation("import.report.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        report.addColumn(result -> getTranslation(result.outcome().translationKey()))
                .setHeader(getTranslation("import.report.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        report.addColumn(result -> result.klantnummer() == null ? "" : String.valueOf(result.klantnummer()))
                .setHeader(getTranslation("import.report.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        report.addColumn(RowResult::message)
                .setHeader(getTranslation("import.report.message"))
                .setFlexGrow(1);
        reportSection.add(reportTitle, summary, onlyProblems, report, rejectedDownload);
    }

    private void showReport(String title, ImportReport shown, String name, byte[] file) {
        lastReport = shown;
        reportTitle.setText(title);
        summary.setText(summaryOf(shown.counts()));
        fillReport();
        rejectedDownload.removeAll();
        if (shown.count(RowOutcome.REJECTED) > 0) {
            rejectedDownload.add(CsvDownload.link(
                    "import-rejected",
                    getTranslation("import.report.rejected"),
                    "afgekeurd-" + baseName(name) + ".csv",
                    out -> imports.writeRejected(name, file, shown, out, getLocale())));
        }
        reportSection.setVisible(true);
    }

    private void fillReport() {
        if (lastReport == null) {
            return;
        }
        report.setItems(
                onlyProblems.getValue()
                        ? lastReport.results().stream()
                                .filter(result -> result.outcome() == RowOutcome.REJECTED
                                        || result.outcome() == RowOutcome.SUGGESTED)
                                .toList()
                        : lastReport.results());
    }

    private String summaryOf(Map<RowOutcome, Integer> counts) {
        return getTranslation(
                "import.report.summary",
                counts.get(RowOutcome.CREATED),
                counts.get(RowOutcome.UPDATED),
                counts.get(RowOutcome.UNCHANGED),
                counts.get(RowOutcome.SKIPPED),
                counts.get(RowOutcome.SUGGESTED),
                counts.get(RowOutcome.REJECTED));
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---- step 3: the import running

    private void buildProgress() {
        progressSection.setId("import-progress-section");
        progressSection.setPadding(false);
        progressSection.setVisible(false);
        bar.setId("import-progress");
        bar.setMin(0);
        bar.setMax(1);
        progressText.setId("import-progress-text");
        cancel.setId("import-cancel");
        cancel.setText(getTranslation("import.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            imports.cancel(watched);
            cancel.setEnabled(false);
        });
        Button again = new Button(getTranslation("import.again"), e -> {
            progressSection.setVisible(false);
            stopWatching();
            upload.clearFileList();
        });
        again.setId("import-again");
        progressSection.add(bar, progressText, new HorizontalLayout(cancel, again));
    }

    /** Follows a batch: its progress is pushed after every chunk; when it ends, its report shows. */
    void watch(long batchId) {
        stopWatching();
        watched = batchId;
        UI ui = UI.getCurrent();
        watching = progress.register(batchId, () -> ui.access(this::showProgress));
        progressSection.setVisible(true);
        showProgress();
    }

    private void showProgress() {
        ImportBatch batch = imports.batch(watched).orElse(null);
        if (batch == null) {
            progressSection.setVisible(false);
            return;
        }
        bar.setValue(batch.getRowsTotal() == 0 ? 1 : Math.min(1, (double) batch.getRowsDone() / batch.getRowsTotal()));
        progressText.setText(getTranslation("import.progress", batch.getRowsDone(), batch.getRowsTotal()) + " · "
                + getTranslation(batch.getStatus().translationKey()) + " · "
                + getTranslation(
                        "import.report.summary",
                        batch.getCreatedCount(),
                        batch.getUpdatedCount(),
                        batch.getUnchangedCount(),
                        batch.getSkippedCount(),
                        batch.getSuggestedCount(),
                        batch.getRejectedCount()));
        cancel.setVisible(batch.isRunning());
        cancel.setEnabled(batch.isRunning() && !batch.isCancelRequested());
        if (!batch.isRunning()) {
            showReport(
                    getTranslation("import.result", batch.getFileName()),
                    imports.report(watched),
                    batch.getFileName(),
                    imports.fileOf(watched));
            refreshRecent();
        }
    }

    private void stopWatching() {
        if (watching != null) {
            try {
                watching.close();
            } catch (Exception e) {
                // nothing to release
            }
            watching = null;
        }
    }

    // ---- earlier imports

    private void buildRecent() {
        recent.setId("import-recent");
        recent.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        recent.setAllRowsVisible(true);
        recent.addColumn(batch -> OfficeTime.formatToTheSecond(batch.getCreatedAt()))
                .setHeader(getTranslation("import.recent.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        recent.addColumn(ImportBatch::getCreatedBy)
                .setHeader(getTranslation("import.recent.who"))
                .setAutoWidth(true);
        recent.addColumn(ImportBatch::getFileName)
                .setHeader(getTranslation("import.recent.file"))
                .setFlexGrow(1);
        recent.addColumn(batch -> getTranslation(batch.getStatus().translationKey()))
                .setHeader(getTranslation("import.recent.status"))
                .setAutoWidth(true);
        recent.addColumn(batch -> batch.getRowsDone() + " / " + batch.getRowsTotal())
                .setHeader(getTranslation("import.recent.rows"))
                .setAutoWidth(true);
        recent.addComponentColumn(batch -> {
                    Button open = new Button(getTranslation("import.recent.open"), e -> watch(batch.getId()));
                    open.setId("import-open-" + batch.getId());
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    HorizontalLayout actions = new HorizontalLayout(open);
                    if (batch.isRevertible()) {
                        Button revert = new Button(getTranslation("import.revert"), e -> confirmRevert(batch));
                        revert.setId("import-revert-" + batch.getId());
                        revert.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                        actions.add(revert);
                    }
                    return actions;
                })
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        refreshRecent();
    }

    private void confirmRevert(ImportBatch batch) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("import-revert-confirm");
        confirm.setHeader(getTranslation("import.revert"));
        confirm.setText(getTranslation("import.revert.confirm", batch.getFileName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("import.revert"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> revert(batch.getId()));
        confirm.open();
    }

    void revert(long batchId) {
        revertMessage.setVisible(true);
        try {
            ImportService.RevertReport done = imports.revert(batchId);
            revertMessage.setText(
                    done.refused().isEmpty()
                            ? getTranslation("import.revert.done", done.reverted())
                            : getTranslation(
                                    "import.revert.partly", done.reverted(), String.join("; ", done.refused())));
            revertMessage.removeClassName("error-text");
        } catch (DomainException e) {
            revertMessage.setText(Notifications.text(e));
            revertMessage.addClassName("error-text");
        }
        refreshRecent();
    }

    private void refreshRecent() {
        recent.setItems(imports.recent());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        imports.recent().stream().filter(ImportBatch::isRunning).findFirst().ifPresent(batch -> watch(batch.getId()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching();
        content = null; // the file is not kept in the session once the page is left
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "import.title");
    }
}
