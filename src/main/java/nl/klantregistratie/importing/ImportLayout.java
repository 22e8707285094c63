package nl.klantregistratie.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.base.ExcelCsv;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Files in the import layout: the templates (required columns marked with *, one example row) and the
 * export (every registration as the import reads it back, so export → import changes nothing), as CSV
 * for Dutch Excel or as an Excel workbook whose cells are text (a BSN or postcode keeps its zeros).
 */
final class ImportLayout {

    static final String REQUIRED_MARK = " *";

    private static final Map<ImportField, String> EXAMPLES = Map.ofEntries(
            Map.entry(ImportField.KLANTNUMMER, ""),
            Map.entry(ImportField.AANHEF, "Dhr."),
            Map.entry(ImportField.VOORLETTERS, "J.P."),
            Map.entry(ImportField.VOORNAMEN, "Jan Pieter"),
            Map.entry(ImportField.ROEPNAAM, "Jan"),
            Map.entry(ImportField.TUSSENVOEGSEL, "van den"),
            Map.entry(ImportField.ACHTERNAAM, "Berg"),
            Map.entry(ImportField.GEBOORTEDATUM, "03-04-1980"),
            Map.entry(ImportField.STRAAT, "Dorpsstraat"),
            Map.entry(ImportField.HUISNUMMER, "12"),
            Map.entry(ImportField.HUISLETTER, "A"),
            Map.entry(ImportField.POSTCODE, "1234 AB"),
            Map.entry(ImportField.PLAATS, "Ede"),
            Map.entry(ImportField.LAND, "NL"),
            Map.entry(ImportField.EMAIL, "jan.vandenberg@example.nl"),
            Map.entry(ImportField.MOBIEL, "06 12345678"),
            Map.entry(ImportField.EMAILVOORKEUR, "Privé"),
            Map.entry(ImportField.BSN, "123456782"),
            Map.entry(ImportField.STATUTAIRE_NAAM, "Bakkerij Van den Berg B.V."),
            Map.entry(ImportField.HANDELSNAAM, "Bakkerij Van den Berg"),
            Map.entry(ImportField.RECHTSVORM, "BV"),
            Map.entry(ImportField.KVK_NUMMER, "12345678"),
            Map.entry(ImportField.WEBSITE, "https://www.example.nl"),
            Map.entry(ImportField.BEDRIJF_KVK_NUMMER, "12345678"),
            Map.entry(ImportField.BEDRIJF_NAAM, "Bakkerij Van den Berg B.V."),
            Map.entry(ImportField.FUNCTIE, "Directeur"),
            Map.entry(ImportField.ZAKELIJK_EMAIL, "jan@bakkerijvandenberg.example.nl"),
            Map.entry(ImportField.TOEGANG_CLIENT_ONLINE, "ja"));

    private ImportLayout() {}

    /** The template of a kind: its columns, the required ones marked, and one example row. */
    static void writeTemplate(RegistrationKind kind, FileFormat format, OutputStream out) {
        List<ImportField> fields = ImportField.layout(kind);
        List<ImportField> required = ImportField.required(kind);
        List<String> header = new ArrayList<>();
        List<String> example = new ArrayList<>();
        for (ImportField field : fields) {
            header.add(field.header() + (required.contains(field) ? REQUIRED_MARK : ""));
            example.add(
                    field == ImportField.ZAKELIJK_EMAIL && kind == RegistrationKind.PERSOON
                            ? "j.vandenberg@werk.example.nl"
                            : EXAMPLES.getOrDefault(field, ""));
        }
        try (Table table = Table.of(format, out, header)) {
            table.row(example);
        }
    }

    /** The columns of an export of every kind: Type, then every field in the layout's order. */
    static List<ImportField> exportColumns() {
        return List.of(ImportField.values());
    }

    /** A registration as a row of {@link #exportColumns}; the BSN only when asked. */
    static List<String> exportRow(Registration registration, boolean withBsn) {
        RegistrationKind kind = registration.getKind();
        List<String> row = new ArrayList<>();
        for (ImportField field : exportColumns()) {
            row.add(
                    switch (field) {
                        case TYPE -> RowKeys.kindName(kind);
                        case KLANTNUMMER -> String.valueOf(registration.getKlantnummer());
                        case BSN -> withBsn && registration instanceof ClientPerson person ? text(person.getBsn()) : "";
                        case BEDRIJF_KLANTNUMMER ->
                            registration instanceof ContactPerson contact && contact.getCompany() != null
                                    ? String.valueOf(contact.getCompany().getKlantnummer())
                                    : "";
                        case BEDRIJF_KVK_NUMMER ->
                            registration instanceof ContactPerson contact && contact.getCompany() != null
                                    ? text(contact.getCompany().getKvkNummer())
                                    : "";
                        case HEAD_KLANTNUMMER ->
                            registration instanceof ContactPerson contact && contact.getHead() != null
                                    ? String.valueOf(contact.getHead().getKlantnummer())
                                    : "";
                        case BEDRIJF_NAAM ->
                            registration instanceof ContactPerson contact && contact.getCompany() != null
                                    ? companyName(contact.getCompany())
                                    : "";
                        default ->
                            field.access(kind)
                                    .map(access -> access.get(registration))
                                    .orElse("");
                    });
        }
        return row;
    }

    private static String companyName(ClientCompany company) {
        return text(company.getStatutaireNaam());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** A file being written row by row. */
    interface Table extends AutoCloseable {

        void row(List<String> cells);

        @Override
        void close();

        static Table of(FileFormat format, OutputStream out, List<String> header) {
            return format == FileFormat.CSV ? new CsvTable(out, header) : new XlsxTable(out, header);
        }
    }

    private static final class CsvTable implements Table {
        private final ExcelCsv csv;

        CsvTable(OutputStream out, List<String> header) {
            csv = new ExcelCsv(out, header);
        }

        @Override
        public void row(List<String> cells) {
            csv.row(cells.toArray());
        }

        @Override
        public void close() {
            csv.flush();
        }
    }

    /** Every cell as text: Excel then keeps 012345672 and "1234 AB" as they are. */
    private static final class XlsxTable implements Table {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int next = 1;

        XlsxTable(OutputStream out, List<String> header) {
            workbook = new Workbook(out, "Klantregistratie", "1.0");
            sheet = workbook.newWorksheet("Klanten");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
        }

        @Override
        public void row(List<String> cells) {
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    sheet.value(next, c, cells.get(c));
                }
            }
            next++;
            if (next % 1000 == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
