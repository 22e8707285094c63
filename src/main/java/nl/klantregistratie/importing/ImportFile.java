package nl.klantregistratie.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.klantregistratie.base.ExcelCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A file of rows as offices have them: CSV with ';', ',' or tab between fields (detected from the
 * header line), in UTF-8 with or without byte order mark or in Windows-1252 (detected: what is not
 * valid UTF-8 is Windows-1252), quoted fields with line breaks, empty rows skipped; or XLSX (its
 * first sheet, read streaming). Excel dates become dd-mm-jjjj, numbers keep their digits as typed
 * (no "1.0E8", no ".0"), a formula stays visible as a formula so the row can be refused for it.
 * Rows are numbered as the user sees them in Excel: the header is row 1.
 */
public final class ImportFile {

    /** The largest file taken; the page's upload refuses a larger one before it is sent. */
    public static final int MAX_MEGABYTES = 50;

    static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    static final int MAX_COLUMNS = 100;
    static final int MAX_ROWS = 100_000;

    public enum Format {
        CSV,
        XLSX
    }

    /**
     * One row of the file: its number as in Excel, its cells ("" for an empty one) and the columns that
     * hold a formula: in XLSX a formula cell, in CSV a field starting with = (a spreadsheet would run
     * it; a field written "'=…", as exports write a text starting with =, is that text).
     */
    record SourceRow(int number, List<String> cells, Set<Integer> formulas) {

        SourceRow(int number, List<String> cells) {
            this(number, cells, Set.of());
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isFormula(int column) {
            return formulas.contains(column);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String name;
    private final byte[] content;
    private final Format format;
    private final Charset charset;
    private final char separator;
    private final List<String> header;

    private ImportFile(String name, byte[] content, Format format, Charset charset, char separator) {
        this.name = name;
        this.content = content;
        this.format = format;
        this.charset = charset;
        this.separator = separator;
        List<String> first = new ArrayList<>();
        forEach(
                0,
                row -> {
                    if (first.isEmpty()) {
                        first.addAll(row.cells());
                    }
                },
                true);
        while (!first.isEmpty() && first.getLast().isBlank()) {
            first.removeLast();
        }
        if (first.isEmpty()) {
            throw new ImportRefusedException("import.file.empty");
        }
        if (first.size() > MAX_COLUMNS) {
            throw new ImportRefusedException("import.file.columns", first.size(), MAX_COLUMNS);
        }
        this.header = List.copyOf(first.stream().map(String::strip).toList());
    }

    /** Reads the header; refuses what is not a CSV or XLSX file, an empty one and one too large. */
    static ImportFile of(String name, byte[] content) {
        if (content.length == 0) {
            throw new ImportRefusedException("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportRefusedException("import.file.toolarge", MAX_MEGABYTES);
        }
        if (content.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(content)) {
            return new ImportFile(name, content, Format.XLSX, StandardCharsets.UTF_8, ',');
        }
        if (content.length >= 8 && ReadableWorkbook.isOLE2Header(content)) {
            throw new ImportRefusedException("import.file.xls");
        }
        if (looksBinary(content)) {
            throw new ImportRefusedException("import.file.type");
        }
        Charset charset = charsetOf(content);
        return new ImportFile(name, content, Format.CSV, charset, separatorOf(content, charset));
    }

    String name() {
        return name;
    }

    byte[] content() {
        return content;
    }

    Format format() {
        return format;
    }

    Charset charset() {
        return charset;
    }

    char separator() {
        return separator;
    }

    List<String> header() {
        return header;
    }

    /** Every row after the header with a number of at least {@code fromRow}, one at a time. */
    void forEachRow(int fromRow, Consumer<SourceRow> action) {
        forEach(fromRow, action, false);
    }

    private void forEach(int fromRow, Consumer<SourceRow> action, boolean headerOnly) {
        boolean[] seenHeader = {false};
        Consumer<SourceRow> dispatch = row -> {
            if (!seenHeader[0]) {
                seenHeader[0] = true;
                if (headerOnly) {
                    action.accept(row);
                }
                return;
            }
            if (!headerOnly && row.number() >= fromRow && !isEmpty(row)) {
                try {
                    action.accept(row);
                } catch (RuntimeException e) {
                    throw new ActionFailed(e);
                }
            }
        };
        try {
            if (format == Format.XLSX) {
                readXlsx(dispatch, headerOnly);
            } else {
                readCsv(dispatch, headerOnly);
            }
        } catch (StopReading e) {
            // the header was all that was asked for
        } catch (ActionFailed e) {
            throw e.getCause();
        } catch (ImportRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // what the CSV parser or the XLSX reader cannot read: a broken or truncated file
            throw new ImportRefusedException("import.file.unreadable", name);
        }
    }

    private void readCsv(Consumer<SourceRow> action, boolean headerOnly) throws IOException {
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        try (Reader reader = new InputStreamReader(withoutBom(content), charset);
                CSVParser parser = csv.parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                Set<Integer> formulas = new HashSet<>();
                for (String value : record) {
                    if (ExcelCsv.isFormula(value.strip())) {
                        formulas.add(cells.size());
                    }
                    cells.add(ExcelCsv.unescape(value));
                }
                action.accept(new SourceRow((int) record.getRecordNumber(), cells, formulas));
                if (headerOnly) {
                    throw new StopReading();
                }
            }
        }
    }

    private void readXlsx(Consumer<SourceRow> action, boolean headerOnly) throws IOException {
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> iterator = rows.iterator();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    int width = Math.min(row.getCellCount(), MAX_COLUMNS * 5);
                    List<String> cells = new ArrayList<>(width);
                    Set<Integer> formulas = new HashSet<>();
                    for (int i = 0; i < width; i++) {
                        Cell cell = row.getCell(i);
                        if (cell != null && cell.getType() == CellType.FORMULA) {
                            formulas.add(i);
                        }
                        cells.add(text(cell));
                    }
                    while (!cells.isEmpty() && cells.getLast().isEmpty()) {
                        cells.removeLast();
                    }
                    action.accept(new SourceRow(row.getRowNum(), cells, formulas));
                    if (headerOnly) {
                        throw new StopReading();
                    }
                }
            }
        }
    }

