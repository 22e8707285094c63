package nl.klantregistratie.base.validation;

/**
 * The characters that have no place in what a person types into a registration, because they are
 * invisible or change how the text around them is shown (docs/domain.md, Data): they come along
 * when text is pasted from a document or a web page, and they make two equal-looking names differ
 * or show a name other than the one stored.
 *
 * <ul>
 *   <li>control characters: U+0000–U+001F, U+007F–U+009F (tab, line breaks, NUL, escape, …);
 *   <li>the Unicode line and paragraph separators U+2028, U+2029;
 *   <li>bidirectional embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, and the marks
 *       U+200E, U+200F, U+061C;
 *   <li>zero-width characters U+200B–U+200D, U+2060 and U+FEFF (byte order mark);
 *   <li>a lone surrogate (half of a character beyond the Basic Multilingual Plane).
 * </ul>
 *
 * Multi-line text may hold tabs and line breaks (TAB, LF, CR, U+2028, U+2029), nothing else of the
 * above.
 */
public final class PlainTexts {

    private PlainTexts() {}

    /** Whether the text holds none of the characters above (tabs and line breaks allowed when multi-line). */
    public static boolean isPlain(String text, boolean multiLine) {
        return text.codePoints().allMatch(c -> isAllowed(c, multiLine));
    }

    /** The text without the characters a one-line field refuses ("Jan\u202Esen" → "Jansen"). */
    public static String withoutRefused(String text) {
        if (isPlain(text, false)) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        text.codePoints().filter(c -> isAllowed(c, false)).forEach(plain::appendCodePoint);
        return plain.toString();
    }

    private static boolean isAllowed(int c, boolean multiLine) {
        if (isLineBreakOrTab(c)) {
            return multiLine;
        }
        return !(Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE
                || isDirectionOrZeroWidth(c));
    }

    private static boolean isLineBreakOrTab(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isDirectionOrZeroWidth(int c) {
        return (c >= 0x200B
                        && c <= 0x200F) // zero width space, non-joiner, joiner; left-to-right and right-to-left mark
                || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // isolates
                || c == 0x061C // Arabic letter mark
                || c == 0x2060 // word joiner
                || c == 0xFEFF; // zero width no-break space, byte order mark
    }
}
