package nl.klantregistratie.importing;

import java.util.List;
import java.util.Map;

/**
 * A file as read, before the import: its format (for CSV the encoding and separator found), its
 * header, the mapping its headers suggest (column index → field), the first rows and how many there are.
 */
public record ImportAnalysis(
        String fileName,
        ImportFile.Format format,
        String charset,
        char separator,
        List<String> header,
        Map<Integer, ImportField> mapping,
        List<List<String>> samples,
        int rowCount) {

    static final int SAMPLES = 3;

    public ImportAnalysis {
        header = List.copyOf(header);
        mapping = Map.copyOf(mapping);
        samples = List.copyOf(samples);
    }

    /** The first rows' values of a column, for the mapping screen ("Jansen, De Vries, …"). */
    public String example(int column) {
        return String.join(
                ", ",
                samples.stream()
                        .map(row -> column < row.size() ? row.get(column).strip() : "")
                        .filter(value -> !value.isEmpty())
                        .toList());
    }
}
