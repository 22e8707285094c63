package nl.klantregistratie.overview;

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

/**
 * The Koppelingen list as CSV for Dutch Excel: UTF-8 with a byte order mark (so Excel reads the
 * accents), ';' between fields, CRLF between records, fields quoted when they hold ';', '"' or a line
 * break. A text that Excel would run as a formula (starting with =, +, -, @) gets a leading
 * apostrophe. Columns: klantnummer, naam, zoeknaam, type of hoofd, number of volgers, klant-bedrijven
 * of the volgers (separated by ", "). Never a BSN: the rows do not hold one.
 */
public final class LinkOverviewCsv {

    /** Translation keys of the column headers, in order. */
    public static final List<String> HEADER_KEYS = List.of(
            "overview.klantnummer",
            "overview.naam",
            "overview.zoeknaam",
            "overview.type",
            "overview.followers",
            "overview.bedrijven");

    public static final String FILE_NAME = "koppelingen.csv";
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final char BOM = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private LinkOverviewCsv() {}

    /**
     * Writes the rows; {@code translate} turns translation keys (headers, the type of hoofd) into
     * the user's language. Does not close the stream.
     */
    public static void write(List<HeadOverview> rows, Function<String, String> translate, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(HEADER_KEYS.stream().map(translate).toList());
            for (HeadOverview row : rows) {
                printer.printRecord(
                        row.klantnummer(),
                        safe(row.naam()),
                        safe(row.zoeknaam()),
                        translate.apply(typeKey(row)),
                        row.followers(),
                        safe(String.join(", ", row.bedrijven())));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Translation key of the hoofd's type as the list and the export show it. */
    public static String typeKey(HeadOverview row) {
        return row.isContactPersonAsHead()
                ? HeadType.CONTACT_PERSON.translationKey()
                : HeadType.CLIENT_PERSON.translationKey();
    }

    /** Keeps Excel from reading a name as a formula ("=HYPERLINK(...)"). */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
