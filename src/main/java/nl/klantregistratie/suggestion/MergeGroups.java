package nl.klantregistratie.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.suggestion.SuggestionFinder.ScoredPair;

/**
 * Pairs proposed for merging, joined into groups: A like B and B like C is one proposal of three.
 * The most alike pairs join first; a pair joins a group only while the group stays within what one
 * merge takes (five, M2) and holds no two different BSNs or KvK-nummers (M5). A pair that cannot join
 * is proposed on its own. The survivor of a group is the one its pairs chose most (a hoofd, else the
 * one registered first).
 */
final class MergeGroups {

    /** At most this many registrations in one merge (MergeService.MAX_REGISTRATIONS). */
    static final int MAX_GROUP = 5;

    private MergeGroups() {}

    static List<MergeSuggestion> of(List<ScoredPair> pairs, Map<Long, RegistrationKind> kinds) {
        List<ScoredPair> strongestFirst = new ArrayList<>(pairs);
        strongestFirst.sort(
                Comparator.comparingInt((ScoredPair pair) -> pair.score().points())
                        .reversed());
        Map<Long, Group> groupOf = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (ScoredPair pair : strongestFirst) {
            Group a = groupOf.get(pair.a().id());
            Group b = groupOf.get(pair.b().id());
            if (a != null && a == b) {
                a.pairs.add(pair);
                continue;
            }
            Group joined = new Group();
            for (Group part : new Group[] {a, b}) {
                if (part != null) {
                    joined.members.putAll(part.members);
                    joined.pairs.addAll(part.pairs);
                }
            }
            joined.members.putIfAbsent(pair.a().id(), pair.a());
            joined.members.putIfAbsent(pair.b().id(), pair.b());
            joined.pairs.add(pair);
            if (joined.members.size() <= MAX_GROUP && joined.consistent()) {
                groups.remove(a);
                groups.remove(b);
                groups.add(joined);
                joined.members.keySet().forEach(id -> groupOf.put(id, joined));
            } else {
                Group alone = new Group();
                alone.members.put(pair.a().id(), pair.a());
                alone.members.put(pair.b().id(), pair.b());
                alone.pairs.add(pair);
                groups.add(alone);
            }
        }
        List<MergeSuggestion> suggestions = new ArrayList<>();
        groups.forEach(group -> suggestions.add(group.suggestion(kinds)));
        suggestions.sort(Comparator.comparingInt(MergeSuggestion::score)
                .reversed()
                .thenComparingLong(s -> s.survivor().klantnummer()));
        return suggestions;
    }

    private static final class Group {
        final Map<Long, MergeSuggestion.Member> members = new LinkedHashMap<>();
        final List<ScoredPair> pairs = new ArrayList<>();

        boolean consistent() {
            return members.values().stream()
                            .map(MergeSuggestion.Member::number)
                            .filter(Objects::nonNull)
                            .distinct()
                            .count()
                    <= 1;
        }

        MergeSuggestion suggestion(Map<Long, RegistrationKind> kinds) {
            Map<Long, Integer> chosen = new HashMap<>();
            for (ScoredPair pair : pairs) {
                chosen.merge(pair.aSurvives() ? pair.a().id() : pair.b().id(), 1, Integer::sum);
            }
            ScoredPair best = pairs.getFirst(); // the strongest: pairs joined strongest first
            List<MergeSuggestion.Member> ordered = new ArrayList<>(members.values());
            ordered.sort(Comparator.<MergeSuggestion.Member>comparingInt(m -> -chosen.getOrDefault(m.id(), 0))
                    .thenComparingLong(MergeSuggestion.Member::klantnummer));
            return new MergeSuggestion(
                    kinds.get(best.a().id()),
                    ordered,
                    best.score().points(),
                    best.score().matches());
        }
    }
}
