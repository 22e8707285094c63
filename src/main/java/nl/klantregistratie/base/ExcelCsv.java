package nl.klantregistratie.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file for Dutch Excel, as every export of the application writes it: UTF-8 with a byte order
 * mark (so Excel reads the accents), ';' between fields, CRLF between records, fields quoted when they
 * hold ';', '"' or a line break. A text that Excel would run as a formula (starting with =, +, -, @, a
 * tab or a carriage return) gets a leading apostrophe: names and subjects are typed by people.
 */
public final class ExcelCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CSVFormat FORMAT = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final CSVPrinter printer;

    /** Starts the file: byte order mark and the header row. Does not close the stream. */
    public ExcelCsv(OutputStream out, List<String> header) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record; texts are kept from being read as formulas, null is an empty field. */
    public void row(@Nullable Object... values) {
        try {
            for (Object value : values) {
                printer.print(value instanceof String text ? safe(text) : value);
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes out what is buffered; the stream stays open. */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps Excel from reading a text as a formula ("=HYPERLINK(...)"). */
    static String safe(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** The text {@link #safe} was given: a file written here and read back (import) gives what was exported. */
    public static String unescape(String field) {
        if (field.length() > 1 && field.charAt(0) == '\'' && FORMULA_STARTS.indexOf(field.charAt(1)) >= 0) {
            return field.substring(1);
        }
        return field;
    }

    /** Whether a text would be run by a spreadsheet as a formula. */
    public static boolean isFormula(String text) {
        return text.length() > 1 && text.charAt(0) == '=';
    }
}
