package nl.klantregistratie.base;

/**
 * LIKE patterns that find what was typed literally: %, _ and the escape character match themselves.
 * The escape is not a backslash: MariaDB reads a backslash in a string literal as an escape of its
 * own.
 */
public final class LikePatterns {

    /** The escape character of every pattern made here: pass it to the query ({@code ESCAPE '!'}). */
    public static final char ESCAPE = '!';

    private LikePatterns() {}

    /** The text with its wildcards and escape characters escaped. */
    public static String literal(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 2);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Texts that start with this one. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    /** Texts that contain this one. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }
}
