package nl.klantregistratie.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The BSN and postcode rules of docs/domain.md as properties: every generated valid value passes in every
 * spelling a user may type, and every near miss fails.
 */
class DutchNumbersProperties {

    private static final Set<String> FORBIDDEN_PAIRS = Set.of("SA", "SD", "SS");

    // ---------------------------------------------------------------- BSN

    @Property
    void everyGeneratedBsnPasses(@ForAll("validBsns") String bsn) {
        assertThat(DutchNumbers.isValidBsn(bsn)).as(bsn).isTrue();
        assertThat(DutchNumbers.normalizeBsn(bsn)).isEqualTo(bsn);
    }

    @Property
    void aBsnStartingWithZeroAlsoPassesAsEightDigits(@ForAll("validBsnsStartingWithZero") String bsn) {
        String eightDigits = bsn.substring(1);

        assertThat(DutchNumbers.isValidBsn(eightDigits)).as(eightDigits).isTrue();
        assertThat(DutchNumbers.normalizeBsn(eightDigits)).isEqualTo(bsn);
    }

    @Property
    void everySingleDigitChangeFails(@ForAll("validBsns") String bsn) {
        for (int position = 0; position < 9; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == bsn.charAt(position)) {
                    continue;
                }
                String changed = bsn.substring(0, position) + digit + bsn.substring(position + 1);
                assertThat(DutchNumbers.isValidBsn(changed))
                        .as("%s changed at position %d to %s", bsn, position + 1, changed)
                        .isFalse();
            }
        }
    }

    /** A KvK-nummer is eight digits; staff may type it with spaces or dots, as the KvK prints it. */
    @Property
    void aKvkNummerIsEightDigitsWithOrWithoutSpacesAndDots(@ForAll @IntRange(min = 0, max = 99_999_999) int number) {
        String digits = String.format(Locale.ROOT, "%08d", number);
        String typed = digits.substring(0, 4) + " " + digits.substring(4, 6) + "." + digits.substring(6);

        assertThat(DutchNumbers.normalizeKvkNummer(typed)).isEqualTo(digits);
        assertThat(DutchNumbers.isValidKvkNummer(typed)).isTrue();
        assertThat(DutchNumbers.isValidKvkNummer(digits.substring(1))).isFalse();
        assertThat(DutchNumbers.isValidKvkNummer(digits + "0")).isFalse();
        assertThat(DutchNumbers.isValidKvkNummer(digits.substring(0, 7) + "a")).isFalse();
    }

    @Example
    void allZerosFails() {
        assertThat(DutchNumbers.isValidBsn("000000000")).isFalse();
        assertThat(DutchNumbers.isValidBsn("00000000")).isFalse();
    }

    @Property
    void wrongLengthsFail(@ForAll("validBsns") String bsn, @ForAll @IntRange(min = 0, max = 27) int length) {
        Assume.that(length != 8 && length != 9);
        String digits = (bsn + bsn + bsn).substring(0, length);

        assertThat(DutchNumbers.isValidBsn(digits)).as(digits).isFalse();
    }

    @Property
    void nonDigitsFail(
            @ForAll("validBsns") String bsn,
            @ForAll @IntRange(min = 0, max = 8) int position,
            @ForAll("nonDigits") char other) {
        String changed = bsn.substring(0, position) + other + bsn.substring(position + 1);

        assertThat(DutchNumbers.isValidBsn(changed)).as(changed).isFalse();
    }

    @Property
    void maskShowsOnlyTheLastThreeDigits(@ForAll("validBsns") String bsn) {
        String masked = DutchNumbers.maskBsn(bsn);

        assertThat(masked).isEqualTo("******" + bsn.substring(6));
        assertThat(masked.chars().filter(Character::isDigit).count()).isEqualTo(3);
    }

    @Property
    void maskOfAnEightDigitBsnShowsTheLastThreeDigitsOfTheNineDigitForm(
            @ForAll("validBsnsStartingWithZero") String bsn) {
        assertThat(DutchNumbers.maskBsn(bsn.substring(1))).isEqualTo("******" + bsn.substring(6));
    }

    @Provide
    Arbitrary<String> validBsns() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(8)
                .filter(first8 -> checkDigit(first8) < 10)
                .map(first8 -> first8 + checkDigit(first8))
                .filter(bsn -> !bsn.equals("000000000"));
    }

    @Provide
    Arbitrary<String> validBsnsStartingWithZero() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(7)
                .map(digits -> "0" + digits)
                .filter(first8 -> checkDigit(first8) < 10)
                .map(first8 -> first8 + checkDigit(first8))
                .filter(bsn -> !bsn.equals("000000000"));
    }

    @Provide
    Arbitrary<Character> nonDigits() {
        return Arbitraries.chars()
                .all()
                .filter(c -> c < '0' || c > '9')
                // normalizeBsn drops spaces, dots and dashes on purpose ("123.456.782")
                .filter(c -> !Character.isWhitespace(c) && c != '.' && c != '-');
    }

    /** d9 such that 9·d1+…+2·d8 − d9 ≡ 0 (mod 11); 10 means no valid BSN starts with these digits. */
    private static int checkDigit(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (first8.charAt(i) - '0');
        }
        return sum % 11;
    }

    // ---------------------------------------------------------------- postcode

    @Property
    void everyWellFormedPostcodePassesInEverySpelling(@ForAll("postcodes") String postcode) {
        String digits = postcode.substring(0, 4);
        String letters = postcode.substring(5);
        for (String spelling : new String[] {
            postcode,
            digits + letters,
            postcode.toLowerCase(Locale.ROOT),
            (digits + letters).toLowerCase(Locale.ROOT),
            " " + postcode + " "
        }) {
            assertThat(DutchNumbers.isValidPostcode(spelling)).as(spelling).isTrue();
            assertThat(DutchNumbers.normalizePostcode(spelling)).as(spelling).isEqualTo(postcode);
        }
    }

    @Property
    void theLetterPairsSaSdAndSsFail(
            @ForAll("postcodeDigits") String digits,
            @ForAll("forbiddenPairs") String letters,
            @ForAll boolean withSpace,
            @ForAll boolean lowerCase) {
        String postcode = digits + (withSpace ? " " : "") + letters;
        if (lowerCase) {
            postcode = postcode.toLowerCase(Locale.ROOT);
        }

        assertThat(DutchNumbers.isValidPostcode(postcode)).as(postcode).isFalse();
    }

    @Property
    void aLeadingZeroFails(@ForAll("postcodes") String postcode) {
        String withZero = "0" + postcode.substring(1);

        assertThat(DutchNumbers.isValidPostcode(withZero)).as(withZero).isFalse();
    }

    @Property
    void otherShapesFail(@ForAll("otherShapes") String input) {
        assertThat(DutchNumbers.isValidPostcode(input)).as(input).isFalse();
    }

    @Provide
    Arbitrary<String> postcodes() {
        return Combinators.combine(postcodeDigits(), postcodeLetters()).as((digits, letters) -> digits + " " + letters);
    }

    @Provide
    Arbitrary<String> postcodeDigits() {
        return Arbitraries.integers().between(1000, 9999).map(String::valueOf);
    }

    Arbitrary<String> postcodeLetters() {
        return Arbitraries.strings()
                .withCharRange('A', 'Z')
                .ofLength(2)
                .filter(pair -> !FORBIDDEN_PAIRS.contains(pair));
    }

    @Provide
    Arbitrary<String> forbiddenPairs() {
        return Arbitraries.of(FORBIDDEN_PAIRS);
    }

    /** Near misses of the 1234 AB shape, and arbitrary text that happens not to have it. */
    @Provide
    Arbitrary<String> otherShapes() {
        Arbitrary<String> threeDigits = Arbitraries.integers().between(100, 999).map(String::valueOf);
        Arbitrary<String> fiveDigits =
                Arbitraries.integers().between(10000, 99999).map(String::valueOf);
        Arbitrary<String> oneLetter =
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(1);
        Arbitrary<String> threeLetters =
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        return Arbitraries.oneOf(
                Combinators.combine(threeDigits, postcodeLetters()).as((d, l) -> d + " " + l),
                Combinators.combine(fiveDigits, postcodeLetters()).as((d, l) -> d + " " + l),
                Combinators.combine(postcodeDigits(), oneLetter).as((d, l) -> d + " " + l),
                Combinators.combine(postcodeDigits(), threeLetters).as((d, l) -> d + " " + l),
                Combinators.combine(postcodeDigits(), postcodeLetters()).as((d, l) -> d + "  " + l),
                Combinators.combine(postcodeDigits(), postcodeLetters()).as((d, l) -> d + "-" + l),
                Combinators.combine(postcodeDigits(), postcodeLetters()).as((d, l) -> l + " " + d),
                Combinators.combine(postcodeDigits(), postcodeLetters())
                        .as((d, l) -> d.substring(0, 3) + l.charAt(0) + " " + d.charAt(3) + l.charAt(1)),
                Combinators.combine(
                                postcodeDigits(),
                                Arbitraries.strings().withCharRange('À', 'ÿ').ofLength(2))
                        .as((d, l) -> d + " " + l),
                Arbitraries.strings()
                        .ofMaxLength(12)
                        .filter(text -> !text.strip().toUpperCase(Locale.ROOT).matches("[1-9][0-9]{3} ?[A-Z]{2}")));
    }

    @Property
    void arbitraryTextNeverThrows(@ForAll @StringLength(max = 50) String input) {
        DutchNumbers.isValidPostcode(input);
        DutchNumbers.normalizePostcode(input);
        DutchNumbers.isValidBsn(input);
        DutchNumbers.normalizeBsn(input);
        DutchNumbers.maskBsn(input);
    }
}
