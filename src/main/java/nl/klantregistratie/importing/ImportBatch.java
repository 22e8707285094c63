package nl.klantregistratie.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import nl.klantregistratie.client.RegistrationKind;
import org.jspecify.annotations.Nullable;

/**
 * One import: what was asked (the file, its kind, the column mapping, what to do with a match) and
 * how far it is. The file itself is in the same row but read and written apart ({@link ImportFiles}),
 * so listing imports never loads files.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    public enum Status {
        /** Being imported, or waiting to be resumed after a restart. */
        RUNNING,
        /** Stopped by a user after a chunk; what was imported stays. */
        CANCELLED,
        DONE,
        /** Stopped by an error that is not about a row (the database went away); resumes like RUNNING. */
        FAILED,
        /** Undone: what it created removed, what it changed back to the values before. */
        REVERTED;

        public String translationKey() {
            return "import.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
    @SequenceGenerator(name = "import_batch_seq", sequenceName = "import_batch_seq", allocationSize = 1)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "file_name", nullable = false)
    private String fileName = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable RegistrationKind kind;

    /** The mapping as "column index=field name" separated by ';'. */
    @Column(nullable = false, length = 2000)
    private String mapping = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "on_match", nullable = false, length = 10)
    private ImportSettings.OnMatch onMatch = ImportSettings.OnMatch.UPDATE;

    @Column(name = "empty_erases", nullable = false)
    private boolean emptyErases;

    /** The language of the messages in the rows (that of the user who started it). */
    @Column(nullable = false, length = 5)
    private String language = "nl";

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.RUNNING;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    /** The first row (as numbered in the file) not yet handled: where a resumed import goes on. */
    @Column(name = "next_row", nullable = false)
    private int nextRow = 2;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "suggested_count", nullable = false)
    private int suggestedCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt = Instant.now();

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    protected ImportBatch() {}

    ImportBatch(String fileName, ImportSettings settings, int rowsTotal, String createdBy, String language) {
        this.language = language;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.kind = settings.kind();
        this.mapping = settings.mappingText();
        this.onMatch = settings.onMatch();
        this.emptyErases = settings.emptyErases();
        this.rowsTotal = rowsTotal;
        this.createdBy = createdBy;
    }

    ImportSettings settings() {
        return ImportSettings.of(kind, mapping, onMatch, emptyErases);
    }

    void count(RowOutcome outcome) {
        rowsDone++;
        switch (outcome) {
            case CREATED -> createdCount++;
            case UPDATED -> updatedCount++;
            case UNCHANGED -> unchangedCount++;
            case SKIPPED -> skippedCount++;
            case SUGGESTED -> suggestedCount++;
            case REJECTED -> rejectedCount++;
        }
    }

    void advanceTo(int row) {
        nextRow = row;
        heartbeatAt = Instant.now();
    }

    void finish(Status status) {
        this.status = status;
        this.finishedAt = Instant.now();
        this.heartbeatAt = Instant.now();
    }

    String getLanguage() {
        return language;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getFileName() {
        return fileName;
    }

    public @Nullable RegistrationKind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    /** Whether it can be undone: it ran (to its end or until stopped) and was not undone yet. */
    public boolean isRevertible() {
        return status == Status.DONE || status == Status.CANCELLED;
    }

    void reverted() {
        this.status = Status.REVERTED;
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    int getNextRow() {
        return nextRow;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getUnchangedCount() {
        return unchangedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public int getSuggestedCount() {
        return suggestedCount;
    }

    public int getRejectedCount() {
        return rejectedCount;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }
}
