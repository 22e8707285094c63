package nl.klantregistratie.suggestion;

import java.util.ArrayList;
import java.util.List;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.suggestion.MatchField.Match;
import org.jspecify.annotations.Nullable;

/**
 * A merge proposal (docs/domain.md M2): two to five registrations of one kind that are probably one
 * person or company registered more than once (klant-personen, klant-bedrijven, or contactpersonen at
 * one klant-bedrijf), the proposed survivor first, with the score and the fields that match of the
 * most alike pair.
 */
public record MergeSuggestion(RegistrationKind kind, List<Member> members, int score, List<Match> matches) {

    public MergeSuggestion {
        members = List.copyOf(members);
        matches = List.copyOf(matches);
    }

    /**
     * A registration of the proposal, as the list shows it; {@code number} is what tells people or
     * companies apart (a BSN as shown, a KvK-nummer), so a group never holds two different ones.
     */
    public record Member(
            long id,
            long klantnummer,
            String naam,
            @Nullable String bedrijf,
            @Nullable String number) {}

    public Member survivor() {
        return members.getFirst();
    }

    public List<Long> others() {
        return members.stream().skip(1).map(Member::id).toList();
    }

    /** Every pair of the proposal: rejecting it keeps each of them from coming back. */
    public List<PairKey> pairs() {
        List<PairKey> pairs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.add(PairKey.of(members.get(i).id(), members.get(j).id()));
            }
        }
        return pairs;
    }

    /** Whether this proposal no longer stands once {@code merged} was carried out: they share a registration. */
    public boolean isSettledBy(MergeSuggestion merged) {
        return members.stream()
                .anyMatch(member -> merged.members().stream().anyMatch(other -> other.id() == member.id()));
    }
}
