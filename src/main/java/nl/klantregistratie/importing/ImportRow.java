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
import org.jspecify.annotations.Nullable;

/**
 * A row of a batch that was handled, written in the transaction that imported it: its number in the
 * file (unique per batch, so a resumed import cannot import it twice), its outcome and message, the
 * registration it created or changed, and for a change the values before it (for Import terugdraaien).
 */
@Entity
@Table(name = "import_row")
class ImportRow {

    static final int MAX_MESSAGE = 2000;
    static final int MAX_VALUES = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_row_seq")
    @SequenceGenerator(name = "import_row_seq", sequenceName = "import_row_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "row_no", nullable = false)
    private int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RowOutcome outcome = RowOutcome.REJECTED;

    @Column(name = "registration_id")
    private @Nullable Long registrationId;

    private @Nullable Long klantnummer;

    @Column(length = MAX_MESSAGE)
    private @Nullable String message;

    @Column(name = "values_before", length = MAX_VALUES)
    private @Nullable String valuesBefore;

    @Column(name = "version_after")
    private @Nullable Long versionAfter;

    protected ImportRow() {}

    ImportRow(
            long batchId,
            RowResult result,
            @Nullable Long registrationId,
            @Nullable String valuesBefore,
            @Nullable Long versionAfter) {
        this.batchId = batchId;
        this.rowNumber = result.row();
        this.outcome = result.outcome();
        this.registrationId = registrationId;
        this.klantnummer = result.klantnummer();
        this.message = result.message().isEmpty() ? null : cut(result.message(), MAX_MESSAGE);
        this.valuesBefore = valuesBefore == null || valuesBefore.length() > MAX_VALUES ? null : valuesBefore;
        this.versionAfter = versionAfter;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    RowResult result() {
        return new RowResult(rowNumber, outcome, klantnummer, message == null ? "" : message);
    }

    int getRowNumber() {
        return rowNumber;
    }

    RowOutcome getOutcome() {
        return outcome;
    }

    @Nullable
    Long getRegistrationId() {
        return registrationId;
    }

    @Nullable
    Long getKlantnummer() {
        return klantnummer;
    }

    @Nullable
    String getValuesBefore() {
        return valuesBefore;
    }

    @Nullable
    Long getVersionAfter() {
        return versionAfter;
    }
}
