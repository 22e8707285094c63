package nl.klantregistratie.overview;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import nl.klantregistratie.base.ExcelCsv;

/**
 * The Koppelingen list as CSV for Dutch Excel ({@link ExcelCsv}). Columns: klantnummer, naam,
 * zoeknaam, type of hoofd, number of volgers, klant-bedrijven of the volgers (separated by ", ").
 * Never a BSN: the rows do not hold one.
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

    private LinkOverviewCsv() {}

    /**
     * Writes the rows; {@code translate} turns translation keys (headers, the type of hoofd) into
     * the user's language. Does not close the stream.
     */
    public static void write(List<HeadOverview> rows, Function<String, String> translate, OutputStream out) {
        ExcelCsv csv = new ExcelCsv(out, HEADER_KEYS.stream().map(translate).toList());
        for (HeadOverview row : rows) {
            csv.row(
                    row.klantnummer(),
                    row.naam(),
                    row.zoeknaam(),
                    translate.apply(typeKey(row)),
                    row.followers(),
                    String.join(", ", row.bedrijven()));
        }
        csv.flush();
    }

    /** Translation key of the hoofd's type as the list and the export show it. */
    public static String typeKey(HeadOverview row) {
        return row.isContactPersonAsHead()
                ? HeadType.CONTACT_PERSON.translationKey()
                : HeadType.CLIENT_PERSON.translationKey();
    }
}
