package nl.klantregistratie.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.suggestion.SuggestionScorer.Prepared;
import nl.klantregistratie.suggestion.SuggestionScorer.Score;

/**
 * Finds the suggestions among person registrations without comparing all pairs: each record gets a
 * few candidate keys (blocking), and only records that share a key are scored. The keys: achternaam
 * with birth date; achternaam with the first initial (also when the birth date is missing); birth
 * date with the first initial (catches a typo in the achternaam); privé e-mail; privé mobiel;
 * postcode with huisnummer. A pair that shares several keys is scored
 * once, in the first key it shares. Keys shared by more than {@value #MAX_BLOCK} records say too
 * little to compare all of them and are left out (the other keys still meet).
 *
 * <p>Eligible pairs: no volgers (their hoofd stands for them), not rejected before, not two different
 * BSNs. Two klant-personen, or two contactpersonen at one klant-bedrijf, are proposed for merging
 * rather than linking (only a contactpersoon can become volger, R1; one person is at a company once).
 */
public final class SuggestionFinder {

    static final int MAX_BLOCK = 1_000;
    private static final int KEYS = 6;

    private SuggestionFinder() {}

    /** The link suggestions and the merge proposals, each most likely first. */
    public record Found(List<LinkSuggestion> links, List<MergeSuggestion> merges) {}

    /** Link suggestions, most likely first. */
    public static List<LinkSuggestion> find(List<PersonRecord> records, Set<PairKey> rejected) {
        return findAll(records, List.of(), rejected).links();
    }

