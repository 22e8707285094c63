package nl.klantregistratie.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.ChangeContext;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.ExcelCsv;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationLookup;
import nl.klantregistratie.importing.ImportFile.SourceRow;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Principals;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importeren (docs/decisions/0019): reads a file, proposes the column mapping, checks every row with
 * the rules of the forms without writing ("Controleren"), and imports for real in chunks of
 * {@value #CHUNK} rows per transaction, recording each row with its batch, so that an import that
 * stopped (a cancel, a crash, a restart) goes on where it was and no row is imported twice.
 *
 * <p>A chunk is taken twice: first checked in a transaction that is rolled back (a refused row cannot
 * spoil the others), then the rows that passed are saved in one transaction with their records and the
 * batch's counts. Should that still fail (a colleague changed a registration in between), the chunk is
 * taken again one row per transaction.
 */
@Service
@RolesAllowed({Role.MANAGER_NAME, Role.SUPPORT_NAME})
public class ImportService {

    /** Rows per transaction, unless {@code klantregistratie.import.chunk-size} says otherwise. */
    static final int CHUNK = 500;

    private static final int EXPORT_PAGE = 500;
    /** An import whose instance did not report for this long is taken over (the instance stopped). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final ClientService clients;
    private final RegistrationLookup lookup;
    private final LinkService links;
    private final ImportBatchRepository batches;
    private final ImportRowRepository rows;
    private final ImportFiles files;
    private final SavedMappingRepository mappings;
    private final ImportProgress progress;
    private final TranslationProvider translations;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate checking;
    private final int chunkSize;

    ImportService(
            ClientService clients,
            RegistrationLookup lookup,
            LinkService links,
            ImportBatchRepository batches,
            ImportRowRepository rows,
            ImportFiles files,
            SavedMappingRepository mappings,
            ImportProgress progress,
            TranslationProvider translations,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            @Value("${klantregistratie.import.chunk-size:" + CHUNK + "}") int chunkSize) {
        this.chunkSize = Math.max(1, chunkSize);
        this.clients = clients;
        this.lookup = lookup;
        this.links = links;
        this.batches = batches;
        this.rows = rows;
        this.files = files;
        this.mappings = mappings;
        this.progress = progress;
        this.translations = translations;
        this.entityManager = entityManager;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.checking = new TransactionTemplate(transactions);
        this.checking.setReadOnly(true);
        this.checking.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * What a file holds, before anything is asked of it: its header, the mapping its headers suggest
     * for the kind (null: a type column per row), a few rows to show, how many rows there are.
     * Refuses what cannot be imported at all (not CSV or XLSX, empty, too large, too many rows).
     */
    public ImportAnalysis analyse(String fileName, byte[] content, @Nullable RegistrationKind kind) {
        ImportFile file = ImportFile.of(fileName, content);
        Map<Integer, ImportField> mapping = new HashMap<>();
        Set<ImportField> used = new HashSet<>();
        List<String> header = file.header();
        for (int column = 0; column < header.size(); column++) {
            Optional<ImportField> field = ImportField.forHeader(header.get(column), kind);
            if (field.isPresent() && used.add(field.get())) {
                mapping.put(column, field.get());
            }
        }
        List<List<String>> samples = new ArrayList<>();
        int[] count = {0};
        file.forEachRow(0, row -> {
            count[0]++;
            if (samples.size() < ImportAnalysis.SAMPLES) {
                samples.add(row.cells());
            }
        });
        if (count[0] == 0) {
            throw new ImportRefusedException("import.file.norows");
        }
        if (count[0] > ImportFile.MAX_ROWS) {
            throw new ImportRefusedException("import.file.rows", count[0], ImportFile.MAX_ROWS);
        }
        return new ImportAnalysis(
                fileName,
                file.format(),
                file.charset().displayName(),
                file.separator(),
                header,
                mapping,
                samples,
                count[0]);
    }

    /** The saved column mappings, by name. */
    public List<SavedMapping> savedMappings() {
        return mappings.findAllByOrderByNameAsc();
    }

    /**
     * Saves the mapping of a file's columns under a name, by their headers, for the next file of the
     * same source; a mapping of that name is replaced.
     */
    public SavedMapping saveMapping(
            String name, @Nullable RegistrationKind kind, List<String> header, ImportSettings settings) {
        String cleaned = name.strip();
        if (cleaned.isEmpty()) {
            throw new ImportRefusedException("import.mapping.noname");
        }
        if (cleaned.length() > SavedMapping.MAX_NAME) {
            throw new ImportRefusedException("import.mapping.namelength", SavedMapping.MAX_NAME);
        }
        Map<String, ImportField> byHeader = new LinkedHashMap<>();
        settings.mapping().forEach((column, field) -> {
            if (column < header.size() && !header.get(column).isBlank()) {
                byHeader.put(header.get(column), field);
            }
        });
        return writing.execute(status -> {
            Optional<SavedMapping> existing = mappings.findByName(cleaned);
            if (existing.isPresent()) {
                existing.get().replace(kind, byHeader, Principals.currentUsername());
                return existing.get();
            }
            return mappings.save(new SavedMapping(cleaned, kind, byHeader, Principals.currentUsername()));
        });
    }

    /** "Controleren": every row as the import would take it, with nothing written. */
    public ImportReport check(String fileName, byte[] content, ImportSettings settings, Locale locale) {
        ImportFile file = ImportFile.of(fileName, content);
        refuseSettings(settings, file.header());
        RowImporter importer = importer(settings, file.header(), locale);
        List<RowResult> results = new ArrayList<>();
        List<SourceRow> chunk = new ArrayList<>(chunkSize);
        file.forEachRow(0, row -> {
            chunk.add(row);
            if (chunk.size() == chunkSize) {
                results.addAll(checkChunk(importer, chunk));
                chunk.clear();
            }
        });
        results.addAll(checkChunk(importer, chunk));
        return new ImportReport(results);
    }

    /**
     * "Definitief importeren": records the batch with its file and starts it on {@code runner}'s
     * thread; returns the batch. Its progress is read with {@link #batch}.
     */
    public ImportBatch start(String fileName, byte[] content, ImportSettings settings, Locale locale) {
        ImportFile file = ImportFile.of(fileName, content);
        refuseSettings(settings, file.header());
        int[] count = {0};
        file.forEachRow(0, row -> count[0]++);
        String language = TranslationProvider.supported(locale).getLanguage();
        ImportBatch batch = writing.execute(status -> {
            ImportBatch saved = batches.saveAndFlush(
                    new ImportBatch(fileName, settings, count[0], Principals.currentUsername(), language));
            files.store(saved.getId(), content);
            return saved;
        });
        return batch;
    }

    /** Takes the batch from where it stopped to its end, a chunk per transaction; stops early when cancelled. */
    public void run(long batchId) {
        run(batchId, Integer.MAX_VALUE);
    }

    /**
     * As {@link #run(long)}, but stops after {@code maxChunks} chunks as if the instance died there: the
     * batch stays running, to be resumed (for the tests of a crash).
     */
    void run(long batchId, int maxChunks) {
        ImportBatch batch =
                batches.findById(batchId).orElseThrow(() -> new ImportRefusedException("import.batch.gone"));
        // every revision it makes says which import made it (R16)
        ChangeContext.during("Import " + batchId + ": " + batch.getFileName(), () -> {
            runChunks(batch, maxChunks);
            return null;
        });
    }

    private void runChunks(ImportBatch batch, int maxChunks) {
        long batchId = batch.getId();
        ImportFile file = ImportFile.of(batch.getFileName(), files.load(batchId));
        ImportSettings settings = batch.settings();
        RowImporter importer = importer(settings, file.header(), Locale.forLanguageTag(batch.getLanguage()));
        int resumeAt = batch.getNextRow();
        Set<Integer> takenBefore = new HashSet<>();
        rows.findByBatchIdAndRowNumberLessThanOrderByRowNumber(batchId, resumeAt)
                .forEach(row -> {
                    if (row.getOutcome() != RowOutcome.REJECTED) {
                        takenBefore.add(row.getRowNumber());
                    }
                });
        if (!takenBefore.isEmpty()) {
            file.forEachRow(0, row -> {
                if (row.number() < resumeAt && takenBefore.contains(row.number())) {
                    importer.rememberEarlier(row);
                }
            });
        }
        List<SourceRow> chunk = new ArrayList<>(chunkSize);
        int[] chunks = {0};
        boolean[] cancelled = {false};
        try {
            file.forEachRow(resumeAt, row -> {
                if (cancelled[0] || chunks[0] >= maxChunks) {
                    return;
                }
                chunk.add(row);
                if (chunk.size() == chunkSize) {
                    importChunk(batchId, importer, chunk, row.number() + 1);
                    chunk.clear();
                    chunks[0]++;
                    cancelled[0] = batches.isCancelRequested(batchId);
                }
            });
            if (chunks[0] >= maxChunks) {
                return; // "died" here
            }
            if (!cancelled[0]) {
                importChunk(batchId, importer, chunk, Integer.MAX_VALUE);
            }
            finish(batchId, cancelled[0] ? ImportBatch.Status.CANCELLED : ImportBatch.Status.DONE);
        } catch (RuntimeException e) {
            LOG.error("Import {} stopped; it resumes from its last chunk", batchId, e);
            finish(batchId, ImportBatch.Status.FAILED);
            throw e;
        }
    }

    /**
     * Import terugdraaien: removes what the batch created and gives what it changed its values from
     * before (not a BSN: that is never kept outside its registration). Refused as a whole, listing the
     * rows, when a registration was changed or removed since the import; a step that then still fails
     * (a colleague added a contactpersoon to a klant-bedrijf the import created) is reported per row.
     */
    public RevertReport revert(long batchId) {
        ImportBatch batch =
                batches.findById(batchId).orElseThrow(() -> new ImportRefusedException("import.batch.gone"));
        if (!batch.isRevertible()) {
            throw new ImportRefusedException("import.revert.status");
        }
        Locale language = TranslationProvider.supported(Locale.forLanguageTag(batch.getLanguage()));
        List<ImportRow> taken = rows.findByBatchIdOrderByRowNumber(batchId).stream()
                .filter(row -> row.getRegistrationId() != null && row.getVersionAfter() != null)
                .filter(row -> row.getOutcome() == RowOutcome.CREATED
                        || row.getOutcome() == RowOutcome.SUGGESTED
                        || row.getOutcome() == RowOutcome.UPDATED)
                .toList();
        List<String> changedSince = new ArrayList<>();
        for (ImportRow row : taken) {
            Optional<Long> version = lookup.versionOf(row.getRegistrationId());
            if (version.isEmpty() || !version.get().equals(row.getVersionAfter())) {
                changedSince.add(translations.getTranslation(
                        version.isEmpty() ? "import.revert.row.gone" : "import.revert.row.changed",
                        language,
                        row.getRowNumber(),
                        String.valueOf(row.getKlantnummer())));
            }
        }
        if (!changedSince.isEmpty()) {
            throw new ImportRefusedException("import.revert.changed", changedSince.size(), listed(changedSince));
        }
        List<String> refused = new ArrayList<>();
        int reverted = 0;
        // changes back first, then what was created: contactpersonen before the klant-bedrijven they are at
        List<ImportRow> order = new ArrayList<>(taken.stream()
                .filter(row -> row.getOutcome() == RowOutcome.UPDATED)
                .toList());
        for (RegistrationKind kind :
                List.of(RegistrationKind.CONTACT, RegistrationKind.PERSOON, RegistrationKind.BEDRIJF)) {
            taken.stream()
                    .filter(row -> row.getOutcome() != RowOutcome.UPDATED)
                    .filter(row -> lookup.kindOf(row.getRegistrationId()).orElse(null) == kind)
                    .forEach(order::add);
        }
        String reason = "Import " + batchId + " teruggedraaid: " + batch.getFileName();
        for (ImportRow row : order) {
            try {
                ChangeContext.during(
                        reason,
                        () -> writing.execute(status -> {
                            revertRow(row);
                            return null;
                        }));
                reverted++;
            } catch (DomainException e) {
                refused.add(translations.getTranslation(
                        "import.revert.row.refused",
                        language,
                        row.getRowNumber(),
                        String.valueOf(row.getKlantnummer()),
                        translations.getTranslation(e.getMessageKey(), language, e.getArguments())));
            } catch (RuntimeException e) {
                refused.add(translations.getTranslation(
                        "import.revert.row.refused",
                        language,
                        row.getRowNumber(),
                        String.valueOf(row.getKlantnummer()),
                        translations.getTranslation("import.row.failed", language)));
            }
        }
        writing.executeWithoutResult(
                status -> batches.findById(batchId).orElseThrow().reverted());
        return new RevertReport(reverted, refused);
    }

    private void revertRow(ImportRow row) {
        long id = row.getRegistrationId();
        if (row.getOutcome() != RowOutcome.UPDATED) {
            clients.delete(id, row.getVersionAfter());
            return;
        }
        Registration registration = clients.get(id);
        ImportSnapshot.read(row.getValuesBefore())
                .forEach((field, value) ->
                        field.access(registration.getKind()).ifPresent(access -> access.set(registration, value)));
        clients.save(registration);
    }

    /** At most ten rows named, then how many more. */
    private static String listed(List<String> rows) {
        String named = String.join("; ", rows.subList(0, Math.min(10, rows.size())));
        return rows.size() <= 10 ? named : named + "; … (+" + (rows.size() - 10) + ")";
    }

    /** What a revert did: how many rows it undid, and the rows it could not undo with the reason. */
    public record RevertReport(int reverted, List<String> refused) {}

    /** Asks a running import to stop after its current chunk. */
    public void cancel(long batchId) {
        writing.executeWithoutResult(status -> batches.requestCancel(batchId));
    }

    public Optional<ImportBatch> batch(long batchId) {
        return batches.findById(batchId);
    }

    /** The latest imports, newest first. */
    public List<ImportBatch> recent() {
        return batches.findTop20ByOrderByIdDesc();
    }

    /** The outcome of every row of a batch handled so far, in file order. */
    public ImportReport report(long batchId) {
        return new ImportReport(rows.findByBatchIdOrderByRowNumber(batchId).stream()
                .map(ImportRow::result)
                .toList());
    }

    /**
     * The rejected rows of a check or a batch as a file to fix and import again: the file's own header
     * and cells, plus a column "Reden" with the reason (CSV for Dutch Excel).
     */
    public void writeRejected(String fileName, byte[] content, ImportReport report, OutputStream out, Locale locale) {
        ImportFile file = ImportFile.of(fileName, content);
        Map<Integer, String> reasons = new HashMap<>();
        report.results().stream()
                .filter(result -> result.outcome() == RowOutcome.REJECTED)
                .forEach(result -> reasons.put(result.row(), result.message()));
        List<String> header = new ArrayList<>(file.header());
        header.add(translations.getTranslation("import.rejected.reason", locale));
        ExcelCsv csv = new ExcelCsv(out, header);
        file.forEachRow(0, row -> {
            String reason = reasons.get(row.number());
            if (reason != null) {
                List<String> cells = new ArrayList<>(file.header().size() + 1);
                for (int i = 0; i < file.header().size(); i++) {
                    cells.add(row.cell(i));
                }
                cells.add(reason);
                csv.row(cells.toArray());
            }
        });
        csv.flush();
    }

    /** The template of a kind: its columns (required ones marked *) and an example row. */
    public void writeTemplate(RegistrationKind kind, FileFormat format, OutputStream out) {
        ImportLayout.writeTemplate(kind, format, out);
    }

    /**
     * Exporteren: every klant-bedrijf, klant-persoon and contactpersoon (in that order, so the file
     * imports again in one go) in the import layout with a Type column; a page at a time, never all
     * in memory. With the BSN only for applicatiebeheer; the export is recorded in the audit log.
     */
    public void export(FileFormat format, OutputStream out) {
        export(format, false, out);
    }

    /** {@link #export} with the BSN of every klant-persoon: applicatiebeheer only, recorded as such. */
    @RolesAllowed(Role.SUPPORT_NAME)
    public void exportWithBsn(FileFormat format, OutputStream out) {
        export(format, true, out);
    }

    private void export(FileFormat format, boolean withBsn, OutputStream out) {
        List<String> header =
                ImportLayout.exportColumns().stream().map(ImportField::header).toList();
        int count = 0;
        try (ImportLayout.Table table = ImportLayout.Table.of(format, out, header)) {
            for (RegistrationKind kind :
                    List.of(RegistrationKind.BEDRIJF, RegistrationKind.PERSOON, RegistrationKind.CONTACT)) {
                long after = 0;
                List<Registration> page;
                do {
                    page = lookup.pageAfter(kind, after, EXPORT_PAGE);
                    for (Registration registration : page) {
                        table.row(ImportLayout.exportRow(registration, withBsn));
                        after = registration.getKlantnummer();
                        count++;
                    }
                } while (page.size() == EXPORT_PAGE);
            }
        }
        events.publishEvent(
                AuditEvent.export(withBsn ? "Klanten (importformaat, met BSN)" : "Klanten (importformaat)", count));
    }

    /** The file of a batch, for the rejected rows of an import that ran. */
    public byte[] fileOf(long batchId) {
        return files.load(batchId);
    }

    /** Imports whose instance stopped without finishing them, claimed for this instance (at most once each). */
    List<Long> claimAbandoned() {
        Instant before = Instant.now().minus(ABANDONED_AFTER);
        List<Long> claimed = new ArrayList<>();
        for (long id : batches.findAbandoned(before)) {
            Integer updated = writing.execute(status -> batches.claim(id, before, Instant.now()));
            if (updated != null && updated == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    // ---- chunks

    private List<RowResult> checkChunk(RowImporter importer, List<SourceRow> chunk) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        List<RowResult> results = new ArrayList<>(chunk.size());
        checking.executeWithoutResult(status -> {
            status.setRollbackOnly();
            for (SourceRow row : chunk) {
                RowImporter.Outcome outcome = importer.take(row, false);
                results.add(outcome.result());
                if (outcome.result().outcome() != RowOutcome.REJECTED) {
                    importer.remember(row, outcome);
                }
                entityManager.clear(); // what a refused row changed never reaches the next
            }
        });
        return results;
    }

    private void importChunk(long batchId, RowImporter importer, List<SourceRow> chunk, int nextRow) {
        importChunkOnce(batchId, importer, chunk, nextRow);
        progress.changed(batchId);
    }

    private void importChunkOnce(long batchId, RowImporter importer, List<SourceRow> chunk, int nextRow) {
        List<RowResult> checked = checkChunk(importer, chunk);
        try {
            writing.executeWithoutResult(status -> {
                List<RowOutcome> counted = new ArrayList<>(chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    RowResult result = checked.get(i);
                    RowImporter.Outcome outcome = result.outcome() == RowOutcome.REJECTED
                            ? new RowImporter.Outcome(result, null, null)
                            : importer.take(chunk.get(i), true);
                    if (outcome.result().outcome() == RowOutcome.REJECTED && result.outcome() != RowOutcome.REJECTED) {
                        throw new RowFailed(); // changed since the check: the chunk again, a row at a time
                    }
                    saveRow(batchId, outcome);
                    counted.add(outcome.result().outcome());
                    // written and let go: the persistence context stays one row large, so every query's
                    // automatic flush checks one row for changes, not the whole chunk
                    entityManager.flush();
                    entityManager.clear();
                }
                ImportBatch batch = batches.findById(batchId).orElseThrow();
                counted.forEach(batch::count);
                batch.advanceTo(nextRow);
            });
        } catch (RuntimeException e) {
            LOG.info("Import {}: chunk before row {} again a row at a time ({})", batchId, nextRow, e.toString());
            entityManager.clear();
            for (int i = 0; i < chunk.size(); i++) {
                importRow(batchId, importer, chunk.get(i), checked.get(i));
            }
            writing.executeWithoutResult(
                    status -> batches.findById(batchId).orElseThrow().advanceTo(nextRow));
        }
    }

    private void importRow(long batchId, RowImporter importer, SourceRow row, RowResult checked) {
        RowResult[] failure = {null};
        try {
            writing.executeWithoutResult(status -> {
                ImportBatch batch = batches.findById(batchId).orElseThrow();
                if (checked.outcome() == RowOutcome.REJECTED) {
                    record(batch, new RowImporter.Outcome(checked, null, null));
                    return;
                }
                RowImporter.Outcome outcome = importer.take(row, true);
                if (outcome.result().outcome() == RowOutcome.REJECTED) {
                    failure[0] = outcome.result();
                    status.setRollbackOnly();
                    return;
                }
                record(batch, outcome);
            });
        } catch (RuntimeException e) {
            String message = e instanceof DomainException domain
                    ? importer.text(domain.getMessageKey(), domain.getArguments())
                    : importer.text("import.row.failed");
            failure[0] = new RowResult(row.number(), RowOutcome.REJECTED, null, message);
        }
        if (failure[0] != null) {
            RowResult refused = failure[0];
            writing.executeWithoutResult(status ->
                    record(batches.findById(batchId).orElseThrow(), new RowImporter.Outcome(refused, null, null)));
        }
    }

    private void record(ImportBatch batch, RowImporter.Outcome outcome) {
        saveRow(batch.getId(), outcome);
        batch.count(outcome.result().outcome());
    }

    private void saveRow(long batchId, RowImporter.Outcome outcome) {
        var registration = outcome.registration();
        rows.save(new ImportRow(
                batchId,
                outcome.result(),
                registration == null ? null : registration.getId(),
                outcome.valuesBefore(),
                registration == null ? null : registration.getVersion()));
    }

    private void finish(long batchId, ImportBatch.Status status) {
        writing.executeWithoutResult(tx -> batches.findById(batchId).ifPresent(batch -> batch.finish(status)));
        progress.changed(batchId);
    }

    // ---- settings

    /** Refuses a mapping that cannot import: no type column for a mixed file, a required column missing. */
    private static void refuseSettings(ImportSettings settings, List<String> header) {
        if (settings.mapping().keySet().stream().anyMatch(column -> column < 0 || column >= header.size())) {
            throw new ImportRefusedException("import.mapping.column");
        }
        if (settings.kind() == null) {
            if (settings.columnOf(ImportField.TYPE) < 0) {
                throw new ImportRefusedException("import.mapping.type");
            }
            return;
        }
        boolean identifies = settings.columnOf(ImportField.KLANTNUMMER) >= 0
                || (settings.kind() == RegistrationKind.PERSOON && settings.columnOf(ImportField.BSN) >= 0)
                || (settings.kind() == RegistrationKind.BEDRIJF && settings.columnOf(ImportField.KVK_NUMMER) >= 0);
        if (identifies) {
            return; // a file that updates by klantnummer, BSN or KvK-nummer; a new row is checked on its own
        }
        List<String> missing = new ArrayList<>();
        for (ImportField field : ImportField.required(settings.kind())) {
            boolean company = field == ImportField.BEDRIJF_NAAM;
            boolean present = company
                    ? settings.columnOf(ImportField.BEDRIJF_NAAM) >= 0
                            || settings.columnOf(ImportField.BEDRIJF_KLANTNUMMER) >= 0
                            || settings.columnOf(ImportField.BEDRIJF_KVK_NUMMER) >= 0
                    : settings.columnOf(field) >= 0;
            if (!present) {
                missing.add(field.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRefusedException("import.mapping.required", String.join(", ", missing));
        }
    }

    private RowImporter importer(ImportSettings settings, List<String> header, Locale locale) {
        Locale language = TranslationProvider.supported(locale);
        return new RowImporter(
                clients,
                lookup,
                links,
                settings,
                header,
                (key, arguments) -> translations.getTranslation(key, language, arguments));
    }

    /** A row that passed the check but not the save: the chunk is redone a row at a time. */
    private static final class RowFailed extends RuntimeException {
        RowFailed() {
            super("a row of the chunk failed on save", null, false, false);
        }
    }

    /** Counts per outcome, for the report's summary. */
    static Map<RowOutcome, Integer> counts(List<RowResult> results) {
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome, 0);
        }
        results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
        return counts;
    }
}
