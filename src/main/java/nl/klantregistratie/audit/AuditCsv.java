package nl.klantregistratie.audit;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import nl.klantregistratie.base.ExcelCsv;

/**
 * The audit log as CSV for Dutch Excel ({@link ExcelCsv}, as the other exports: a subject may be a
 * name someone typed, and no text is read as a formula). Columns: when (Dutch time, to the second),
 * user, client address, type, subject, detail.
 */
final class AuditCsv {

    /** Translation keys of the column headers, in order. */
    static final List<String> HEADER_KEYS =
            List.of("audit.when", "audit.who", "audit.address", "audit.type", "audit.subject", "audit.detail");

    private final Function<String, String> translate;
    private final ExcelCsv csv;

    /** Starts the file: byte order mark and header. Does not close the stream. */
    AuditCsv(Function<String, String> translate, OutputStream out) {
        this.translate = translate;
        this.csv = new ExcelCsv(out, HEADER_KEYS.stream().map(translate).toList());
    }

    void write(AuditEntry entry) {
        csv.row(
                AuditLabels.when(entry.getOccurredAt()),
                AuditLabels.who(entry.getUsername(), translate),
                entry.getClientAddress(),
                AuditLabels.type(entry.getType(), translate),
                entry.getSubject(),
                entry.getDetail());
    }

    void flush() {
        csv.flush();
    }
}
