package nl.klantregistratie.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.klantregistratie.base.EditDistance;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.suggestion.MatchField.Match;
import nl.klantregistratie.suggestion.MatchField.Strength;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The scoring on hand-made pairs: the same person despite typos and gaps, and look-alikes who are not. */
class SuggestionScorerTest {

    private static final LocalDate BIRTH = LocalDate.of(1968, 3, 14);

    static PersonRecord person(
            long id,
            RegistrationKind kind,
            @Nullable String voorletters,
            @Nullable String voornamen,
            @Nullable String tussenvoegsel,
            String achternaam,
            @Nullable LocalDate geboortedatum,
            @Nullable String email,
            @Nullable String mobiel,
            @Nullable String postcode,
            @Nullable Integer huisnummer) {
        return new PersonRecord(
                id,
                kind,
                100000 + id,
                voorletters,
                voornamen,
                null,
                tussenvoegsel,
                achternaam,
                geboortedatum,
                email,
                mobiel,
                postcode,
                huisnummer,
                null,
                null,
                0,
                kind == RegistrationKind.CONTACT ? "Bakkerij B.V." : null,
                0,
                null,
                null);
    }

    private static PersonRecord klant() {
        return person(
                1,
                RegistrationKind.PERSOON,
                "J.P.",
                "Jan Pieter",
                "van den",
                "Berg",
                BIRTH,
                "jp@berg.nl",
                "+31612345678",
                "1234 AB",
                12);
    }

    @Test
    void aHuisletterMatchesWhateverItsCase() {
        PersonRecord capital = withHuisletter(klant(), "A");
        PersonRecord lower = withHuisletter(klant(), "a");
        PersonRecord other = withHuisletter(klant(), "B");

        assertThat(SuggestionScorer.Prepared.of(capital).address())
                .isEqualTo(SuggestionScorer.Prepared.of(lower).address());
        assertThat(SuggestionScorer.Prepared.of(capital).address())
                .isNotEqualTo(SuggestionScorer.Prepared.of(other).address());
    }

    private static PersonRecord withHuisletter(PersonRecord r, String huisletter) {
        return copy(r, huisletter, r.companyId(), r.bsnMasked());
    }

    /** The record with another huisletter, klant-bedrijf and BSN as shown. */
    static PersonRecord copy(
            PersonRecord r, @Nullable String huisletter, @Nullable Long companyId, @Nullable String bsnMasked) {
        return new PersonRecord(
                r.id(),
                r.kind(),
                r.klantnummer(),
                r.voorletters(),
                r.voornamen(),
                r.roepnaam(),
                r.tussenvoegsel(),
                r.achternaam(),
                r.geboortedatum(),
                r.priveEmail(),
                r.priveMobiel(),
                r.postcode(),
                r.huisnummer(),
                huisletter,
                r.toevoeging(),
                r.followers(),
                r.bedrijf(),
                r.version(),
                companyId,
                bsnMasked);
    }

    @Test
    void theSamePersonWithATypoInTheSurnameInitialsInsteadOfVoornamenAndNoEmail() {
        PersonRecord contact =
                person(2, RegistrationKind.CONTACT, "J.P.", null, "van den", "Bergh", BIRTH, null, null, null, null);

        SuggestionScorer.Score score = SuggestionScorer.score(klant(), contact);

        assertThat(score.isSuggestion()).isTrue();
        assertThat(score.matches())
                .containsExactly(
                        new Match(MatchField.ACHTERNAAM, Strength.SIMILAR),
                        new Match(MatchField.VOORNAAM, Strength.EXACT),
                        new Match(MatchField.GEBOORTEDATUM, Strength.EXACT));
    }

    @Test
    void theTussenvoegselInTheAchternaamCapitalsAndAccentsDoNotMatter() {
        PersonRecord contact = person(
                2,
                RegistrationKind.CONTACT,
                "j.p.",
                "Jàn",
                null,
                "Van Den Berg",
                BIRTH,
                "JP@Berg.nl ",
                "06-12345678",
                "1234AB",
                12);

        SuggestionScorer.Score score = SuggestionScorer.score(klant(), contact);

        assertThat(score.matches())
                .extracting(Match::field)
                .contains(
                        MatchField.ACHTERNAAM,
                        MatchField.VOORNAAM,
                        MatchField.GEBOORTEDATUM,
                        MatchField.PRIVE_EMAIL,
                        MatchField.ADRES);
        assertThat(score.matches()).contains(new Match(MatchField.ACHTERNAAM, Strength.EXACT));
        assertThat(score.points()).isGreaterThanOrEqualTo(SuggestionScorer.HIGH);
    }