    /** A cell as its text: dates as dd-mm-jjjj, numbers with the digits as typed, formulas as "=…". */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == null) {
            return "";
        }
        CellType type = cell.getType();
        if (type == CellType.FORMULA) {
            return "=" + (cell.getFormula() == null ? "" : cell.getFormula());
        }
        if (type == CellType.NUMBER) {
            if (isDateFormat(cell)) {
                LocalDateTime when = cell.asDate();
                return when == null ? "" : ImportValues.formatDate(when.toLocalDate());
            }
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "ja" : "nee";
        }
        if (type == CellType.EMPTY) {
            return "";
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /** Excel's built-in date formats (14–22, 45–47) and any custom format with day, month or year. */
    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
        return plain.contains("d") || plain.contains("y") || plain.contains("jj");
    }

    private static boolean isEmpty(SourceRow row) {
        return row.cells().stream().allMatch(String::isBlank);
    }

    /** NUL bytes do not occur in a text file: this is something else (a PDF, a Word file, an image). */
    private static boolean looksBinary(byte[] content) {
        int end = Math.min(content.length, 8192);
        for (int i = 0; i < end; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset charsetOf(byte[] content) {
        if (startsWithBom(content)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The separator that occurs most in the header line outside quotes: ';' (Dutch Excel), ',' or tab. */
    private static char separatorOf(byte[] content, Charset charset) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        try (Reader reader = new InputStreamReader(withoutBom(content), charset)) {
            int c;
            boolean started = false;
            while ((c = reader.read()) != -1) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (started) {
                        break;
                    }
                } else if (!quoted) {
                    started = true;
                    if (c == ';') {
                        semicolons++;
                    } else if (c == ',') {
                        commas++;
                    } else if (c == '\t') {
                        tabs++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3
                && content[0] == UTF8_BOM[0]
                && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static InputStream withoutBom(byte[] content) {
        int skip = startsWithBom(content) ? 3 : 0;
        return new ByteArrayInputStream(content, skip, content.length - skip);
    }

    /** What the caller's action threw, kept apart from what reading the file threw. */
    private static final class ActionFailed extends RuntimeException {
        ActionFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Ends reading after the header without reading the rest of the file. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
