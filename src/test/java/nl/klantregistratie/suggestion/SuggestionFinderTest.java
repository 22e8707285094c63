package nl.klantregistratie.suggestion;

import static nl.klantregistratie.suggestion.SuggestionScorerTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.suggestion.MatchField.Match;
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
    void twoKlantPersonenAreProposedForMergingNotForLinking_M2() {
        assertThat(SuggestionFinder.find(List.of(klant, secondKlant), Set.of())).isEmpty();

        List<MergeSuggestion> merges = SuggestionFinder.findAll(List.of(klant, secondKlant), List.of(), Set.of())
                .merges();

        assertThat(merges).hasSize(1);
        assertThat(merges.getFirst().kind()).isEqualTo(RegistrationKind.PERSOON);
        assertThat(merges.getFirst().members())
                .extracting(MergeSuggestion.Member::id)
                .as("the one registered first survives")
                .containsExactly(1L, 4L);
        assertThat(merges.getFirst().matches()).extracting(Match::field).contains(MatchField.GEBOORTEDATUM);
    }

    @Test
    void twoDifferentBsnsAreNeitherMergedNorLinked_M5() {
        SuggestionFinder.Found found = SuggestionFinder.findAll(
                List.of(withBsn(klant, "******123"), withBsn(secondKlant, "******456")), List.of(), Set.of());

        assertThat(found.merges()).isEmpty();
        assertThat(found.links()).isEmpty();
        assertThat(SuggestionFinder.findAll(
                                List.of(withBsn(klant, "******123"), withBsn(secondKlant, "******123")),
                                List.of(),
                                Set.of())
                        .merges())
                .hasSize(1);
    }

    @Test
    void contactpersonenAtOneKlantBedrijfAreMergedAtTwoTheyAreLinked_M2() {
        PersonRecord here = atCompany(otherContact, 70L);
        PersonRecord hereToo = atCompany(contactWithTypo, 70L);
        PersonRecord elsewhere = atCompany(contactWithTypo, 71L);

        SuggestionFinder.Found same = SuggestionFinder.findAll(List.of(here, hereToo), List.of(), Set.of());
        SuggestionFinder.Found different = SuggestionFinder.findAll(List.of(here, elsewhere), List.of(), Set.of());

        assertThat(same.links()).isEmpty();
        assertThat(same.merges()).extracting(MergeSuggestion::kind).containsExactly(RegistrationKind.CONTACT);
        assertThat(different.merges()).isEmpty();
        assertThat(different.links()).hasSize(1);
    }

    @Test
    void threeRegistrationsOfOnePersonAreOneProposal_andRejectedPairsStayAway_M2() {
        PersonRecord third =
                person(5, RegistrationKind.PERSOON, "K.", "Karin", null, "Dijkstra", BIRTH, null, null, null, null);

        List<MergeSuggestion> merges = SuggestionFinder.findAll(List.of(klant, secondKlant, third), List.of(), Set.of())
                .merges();
        List<MergeSuggestion> afterRejecting = SuggestionFinder.findAll(
                        List.of(klant, secondKlant, third),
                        List.of(),
                        Set.copyOf(merges.getFirst().pairs()))
                .merges();

        assertThat(merges).hasSize(1);
        assertThat(merges.getFirst().members())
                .extracting(MergeSuggestion.Member::id)
                .containsExactly(1L, 4L, 5L);
        assertThat(merges.getFirst().pairs()).hasSize(3);
        assertThat(afterRejecting).isEmpty();
    }

    @Test
    void klantBedrijvenByKvkNummerOrByNameAndAddress_neverWithTwoKvkNummers_M2_M5() {
        CompanyRecord bakkerij = company(10, "Bakkerij De Korenschoof B.V.", null, "12345678", "3511 AB", 7);
        CompanyRecord sameKvk = company(11, "Korenschoof Holding", null, "12345678", null, null);
        CompanyRecord sameNameAndAddress = company(12, "Bakkerij de Korenschoof", null, null, "3511AB", 7);
        CompanyRecord otherKvk = company(13, "Bakkerij De Korenschoof BV", null, "87654321", "3511 AB", 7);
        CompanyRecord nameOnly = company(14, "Bakkerij De Korenschoof", null, null, "1234 AB", 1);

        assertThat(CompanyMatcher.score(bakkerij, sameKvk).isSuggestion()).isTrue();
        assertThat(CompanyMatcher.score(bakkerij, sameNameAndAddress).isSuggestion())
                .isTrue();
        assertThat(CompanyMatcher.score(bakkerij, otherKvk).isSuggestion()).isFalse();
        assertThat(CompanyMatcher.score(bakkerij, nameOnly).isSuggestion()).isFalse();

        List<MergeSuggestion> merges = SuggestionFinder.findAll(
                        List.of(), List.of(bakkerij, sameKvk, sameNameAndAddress, otherKvk, nameOnly), Set.of())
                .merges();
        assertThat(merges)
                .as("one group, never with two KvK-nummers; the one without a KvK-nummer also with the other")
                .extracting(merge ->
                        merge.members().stream().map(MergeSuggestion.Member::id).toList())
                .containsExactlyInAnyOrder(List.of(10L, 11L, 12L), List.of(12L, 13L));
        assertThat(merges).extracting(MergeSuggestion::kind).containsOnly(RegistrationKind.BEDRIJF);
    }

    private static CompanyRecord company(
            long id, String name, String handelsnaam, String kvk, String postcode, Integer huisnummer) {
        return new CompanyRecord(id, 100000 + id, name, handelsnaam, kvk, postcode, huisnummer, null, null);
    }

    private static PersonRecord withBsn(PersonRecord r, String masked) {
        return SuggestionScorerTest.copy(r, r.huisletter(), r.companyId(), masked);
    }

    private static PersonRecord atCompany(PersonRecord r, long companyId) {
        return SuggestionScorerTest.copy(r, r.huisletter(), companyId, r.bsnMasked());
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
                0,
                null,
                null);
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

    /** What a case of the hand-made set gives: each suggested pair with why. */
    private static Map<PairKey, LinkSuggestion.Basis> basisPerPair(List<PersonRecord> records) {
        Map<PairKey, LinkSuggestion.Basis> found = new HashMap<>();
        SuggestionFinder.find(records, Set.of()).forEach(s -> found.put(s.pair(), s.basis()));
        return found;
    }

    private static List<PersonRecord> hardCase(String name) {
        return HardCases.cases().stream()
                .filter(c -> c.name().startsWith(name))
                .findFirst()
                .orElseThrow()
                .records();
    }

    @Test
    void twoAlikeToAThirdAreSuggestedThroughIt_unlessSomethingTheyBothHaveDiffers() {
        List<PersonRecord> kok = hardCase("one alike to two");

        assertThat(basisPerPair(kok))
                .containsEntry(PairKey.of(71, 72), LinkSuggestion.Basis.FIELDS)
                .containsEntry(PairKey.of(72, 73), LinkSuggestion.Basis.FIELDS)
                .containsEntry(PairKey.of(71, 73), LinkSuggestion.Basis.THROUGH_ANOTHER);

        PersonRecord otherFirstName =
                person(73, RegistrationKind.CONTACT, "R.", "Rik", null, "Kok", null, null, "+31600000072", null, null);
        assertThat(basisPerPair(List.of(kok.get(0), kok.get(1), otherFirstName)))
                .doesNotContainKey(PairKey.of(71, 73));
    }

    @Test
    void onlyTheNameIsEnoughWhileNoOtherRegistrationWithThatNameTellsThemApart() {
        List<PersonRecord> lindhout = hardCase("only the name");
        assertThat(basisPerPair(lindhout)).containsEntry(PairKey.of(51, 52), LinkSuggestion.Basis.ONLY_NAME);

        PersonRecord namesake = person(
                53,
                RegistrationKind.PERSOON,
                "J.G.",
                "Jacoba Gerda",
                null,
                "Lindhout",
                LocalDate.of(1990, 1, 20),
                null,
                null,
                null,
                null);
        assertThat(basisPerPair(List.of(lindhout.get(0), lindhout.get(1), namesake)))
                .as("52 could be either")
                .isEmpty();

        PersonRecord otherFirstName =
                person(54, RegistrationKind.PERSOON, "J.", "Johanna", null, "Lindhout", BIRTH, null, null, null, null);
        assertThat(basisPerPair(List.of(lindhout.get(0), lindhout.get(1), otherFirstName)))
                .as("a Johanna Lindhout tells no Jacoba Gerda apart")
                .containsOnlyKeys(PairKey.of(51, 52));
    }

    @Test
    void onlyTheSurnameAtAPostcodeWhereNoOneElseOfThatNameLives() {
        List<PersonRecord> zandvoort = hardCase("only the achternaam");
        assertThat(basisPerPair(zandvoort)).containsEntry(PairKey.of(61, 62), LinkSuggestion.Basis.ONLY_AT_ADDRESS);

        PersonRecord wife =
                person(63, RegistrationKind.PERSOON, "I.", "Ilse", null, "Zandvoort", null, null, null, "7522 NB", 12);
        assertThat(basisPerPair(List.of(zandvoort.get(0), zandvoort.get(1), wife)))
                .as("two Zandvoorts live there: 62 could be either")
                .isEmpty();
    }

    @Test
    void oneAlikeToTwinsIsSuggestedWithNeither_unlessClearlyMoreAlikeToOne() {
        List<PersonRecord> twins = hardCase("twins");
        assertThat(basisPerPair(twins)).isEmpty();

        PersonRecord withThomasMobile = person(
                83, RegistrationKind.CONTACT, null, null, null, "Bakker", BIRTH, null, "+31600000081", "4321 BA", 7);
        PersonRecord thomas = person(
                81,
                RegistrationKind.PERSOON,
                "T.",
                "Thomas",
                null,
                "Bakker",
                BIRTH,
                null,
                "+31600000081",
                "4321 BA",
                7);
        assertThat(basisPerPair(List.of(thomas, twins.get(1), withThomasMobile)))
                .containsOnlyKeys(PairKey.of(81, 83));
    }

    @Test
    void mostLikelyFirst() {
        List<LinkSuggestion> found = SuggestionFinder.find(List.of(klant, otherContact, contactWithTypo), Set.of());
        assertThat(found).extracting(LinkSuggestion::score).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }
}
