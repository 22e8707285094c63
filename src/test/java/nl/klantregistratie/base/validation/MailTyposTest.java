package nl.klantregistratie.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "Bedoelde u …?" for a likely typo in a common mail domain, and nothing for a right or unknown one. */
class MailTyposTest {

    @ParameterizedTest
    @CsvSource({
        "jan@gmial.com, jan@gmail.com",
        "jan@gmail.con, jan@gmail.com",
        "Jan.Berg@hotmial.nl, Jan.Berg@hotmail.nl",
        "p@ziggo.nll, p@ziggo.nl",
        "p@kpnmial.nl, p@kpnmail.nl",
        "p@outlok.com, p@outlook.com"
    })
    void aLikelyTypoGetsTheCommonDomain(String typed, String meant) {
        assertThat(MailTypos.suggest(typed)).contains(meant);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"jan@gmail.com", "jan@bakkerijvandenberg.nl", "info@kantoor-de-linde.nl", "geen-adres", "a@"})
    void aRightOrUnknownDomainGetsNothing(String typed) {
        assertThat(MailTypos.suggest(typed)).isEmpty();
    }
}