    /**
     * Link suggestions and merge proposals (docs/domain.md M2): two klant-personen, or two
     * contactpersonen at one klant-bedrijf, that are probably one person are proposed for merging
     * (grouped when more than two are), unless their BSNs differ; klant-bedrijven by KvK-nummer, or
     * by name and vestigingsadres ({@link CompanyMatcher}).
     */
    public static Found findAll(List<PersonRecord> records, List<CompanyRecord> companies, Set<PairKey> rejected) {
        List<Prepared> prepared = new ArrayList<>(records.size());
        for (PersonRecord record : records) {
            prepared.add(Prepared.of(record));
        }
        String[][] keys = new String[prepared.size()][];
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            keys[i] = keys(prepared.get(i));
            for (String key : keys[i]) {
                if (key != null) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
                }
            }
        }
        List<LinkSuggestion> found = new ArrayList<>();
        List<ScoredPair> mergeable = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> block : blocks.entrySet()) {
            List<Integer> members = block.getValue();
            if (members.size() < 2 || members.size() > MAX_BLOCK) {
                continue;
            }
            int keyIndex = block.getKey().charAt(0) - '0';
            for (int x = 0; x < members.size(); x++) {
                int i = members.get(x);
                for (int y = x + 1; y < members.size(); y++) {
                    int j = members.get(y);
                    if (sharesEarlierKey(keys[i], keys[j], keyIndex, blocks)) {
                        continue;
                    }
                    consider(prepared.get(i), prepared.get(j), rejected, found, mergeable);
                }
            }
        }
        found.sort(Comparator.comparingInt(LinkSuggestion::score)
                .reversed()
                .thenComparingLong(s -> s.head().klantnummer())
                .thenComparingLong(s -> s.follower().klantnummer()));
        Map<Long, RegistrationKind> kinds = new HashMap<>();
        records.forEach(record -> kinds.put(record.id(), record.kind()));
        companies.forEach(company -> kinds.put(company.id(), RegistrationKind.BEDRIJF));
        mergeable.addAll(CompanyMatcher.pairs(companies, rejected));
        return new Found(found, MergeGroups.of(mergeable, kinds));
    }

    /** Scores the pair: a link suggestion, a merge proposal, or nothing. */
    private static void consider(
            Prepared a, Prepared b, Set<PairKey> rejected, List<LinkSuggestion> links, List<ScoredPair> merges) {
        PersonRecord x = a.record();
        PersonRecord y = b.record();
        if (rejected.contains(PairKey.of(x.id(), y.id())) || differentBsn(x, y)) {
            return;
        }
        Score score = SuggestionScorer.score(a, b);
        if (!score.isSuggestion()) {
            return;
        }
        if (sameRegistrationTwice(x, y)) {
            merges.add(new ScoredPair(member(x), member(y), score, survivorFirst(x, y)));
        } else {
            PersonRecord head = head(x, y);
            PersonRecord follower = Objects.equals(head, x) ? y : x;
            links.add(new LinkSuggestion(follower, head, score.points(), score.matches()));
        }
    }

    /** A pair proposed for merging: the two, its score, and whether {@code a} is the one to survive. */
    record ScoredPair(MergeSuggestion.Member a, MergeSuggestion.Member b, Score score, boolean aSurvives) {}

    /** One person registered twice as klant-persoon, or twice as contactpersoon at one klant-bedrijf. */
    static boolean sameRegistrationTwice(PersonRecord x, PersonRecord y) {
        if (x.kind() != y.kind()) {
            return false;
        }
        return x.isClientPerson() || (x.companyId() != null && x.companyId().equals(y.companyId()));
    }

    /** Two BSNs that differ (as shown: the last three digits) are two people (M5): neither linked nor merged. */
    private static boolean differentBsn(PersonRecord x, PersonRecord y) {
        return x.bsnMasked() != null && y.bsnMasked() != null && !x.bsnMasked().equals(y.bsnMasked());
    }

    /** The one to survive a merge: the hoofd (with more volgers), else the one registered first. */
    private static boolean survivorFirst(PersonRecord x, PersonRecord y) {
        return Objects.equals(head(x, y), x);
    }

    private static MergeSuggestion.Member member(PersonRecord record) {
        return new MergeSuggestion.Member(
                record.id(), record.klantnummer(), record.naam(), record.bedrijf(), record.bsnMasked());
    }

    /** The candidate keys of a record, by kind ("0…" to "5…"); null where the fields are missing. */
    static String[] keys(Prepared p) {
        String[] keys = new String[KEYS];
        if (!p.surname().isEmpty() && p.birthDate() != null) {
            keys[0] = "0" + p.surname() + "|" + p.birthDate();
        }
        if (!p.surname().isEmpty()) {
            keys[1] = "1" + p.surname() + "|" + p.initial();
        }
        if (p.birthDate() != null) {
            keys[2] = "2" + p.birthDate() + "|" + p.initial();
        }
        if (!p.email().isEmpty()) {
            keys[3] = "3" + p.email();
        }
        if (!p.mobile().isEmpty()) {
            keys[4] = "4" + p.mobile();
        }
        if (!p.address().isEmpty()) {
            keys[5] = "5" + p.address();
        }
        return keys;
    }

    /** Whether the pair also meets in a key of an earlier kind, whose block is compared (so it was scored there). */
    private static boolean sharesEarlierKey(String[] a, String[] b, int keyIndex, Map<String, List<Integer>> blocks) {
        for (int k = 0; k < keyIndex; k++) {
            if (a[k] != null && a[k].equals(b[k]) && blocks.get(a[k]).size() <= MAX_BLOCK) {
                return true;
            }
        }
        return false;
    }

    /**
     * The proposed hoofd: the klant-persoon (R2); of two contactpersonen the one that is hoofd already
     * (the one with more volgers), else the one registered first (lower klantnummer).
     */
    static PersonRecord head(PersonRecord x, PersonRecord y) {
        if (x.isClientPerson() != y.isClientPerson()) {
            return x.isClientPerson() ? x : y;
        }
        if (x.followers() != y.followers()) {
            return x.followers() > y.followers() ? x : y;
        }
        return x.klantnummer() <= y.klantnummer() ? x : y;
    }
}
