package nl.klantregistratie.suggestion;

import java.util.List;
import nl.klantregistratie.suggestion.MatchField.Match;

/**
 * A suggestion: the contactpersoon that would become volger, the proposed hoofd (a klant-persoon
 * where there is one, docs/domain.md R2), the score and the fields that match.
 */
public record LinkSuggestion(PersonRecord follower, PersonRecord head, int score, List<Match> matches) {

    public LinkSuggestion {
        matches = List.copyOf(matches);
    }

    public boolean isLikely() {
        return score >= SuggestionScorer.HIGH;
    }

    /**
     * Whether this suggestion no longer stands once {@code linked} was accepted: its volger has been
     * linked, and a volger can neither be linked again this way nor be proposed as hoofd (R3).
     */
    public boolean isSettledBy(LinkSuggestion linked) {
        long linkedFollower = linked.follower().id();
        return follower.id() == linkedFollower || head.id() == linkedFollower;
    }

    public PairKey pair() {
        return PairKey.of(follower.id(), head.id());
    }
}
