package nl.klantregistratie.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.jspecify.annotations.Nullable;

/**
 * The plain-text rule of docs/domain.md (Data): what people type into names and addresses passes,
 * in any script and with any accent or emoji; one control, direction or zero-width character
 * anywhere makes it fail; multi-line text may hold tabs and line breaks.
 */
class PlainTextProperties {

    /** Every character the rule refuses in a one-line field. */
    private static final List<Integer> REFUSED = IntStream.concat(
                    IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.rangeClosed(0x7F, 0x9F)),
                    IntStream.of(
                            0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C,
                            0x202D, 0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0xD800, 0xDFFF))
            .boxed()
            .toList();

    private static final Set<Integer> LINE_BREAKS_AND_TAB = Set.of(0x09, 0x0A, 0x0D, 0x2028, 0x2029);

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterContainer
    static void close() {
        FACTORY.close();
    }

    @Property
    void whatPeopleTypePasses(@ForAll("typedText") String text) {
        assertThat(PlainTexts.isPlain(text, false)).as(text).isTrue();
        assertThat(PlainTexts.isPlain(text, true)).as(text).isTrue();
        assertThat(PlainTexts.withoutRefused(text)).isEqualTo(text);
    }

    @Property
    void oneRefusedCharacterAnywhereFails(
            @ForAll("typedText") String text,
            @ForAll @IntRange(min = 0, max = 1000) int position,
            @ForAll("refused") int refused) {
        String changed = insert(text, position, refused);

        assertThat(PlainTexts.isPlain(changed, false))
                .as("U+%04X in %s", refused, text)
                .isFalse();
        assertThat(PlainTexts.isPlain(changed, true))
                .as("U+%04X in multi-line %s", refused, text)
                .isEqualTo(LINE_BREAKS_AND_TAB.contains(refused));
        assertThat(PlainTexts.withoutRefused(changed)).isEqualTo(text);
    }

    @Example
    void theConstraintReportsTheOneLineMessage_andForMultiLineTheOneThatAllowsLineBreaks() {
        assertThat(templates(new Form("Jan\tJansen", null))).containsExactly("{validation.plaintext}");
        assertThat(templates(new Form(null, "regel 1\n\tregel 2"))).isEmpty();
        assertThat(templates(new Form(null, "regel 1\u202E"))).containsExactly("{validation.plaintext.multiline}");
        assertThat(templates(new Form(null, null))).isEmpty();
    }

    @Provide
    Arbitrary<String> typedText() {
        Arbitrary<String> latin = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars(" .,-'/&()+@#")
                .withCharRange('\u00C0', '\u017F'); // Latin-1 letters and Latin Extended-A: é, ë, ç, ß, ł, ...
        Arbitrary<String> other = Arbitraries.of(
                "Zoë",
                "Çelik",
                "Ğüneş",
                "d'Hondt",
                "van 't",
                "Ærø",
                "Łódź",
                "Müller",
                "Oʻzbek",
                "Νίκος",
                "Алёна",
                "محمد",
                "שרה",
                "王小明",
                "\uD83D\uDE00",
                "\uD835\uDC00",
                "\u00A0");
        return Arbitraries.oneOf(latin, other).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Integer> refused() {
        return Arbitraries.of(REFUSED);
    }

    private static String insert(String text, int position, int codePoint) {
        int codePoints = text.codePointCount(0, text.length());
        int offset = text.offsetByCodePoints(0, position % (codePoints + 1));
        return text.substring(0, offset) + Character.toString(codePoint) + text.substring(offset);
    }

    private static List<String> templates(Object bean) {
        return VALIDATOR.validate(bean).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .toList();
    }

    private record Form(
            @PlainText @Nullable String name,
            @PlainText(multiLine = true) @Nullable String notes) {}
}
