package nl.klantregistratie.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values a row changed, as they were before, kept with the row for Import terugdraaien: one line
 * per field, "FIELD=value", with backslash, line break and '=' escaped. Never a BSN.
 */
final class ImportSnapshot {

    private ImportSnapshot() {}

    static @Nullable String write(Map<ImportField, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        values.forEach((field, value) -> text.append(field.name())
                .append('=')
                .append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
                .append('\n'));
        return text.toString();
    }

    static Map<ImportField, String> read(@Nullable String text) {
        Map<ImportField, String> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        for (String line : text.split("\n")) {
            int is = line.indexOf('=');
            if (is > 0) {
                values.put(ImportField.valueOf(line.substring(0, is)), unescape(line.substring(is + 1)));
            }
        }
        return values;
    }

    private static String unescape(String value) {
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                plain.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
