package nl.klantregistratie.importing;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import nl.klantregistratie.client.RegistrationKind;
import org.jspecify.annotations.Nullable;

/**
 * What the user chose for an import: the kind of registration in the file (null: a type column says
 * it per row), which field each column holds (by column index; unmapped columns are ignored), what a
 * row that matches a registration does, and whether an empty cell erases a value.
 */
public record ImportSettings(
        @Nullable RegistrationKind kind, Map<Integer, ImportField> mapping, OnMatch onMatch, boolean emptyErases) {

    public enum OnMatch {
        /** Change the matched registration in the columns of the file. */
        UPDATE,
        /** Leave the matched registration as it is. */
        SKIP;

        public String translationKey() {
            return "import.onmatch." + name().toLowerCase(Locale.ROOT);
        }
    }

    public ImportSettings {
        mapping = Collections.unmodifiableMap(new TreeMap<>(mapping));
    }

    String mappingText() {
        StringJoiner text = new StringJoiner(";");
        mapping.forEach((column, field) -> text.add(column + "=" + field.name()));
        return text.toString();
    }

    static ImportSettings of(
            @Nullable RegistrationKind kind, String mappingText, OnMatch onMatch, boolean emptyErases) {
        Map<Integer, ImportField> mapping = new TreeMap<>();
        if (!mappingText.isEmpty()) {
            for (String entry : mappingText.split(";")) {
                int is = entry.indexOf('=');
                mapping.put(Integer.parseInt(entry.substring(0, is)), ImportField.valueOf(entry.substring(is + 1)));
            }
        }
        return new ImportSettings(kind, mapping, onMatch, emptyErases);
    }

    /** The column index of a field, or -1 when no column holds it. */
    int columnOf(ImportField field) {
        for (Map.Entry<Integer, ImportField> entry : mapping.entrySet()) {
            if (entry.getValue() == field) {
                return entry.getKey();
            }
        }
        return -1;
    }
}
