package nl.klantregistratie.suggestion;

import static nl.klantregistratie.suggestion.SuggestionScorerTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.klantregistratie.client.RegistrationKind;
import org.junit.jupiter.api.Test;

/** Blocking finds the pairs that matter, only eligible ones, with the proposed hoofd of R2. */
class SuggestionFinderTest {

    private static final LocalDate BIRTH = LocalDate.of(1975, 6, 1);

    private final PersonRecord klant =
            person(1, RegistrationKind.PERSOON, "K.", "Karin", null, "Dijkstra", BIRTH, null, null, null, null);
    private final PersonRecord contactWithTypo =
            person(2, RegistrationKind.CONTACT, "K.", null, null, "Dijkstar", BIRTH, null, null, null, null);
    private final PersonRecord otherContact = person(
            3, RegistrationKind.CONTACT, "K.", "Karin", null, "Dijkstra", BIRTH, "karin@mail.nl", null, null, null);
    private final PersonRecord secondKlant =
            person(4, RegistrationKind.PERSOON, "K.", "Karin", null, "Dijkstra", BIRTH, null, null, null, null);

    @Test
    void findsTheSamePersonAcrossBlocksWithTheKlantPersoonAsHead() {
        List<LinkSuggestion> found = SuggestionFinder.find(List.of(klant, contactWithTypo), Set.of());

        assertThat(found).hasSize(1);
        assertThat(found.getFirst().head()).isEqualTo(klant);
        assertThat(found.getFirst().follower()).isEqualTo(contactWithTypo);
    }

    @Test
    void neverSuggestsTwoKlantPersonen() {
        assertThat(SuggestionFinder.find(List.of(klant, secondKlant), Set.of())).isEmpty();
    }

    @Test
    void suggestsEachEligiblePairOnceEvenWhenTheyShareSeveralKeys() {
        List<LinkSuggestion> found = SuggestionFinder.find(List.of(klant, otherContact, contactWithTypo), Set.of());

        assertThat(found)
                .extracting(LinkSuggestion::pair)
                .containsExactlyInAnyOrder(PairKey.of(1, 3), PairKey.of(1, 2), PairKey.of(2, 3));
    }

    @Test
    void ofTwoContactpersonenTheHeadIsTheOneWithFollowersElseTheOlder() {
        PersonRecord withFollowers = new PersonRecord(
                9,
                RegistrationKind.CONTACT,
                100500,
                "K.",
                "Karin",
                null,
                null,
                "Dijkstra",
                BIRTH,
                null,
                null,
                null,
                null,
                null,
                null,
                2,
                "X",
                0);
        assertThat(SuggestionFinder.head(otherContact, withFollowers)).isEqualTo(withFollowers);
        assertThat(SuggestionFinder.head(otherContact, contactWithTypo)).isEqualTo(contactWithTypo);
    }

    @Test
    void linkingAFollowerSettlesEverySuggestionWithItOnEitherSide() {
        List<LinkSuggestion> found = SuggestionFinder.find(List.of(klant, otherContact, contactWithTypo), Set.of());
        LinkSuggestion linked = found.stream()
                .filter(s -> s.pair().equals(PairKey.of(1, 2)))
                .findFirst()
                .orElseThrow();

        assertThat(found.stream().filter(s -> s.isSettledBy(linked)))
                .extracting(LinkSuggestion::pair)
                .containsExactlyInAnyOrder(PairKey.of(1, 2), PairKey.of(2, 3));
    }

    @Test
    void aRejectedPairIsNotSuggestedAgain() {
        assertThat(SuggestionFinder.find(List.of(klant, contactWithTypo), Set.of(PairKey.of(2, 1))))
                .isEmpty();
    }

    @Test
    void mostLikelyFirst() {
        List<LinkSuggestion> found = SuggestionFinder.find(List.of(klant, otherContact, contactWithTypo), Set.of());
        assertThat(found).extracting(LinkSuggestion::score).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }
}
