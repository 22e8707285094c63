package nl.klantregistratie.base.validation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The Dutch number and code rules of docs/domain.md: BSN 11-proef, postcode, KvK-nummer. */
public final class DutchNumbers {

    private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3}) ?([A-Z]{2})$");

    private DutchNumbers() {}

    /** The BSN without spaces, dots and hyphens; 8 digits left-padded with 0 to 9. */
    public static String normalizeBsn(String input) {
        String digits = input.replaceAll("[\\s.-]", "");
        return digits.matches("[0-9]{8}") ? "0" + digits : digits;
    }

    public static boolean isValidBsn(String input) {
        String bsn = normalizeBsn(input);
        if (!bsn.matches("[0-9]{9}") || bsn.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** A KvK-nummer as staff type it ("12.34.56.78", "1234 5678") without its spaces and dots. */
    public static String normalizeKvkNummer(String input) {
        return input.replaceAll("[\\s.]", "");
    }

    /** Eight digits, once spaces and dots are left out (the pattern ClientCompany checks on save). */
    public static boolean isValidKvkNummer(String input) {
        return normalizeKvkNummer(input).matches("[0-9]{8}");
    }

    /** Shows only the last three digits. */
    public static String maskBsn(@Nullable String bsn) {
        if (bsn == null || bsn.isBlank()) {
            return "";
        }
        String normalized = normalizeBsn(bsn);
        return "******" + normalized.substring(Math.max(0, normalized.length() - 3));
    }

    /** "1234ab", "1234 ab" → "1234 AB"; anything else is returned trimmed and upper-cased, for validation to refuse. */
    public static String normalizePostcode(String input) {
        String upper = input.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher matcher = POSTCODE.matcher(upper);
        return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) : upper;
    }

    public static boolean isValidPostcode(String input) {
        Matcher matcher = POSTCODE.matcher(input.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return false;
        }
        String letters = matcher.group(2);
        return !letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS");
    }
}
