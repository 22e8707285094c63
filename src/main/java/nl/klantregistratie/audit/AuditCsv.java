package nl.klantregistratie.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * The audit log as CSV for Dutch Excel, as the Koppelingen export does it: UTF-8 with a byte order mark
 * (so Excel reads the accents), ';' between fields, CRLF between records, fields quoted when they hold
 * ';' or '"'. A text that Excel would run as a formula (starting with =, +, -, @) gets a leading
 * apostrophe: an entry's subject may be a name someone typed. Columns: when (Dutch time, to the
 * second), user, client address, type, subject, detail.
 */
final class AuditCsv {

    /** Translation keys of the column headers, in order. */
    static final List<String> HEADER_KEYS =
            List.of("audit.when", "audit.who", "audit.address", "audit.type", "audit.subject", "audit.detail");

    private static final char BOM = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final Function<String, String> translate;
    private final CSVPrinter printer;

    /** Starts the file: byte order mark and header. Does not close the stream. */
    AuditCsv(Function<String, String> translate, OutputStream out) {
        this.translate = translate;
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(HEADER_KEYS.stream().map(translate).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(AuditEntry entry) {
        try {
            printer.printRecord(
                    AuditLabels.when(entry.getOccurredAt()),
                    safe(AuditLabels.who(entry.getUsername(), translate)),
                    safe(entry.getClientAddress()),
                    safe(AuditLabels.type(entry.getType(), translate)),
                    safe(entry.getSubject()),
                    safe(entry.getDetail()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps Excel from reading a text as a formula ("=HYPERLINK(...)"). */
    static String safe(@Nullable String text) {
        if (text == null) {
            return "";
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
