package nl.klantregistratie.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rechtsvorm as the KvK writes it, in its long and its short way, becomes ours. */
class LegalFormTest {

    @ParameterizedTest
    @CsvSource({
        "Besloten Vennootschap, BV",
        "BeslotenVennootschap, BV",
        "Naamloze Vennootschap, NV",
        "Eenmanszaak, EENMANSZAAK",
        "Eenmanszaak met meer dan één eigenaar, EENMANSZAAK",
        "Vennootschap onder firma, VOF",
        "Commanditaire Vennootschap, CV",
        "Maatschap, MAATSCHAP",
        "Stichting, STICHTING",
        "Coöperatie, COOPERATIE",
        "Coöperatie UA, COOPERATIE",
        "Vereniging met volledige rechtsbevoegdheid, VERENIGING",
        "Kerkgenootschap, OVERIG",
        "Onderlinge Waarborgmaatschappij, OVERIG",
    })
    void aKvkRechtsvormBecomesOurs(String kvk, LegalForm ours) {
        assertThat(LegalForm.fromKvk(kvk)).isEqualTo(ours);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'  '"})
    void noRechtsvormIsNone(String kvk) {
        assertThat(LegalForm.fromKvk(kvk)).isNull();
    }
}