    @Test
    void aTypoInTheBirthDateStillMatchesWhenTheRestAgrees() {
        PersonRecord contact = person(
                2,
                RegistrationKind.CONTACT,
                "J.P.",
                null,
                "van den",
                "Berg",
                LocalDate.of(1968, 3, 15),
                null,
                "+31612345678",
                null,
                null);

        SuggestionScorer.Score score = SuggestionScorer.score(klant(), contact);

        assertThat(score.isSuggestion()).isTrue();
        assertThat(score.matches())
                .contains(
                        new Match(MatchField.GEBOORTEDATUM, Strength.SIMILAR),
                        new Match(MatchField.PRIVE_MOBIEL, Strength.EXACT));
    }

    @Test
    void dayAndMonthSwappedIsATypo() {
        assertThat(SuggestionScorer.dateTypo(LocalDate.of(1968, 3, 4), LocalDate.of(1968, 4, 3)))
                .isTrue();
        assertThat(SuggestionScorer.dateTypo(LocalDate.of(1968, 3, 4), LocalDate.of(1971, 8, 4)))
                .isFalse();
    }

    @Test
    void dayAndMonthSwappedCountsMoreThanAnotherDigit() {
        PersonRecord eva = person(
                1,
                RegistrationKind.PERSOON,
                "E.",
                "Eva",
                null,
                "Smit",
                LocalDate.of(1980, 3, 5),
                null,
                null,
                null,
                null);
        PersonRecord swapped = person(
                2,
                RegistrationKind.CONTACT,
                "E.",
                "Eva",
                null,
                "Smit",
                LocalDate.of(1980, 5, 3),
                null,
                null,
                null,
                null);
        PersonRecord otherDigit = person(
                3,
                RegistrationKind.CONTACT,
                "E.",
                "Eva",
                null,
                "Smit",
                LocalDate.of(1980, 3, 6),
                null,
                null,
                null,
                null);

        assertThat(SuggestionScorer.score(eva, swapped).isSuggestion()).isTrue();
        assertThat(SuggestionScorer.score(eva, otherDigit).isSuggestion())
                .as("one digit off is common among namesakes in a large registry")
                .isFalse();
        assertThat(SuggestionScorer.score(eva, otherDigit).matches())
                .contains(new Match(MatchField.GEBOORTEDATUM, Strength.SIMILAR));
    }

    @Test
    void aMarriedDoubleNameIsLikeTheOwnName() {
        List<PersonRecord> maria = HardCases.cases().stream()
                .filter(c -> c.name().startsWith("a married name"))
                .findFirst()
                .orElseThrow()
                .records();
        PersonRecord own = maria.get(0);
        PersonRecord married = maria.get(1);

        SuggestionScorer.Score score = SuggestionScorer.score(own, married);

        assertThat(score.matches()).contains(new Match(MatchField.ACHTERNAAM, Strength.SIMILAR));
        assertThat(score.conflicting()).isFalse();
        assertThat(score.isSuggestion()).isTrue();
    }

    @Test
    void aPostcodeOrHuisnummerWhereTheOtherLacksTheRestCountsAsPartOfTheAddress() {
        PersonRecord noHuisnummer =
                person(2, RegistrationKind.CONTACT, "J.P.", null, "van den", "Berg", null, null, null, "1234AB", null);
        PersonRecord otherPostcode =
                person(3, RegistrationKind.CONTACT, "J.P.", null, "van den", "Berg", null, null, null, "9999 ZZ", null);

        assertThat(SuggestionScorer.score(klant(), noHuisnummer).matches())
                .contains(new Match(MatchField.ADRES, Strength.SIMILAR));
        assertThat(SuggestionScorer.score(klant(), noHuisnummer).isSuggestion()).isTrue();
        assertThat(SuggestionScorer.score(klant(), otherPostcode).matches())
                .extracting(Match::field)
                .doesNotContain(MatchField.ADRES);
    }

