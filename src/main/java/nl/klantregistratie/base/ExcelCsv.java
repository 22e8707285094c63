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
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
