package nl.klantregistratie.client;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.klantregistratie.base.LikePatterns;
import org.jspecify.annotations.Nullable;

/**
 * The normalised form of a zoeknaam that search matches against: lower case, without accents,
 * single spaces. "Brüggen" and "bruggen" have the same key, on every database.
 */
public final class SearchKeys {

    public static final int MAX_LENGTH = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKeys() {}

    public static String normalize(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String key = SPACES.matcher(MARKS.matcher(decomposed).replaceAll(""))
                .replaceAll(" ")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("ł", "l")
                .replace("ı", "i");
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    /** A LIKE pattern ({@link LikePatterns}) for keys that start with the normalised input. */
    public static String prefixPattern(@Nullable String input) {
        return LikePatterns.startingWith(normalize(input));
    }
}
