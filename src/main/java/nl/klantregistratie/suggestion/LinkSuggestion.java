package nl.klantregistratie.suggestion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.klantregistratie.suggestion.MatchField.Match;

/**
 * A suggestion: the contactpersoon that would become volger, the proposed hoofd (a klant-persoon
 * where there is one, docs/domain.md R2), the score and the fields that match.
 */
public record LinkSuggestion(PersonRecord follower, PersonRecord head, int score, List<Match> matches, Basis basis) {

    /** Why the two are thought one person. */
    public enum Basis {
        /** Their own fields: a score from {@link SuggestionScorer#THRESHOLD}. */
        FIELDS,
        /** Both are alike to a third registration, and nothing they both have differs. */
        THROUGH_ANOTHER,
        /** Nothing but the name to go by, and no other registration with that name tells them apart. */
        ONLY_NAME,
        /** Only the achternaam at one postcode, and no other registration there tells them apart. */
        ONLY_AT_ADDRESS;

        /** The text that says why, after the matching fields; none for {@link #FIELDS}, they say it. */
        public Optional<String> translationKey() {
            return this == FIELDS
                    ? Optional.empty()
                    : Optional.of("suggestion.basis." + name().toLowerCase(Locale.ROOT));
        }
    }

    public LinkSuggestion {
        matches = List.copyOf(matches);
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