    @Test
    void anotherLaterVoornaamOrFewerInitialsTellTwoApart() {
        PersonRecord jacobaGerda = person(
                1, RegistrationKind.PERSOON, null, "Jacoba Gerda", null, "Lindhout", null, null, null, null, null);
        PersonRecord jacobaTheodora = person(
                2, RegistrationKind.CONTACT, null, "Jacoba Theodora", null, "Lindhout", null, null, null, null, null);
        PersonRecord jacoba =
                person(3, RegistrationKind.CONTACT, null, "Jacoba", null, "Lindhout", null, null, null, null, null);
        PersonRecord j =
                person(4, RegistrationKind.CONTACT, "J.", null, null, "Lindhout", null, null, null, null, null);

        assertThat(SuggestionScorer.score(jacobaGerda, jacobaTheodora).conflicting())
                .isTrue();
        assertThat(SuggestionScorer.score(jacobaGerda, jacoba).conflicting())
                .as("one gave only the first voornaam")
                .isFalse();
        assertThat(SuggestionScorer.score(jacobaGerda, j).conflicting())
                .as("J. against J.G.")
                .isTrue();
    }

    @Test
    void aNamesakeWithAnotherBirthDateIsNoSuggestion() {
        PersonRecord namesake = person(
                2,
                RegistrationKind.CONTACT,
                "J.P.",
                "Jan Pieter",
                "van den",
                "Berg",
                LocalDate.of(1991, 11, 2),
                null,
                null,
                null,
                null);

        assertThat(SuggestionScorer.score(klant(), namesake).isSuggestion()).isFalse();
    }

    @Test
    void twinsAtTheSameAddressAreNoSuggestion() {
        PersonRecord twinA =
                person(1, RegistrationKind.PERSOON, "T.", "Thomas", null, "de Vries", BIRTH, null, null, "4321 BA", 7);
        PersonRecord twinB =
                person(2, RegistrationKind.CONTACT, "T.", "Tim", null, "de Vries", BIRTH, null, null, "4321 BA", 7);

        SuggestionScorer.Score score = SuggestionScorer.score(twinA, twinB);

        assertThat(score.isSuggestion()).isFalse();
        assertThat(score.matches()).extracting(Match::field).doesNotContain(MatchField.VOORNAAM);
    }

    @Test
    void twinsKnownOnlyByInitialsDifferInTheirInitials() {
        PersonRecord twinA =
                person(1, RegistrationKind.PERSOON, "A.", null, null, "Smit", BIRTH, null, null, "4321 BA", 7);
        PersonRecord twinB =
                person(2, RegistrationKind.CONTACT, "M.", null, null, "Smit", BIRTH, null, null, "4321 BA", 7);
        assertThat(SuggestionScorer.score(twinA, twinB).isSuggestion()).isFalse();
    }

    @Test
    void aSameNameWithoutAnythingElseIsNoSuggestion() {
        PersonRecord sameName =
                person(2, RegistrationKind.CONTACT, "J.P.", null, "van den", "Berg", null, null, null, null, null);
        assertThat(SuggestionScorer.score(klant(), sameName).isSuggestion()).isFalse();
    }

    @Test
    void sharedEmailAndMobileOutweighAChangedSurname() {
        PersonRecord married = person(
                2,
                RegistrationKind.CONTACT,
                "J.P.",
                "Jan Pieter",
                null,
                "Jansen",
                BIRTH,
                "jp@berg.nl",
                "+31612345678",
                null,
                null);
        assertThat(SuggestionScorer.score(klant(), married).isSuggestion()).isTrue();
    }

    @Test
    void editDistanceCountsASwapOfNeighboursAsOne() {
        assertThat(EditDistance.between("jansen", "jnasen")).isEqualTo(1);
        assertThat(SuggestionScorer.typo("jansen", "janssen")).isTrue();
        assertThat(SuggestionScorer.typo("bos", "bas")).isFalse();
    }
}
