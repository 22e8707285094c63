package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.klantregistratie.base.i18n.TranslationProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** Before anyone chose a language, the browser's first language that we have decides; else Dutch. */
class UserLocaleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US,en;q=0.9 | en",
                "en | en",
                "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7 | nl",
                "nl-BE | nl",
                "de-DE,de;q=0.9,en;q=0.8 | en",
                "de-DE,fr;q=0.9 | nl",
                "en;q=0.5,nl;q=0.9 | nl",
                "not a ;; header | nl",
            })
    void theBrowsersFirstLanguageThatWeHave(String acceptLanguage, String expected) {
        assertThat(UserLocale.browserLanguage(acceptLanguage).getLanguage()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void withoutAHeaderDutch(String acceptLanguage) {
        assertThat(UserLocale.browserLanguage(acceptLanguage)).isEqualTo(TranslationProvider.DUTCH);
    }
}
