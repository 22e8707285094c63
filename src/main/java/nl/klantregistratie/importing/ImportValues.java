package nl.klantregistratie.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How cells are read and written: dates as dd-mm-jjjj (also d-m-jjjj, with / or ., and jjjj-mm-dd
 * as databases export them), whole numbers, ja/nee, and the names of choices (aanhef, rechtsvorm,
 * e-mailvoorkeur) as offices write them ("De heer", "B.V.", "Privé"). A cell that cannot be read
 * throws {@link CellException} with the reason.
 */
final class ImportValues {

    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("ja", true),
            Map.entry("j", true),
            Map.entry("yes", true),
            Map.entry("y", true),
            Map.entry("x", true),
            Map.entry("1", true),
            Map.entry("waar", true),
            Map.entry("true", true),
            Map.entry("nee", false),
            Map.entry("n", false),
            Map.entry("no", false),
            Map.entry("0", false),
            Map.entry("onwaar", false),
            Map.entry("false", false));

    private ImportValues() {}

    /** A cell's value could not be read; the key and arguments say why. */
    static final class CellException extends RuntimeException {

        private final String messageKey;
        private final Object[] arguments;

        CellException(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    static String formatDate(@Nullable LocalDate date) {
        return date == null ? "" : DUTCH_DATE.format(date);
    }

    static @Nullable LocalDate parseDate(String cell) {
        String text = cell.strip().replace('/', '-').replace('.', '-');
        if (text.isEmpty()) {
            return null;
        }
        // "1980-04-03 00:00:00" as a database export writes a date
        int space = text.indexOf(' ');
        if (space > 0 && text.substring(space + 1).matches("0{1,2}:00(:00(\\.0+)?)?")) {
            text = text.substring(0, space);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeException e) {
                // the next format
            }
        }
        throw new CellException("import.cell.date", cell.strip());
    }

    static @Nullable Integer parseInteger(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,9}")) {
            throw new CellException("import.cell.number", text);
        }
        return Integer.valueOf(text);
    }

    static @Nullable Long parseKlantnummer(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,10}")) {
            throw new CellException("import.cell.klantnummer", text);
        }
        return Long.valueOf(text);
    }

    static boolean parseBoolean(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return false;
        }
        Boolean value = BOOLEANS.get(text);
        if (value == null) {
            throw new CellException("import.cell.boolean", cell.strip());
        }
        return value;
    }

    static String formatBoolean(boolean value) {
        return value ? "ja" : "nee";
    }

    /** A choice by one of its names (compared as letters and digits only, accents and case ignored). */
    static <E extends Enum<E>> @Nullable E parseChoice(String cell, Map<String, E> names, String field) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        E value = names.get(key(text));
        if (value == null) {
            throw new CellException("import.cell.choice", text, field);
        }
        return value;
    }

    /** A header or a choice as compared: lower case, without accents, spaces and punctuation. */
    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The value of an optional text cell: null when empty, trimmed otherwise. */
    static Optional<String> text(String cell) {
        String text = cell.strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
