package nl.klantregistratie.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.base.validation.PlainTexts;
import org.jspecify.annotations.Nullable;

/**
 * What an entry's texts may hold: one line of plain text of at most the column's length, and no BSN.
 * Every character a one-line field refuses (tab, line breaks, other control characters, direction and
 * zero-width characters: {@link PlainTexts}) becomes a space, so an entry can never look like two, or
 * show a name other than the one stored; nine digits that pass the 11-proef become {@value #BSN_MASK},
 * in case a caller ever passes a BSN along. Too long a text is cut, ending in "…".
 */
final class AuditTexts {

    static final String BSN_MASK = "*********";
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    private AuditTexts() {}

    /** The text fit for an entry, or null when nothing is left of it. */
    static @Nullable String clean(@Nullable String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> plain.appendCodePoint(PlainTexts.isPlain(Character.toString(c), false) ? c : ' '));
        String cleaned = withoutBsns(plain.toString()).strip();
        return cleaned.isEmpty() ? null : cut(cleaned, maxLength);
    }

    private static String withoutBsns(String text) {
        Matcher digits = NINE_DIGITS.matcher(text);
        StringBuilder result = new StringBuilder(text.length());
        while (digits.find()) {
            digits.appendReplacement(result, DutchNumbers.isValidBsn(digits.group()) ? BSN_MASK : digits.group());
        }
        digits.appendTail(result);
        return result.toString();
    }

    private static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
