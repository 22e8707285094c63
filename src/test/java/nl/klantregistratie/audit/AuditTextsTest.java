package nl.klantregistratie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An entry's texts are one line, fit their column and never hold a BSN, whatever a caller passes. */
class AuditTextsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\r", "\n", "\t", "\u0000", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\u202E", "\u2066",
                "\u200E", "\u200F", "\u061C", "\u200B", "\u2060", "\uFEFF", "\uD800"
            })
    void controlDirectionAndZeroWidthCharactersBecomeASpace(String character) {
        assertThat(AuditTexts.clean("Jan" + character + "Jansen", 200)).isEqualTo("Jan Jansen");
    }

    @Test
    void aForgedSecondLineStaysOnTheFirst() {
        String forged = "jan\r\n2026-12-01 10:00 support LOGIN";

        assertThat(AuditTexts.clean(forged, 200))
                .doesNotContain("\r")
                .doesNotContain("\n")
                .isEqualTo("jan  2026-12-01 10:00 support LOGIN");
    }

    @Test
    void accentsAndCharactersBeyondTheBasicPlaneStay() {
        assertThat(AuditTexts.clean("Zoë Çelik \uD83D\uDE00", 200)).isEqualTo("Zoë Çelik \uD83D\uDE00");
    }

    @Test
    void tooLongATextIsCutToTheColumnEndingInAnEllipsis_neverHalfACharacter() {
        assertThat(AuditTexts.clean("a".repeat(250), 200)).hasSize(200).endsWith("a…");

        String emojis = "\uD83D\uDE00".repeat(150);
        String cut = AuditTexts.clean(emojis, 200);
        assertThat(cut.length()).isLessThanOrEqualTo(200);
        assertThat(cut.substring(0, cut.length() - 1)).isEqualTo("\uD83D\uDE00".repeat(99));
    }

    @Test
    void nineDigitsThatPassThe11ProefAreMasked_otherNumbersStay() {
        assertThat(AuditTexts.clean("BSN 111222333 van J. Jansen (100012)", 200))
                .isEqualTo("BSN ********* van J. Jansen (100012)");
        assertThat(AuditTexts.clean("telefoon 123456789, 12 rijen, KvK 12345678", 200))
                .as("123456789 fails the 11-proef")
                .isEqualTo("telefoon 123456789, 12 rijen, KvK 12345678");
        assertThat(AuditTexts.clean("1111222333", 200))
                .as("ten digits are no BSN")
                .isEqualTo("1111222333");
    }

    @Test
    void nothingLeftIsNull() {
        assertThat(AuditTexts.clean(" \r\n ", 200)).isNull();
        assertThat(AuditTexts.clean(null, 200)).isNull();
    }
}
