package nl.klantregistratie.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * date (catches a typo in the achternaam); privé e-mail; privé mobiel; postcode with huisnummer;
 * postcode; achternaam with postcode. A pair that shares several keys is scored once, in the first
 * key it shares; then the rounds of {@link Pairs} add what the scores alone miss. Keys shared by
 * more than {@value #MAX_BLOCK} records say too
 * little to compare all of them and are left out (the other keys still meet).
 *
 * <p>Eligible pairs: no volgers (their hoofd stands for them), not rejected before, not two different
 * BSNs. Two klant-personen, or two contactpersonen at one klant-bedrijf, are proposed for merging
 * rather than linking (only a contactpersoon can become volger, R1; one person is at a company once).
 */
public final class SuggestionFinder {

    static final int MAX_BLOCK = 1_000;
    /** Registrations joined by pairs beyond this many are not one person to pair through a third. */
    private static final int MAX_GROUP = 6;
    /** A name carried by more registrations than this is too common to go by alone. */
    static final int MAX_ONLY_ONES = 16;

    private static final int KEYS = 8;

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
        Pairs pairs = new Pairs(prepared, rejected);
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
                    pairs.considerDirect(i, j);
                }
            }
        }
        pairs.settleDirect();
        pairs.throughAThird();
        for (Map.Entry<String, List<Integer>> block : blocks.entrySet()) {
            char kind = block.getKey().charAt(0);
            if (block.getValue().size() > MAX_ONLY_ONES) {
                continue;
            }
            if (kind == '1' && !block.getKey().endsWith("|-")) {
                pairs.onlyOnes(block.getValue(), LinkSuggestion.Basis.ONLY_NAME);
            } else if (kind == '7') {
                pairs.onlyOnes(block.getValue(), LinkSuggestion.Basis.ONLY_AT_ADDRESS);
            }
        }
        pairs.throughAThird();
        List<LinkSuggestion> found = pairs.links;
        List<ScoredPair> mergeable = pairs.merges;
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

    /**
     * The pairs found, in rounds (docs/domain.md, "Koppelvoorstellen"):
     *
     * <ol>
     *   <li>every pair that meets in a key, on its own score ({@link LinkSuggestion.Basis#FIELDS}),
     *       except where one registration is alike to two that differ from each other (twins, a
     *       namesake): then only its clearly stronger pair stands, and neither when they are equal;
     *   <li>within each group those pairs join (A like B, B like C), the pairs not suggested yet that
     *       nothing separates ({@link LinkSuggestion.Basis#THROUGH_ANOTHER});
     *   <li>the registrations that only the name can join, where no other registration with that
     *       name tells them apart ({@link LinkSuggestion.Basis#ONLY_NAME}), and likewise the ones
     *       with only the achternaam at one postcode ({@link LinkSuggestion.Basis#ONLY_AT_ADDRESS});
     *   <li>round 2 again, over the groups round 3 joined.
     * </ol>
     */
    private static final class Pairs {
        private final List<Prepared> prepared;
        private final Set<PairKey> rejected;
        private final Set<PairKey> suggested = new HashSet<>();
        private final int[] group;
        private final Map<Integer, List<Integer>> partners = new HashMap<>();
        private final List<int[]> direct = new ArrayList<>();
        private final List<Score> directScores = new ArrayList<>();
        final List<LinkSuggestion> links = new ArrayList<>();
        final List<ScoredPair> merges = new ArrayList<>();

        Pairs(List<Prepared> prepared, Set<PairKey> rejected) {
            this.prepared = prepared;
            this.rejected = rejected;
            group = new int[prepared.size()];
            for (int i = 0; i < group.length; i++) {
                group[i] = i;
            }
        }

        /** Round 1: scores a pair that meets in a key; kept for {@link #settleDirect} when it scores enough. */
        void considerDirect(int i, int j) {
            Score score = score(i, j); // first: most pairs score too little, and that is cheaper to know
            if (score.isSuggestion() && eligible(i, j)) {
                suggested.add(key(i, j));
                direct.add(new int[] {i, j});
                directScores.add(score);
                partners.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
                partners.computeIfAbsent(j, k -> new ArrayList<>()).add(i);
            }
        }

        /**
         * Round 1, settled: the direct pairs, less the doubtful ones. A registration alike to two
         * that differ from each other (only an achternaam and a birth date, and twins) could be
         * either: only its stronger pair stands, and neither of two equally strong ones.
         */
        void settleDirect() {
            Set<PairKey> doubtful = new HashSet<>();
            for (Map.Entry<Integer, List<Integer>> entry : partners.entrySet()) {
                int i = entry.getKey();
                List<Integer> alike = entry.getValue();
                for (int x = 0; x < alike.size(); x++) {
                    for (int y = x + 1; y < alike.size(); y++) {
                        int a = alike.get(x);
                        int b = alike.get(y);
                        if (score(a, b).conflicting()) {
                            int toA = score(i, a).points();
                            int toB = score(i, b).points();
                            if (toA <= toB) {
                                doubtful.add(key(i, a));
                            }
                            if (toB <= toA) {
                                doubtful.add(key(i, b));
                            }
                        }
                    }
                }
            }
            for (int p = 0; p < direct.size(); p++) {
                int i = direct.get(p)[0];
                int j = direct.get(p)[1];
                if (!doubtful.contains(key(i, j))) {
                    add(i, j, directScores.get(p), LinkSuggestion.Basis.FIELDS);
                }
            }
        }

        /** Rounds 2 and 4: within each group of at most {@value #MAX_GROUP}, the pairs nothing separates. */
        void throughAThird() {
            Map<Integer, List<Integer>> groups = new HashMap<>();
            for (int i = 0; i < group.length; i++) {
                groups.computeIfAbsent(root(i), r -> new ArrayList<>(1)).add(i);
            }
            for (List<Integer> members : groups.values()) {
                if (members.size() < 3 || members.size() > MAX_GROUP) {
                    continue;
                }
                for (int x = 0; x < members.size(); x++) {
                    for (int y = x + 1; y < members.size(); y++) {
                        int i = members.get(x);
                        int j = members.get(y);
                        if (eligible(i, j)) {
                            Score score = score(i, j);
                            if (!score.conflicting() && !score.matches().isEmpty()) {
                                add(i, j, score, LinkSuggestion.Basis.THROUGH_ANOTHER);
                            }
                        }
                    }
                }
            }
        }

        /**
         * Round 3, in one block (achternaam and first initial, or achternaam and postcode): two
         * groups of registrations that nothing tells apart, while every other group in the block is
         * like both or like neither, are one person. One group like only one of them (a namesake with
         * another birth date, a registration with only the initial that fits another first name too)
         * means the name does not settle who is who, and the two are left alone.
         */
        void onlyOnes(List<Integer> block, LinkSuggestion.Basis basis) {
            Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
            for (int i : block) {
                byGroup.computeIfAbsent(root(i), r -> new ArrayList<>()).add(i);
            }
            if (byGroup.size() < 2) {
                return;
            }
            boolean nameNeeded = basis == LinkSuggestion.Basis.ONLY_NAME;
            List<List<Integer>> groups = new ArrayList<>(byGroup.values());
            int count = groups.size();
            boolean[][] alike = new boolean[count][count];
            for (int a = 0; a < count; a++) {
                for (int b = a + 1; b < count; b++) {
                    alike[a][b] = alike[b][a] = nothingTellsApart(groups.get(a), groups.get(b), nameNeeded);
                }
            }
            for (int a = 0; a < count; a++) {
                for (int b = a + 1; b < count; b++) {
                    if (alike[a][b] && noOtherTellsApart(a, b, alike)) {
                        pairAcross(groups.get(a), groups.get(b), basis);
                    }
                }
            }
        }

        private static boolean noOtherTellsApart(int a, int b, boolean[][] alike) {
            for (int c = 0; c < alike.length; c++) {
                if (c != a && c != b && alike[c][a] != alike[c][b]) {
                    return false;
                }
            }
            return true;
        }

        private void pairAcross(List<Integer> a, List<Integer> b, LinkSuggestion.Basis basis) {
            for (int i : a) {
                for (int j : b) {
                    if (eligible(i, j)) {
                        add(i, j, score(i, j), basis);
                    }
                }
            }
        }

        private boolean nothingTellsApart(List<Integer> a, List<Integer> b, boolean nameNeeded) {
            for (int i : a) {
                for (int j : b) {
                    if (!SuggestionScorer.nothingTellsApart(prepared.get(i), prepared.get(j), nameNeeded)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private Score score(int i, int j) {
            return SuggestionScorer.score(prepared.get(i), prepared.get(j));
        }

        private PairKey key(int i, int j) {
            return PairKey.of(
                    prepared.get(i).record().id(), prepared.get(j).record().id());
        }

        private boolean eligible(int i, int j) {
            PairKey key = key(i, j);
            return !suggested.contains(key)
                    && !rejected.contains(key)
                    && !differentBsn(prepared.get(i).record(), prepared.get(j).record());
        }

        /** A link suggestion, or a merge proposal for one registered twice. */
        private void add(int i, int j, Score score, LinkSuggestion.Basis basis) {
            PersonRecord x = prepared.get(i).record();
            PersonRecord y = prepared.get(j).record();
            suggested.add(key(i, j));
            join(i, j);
            if (sameRegistrationTwice(x, y)) {
                merges.add(new ScoredPair(member(x), member(y), score, survivorFirst(x, y)));
            } else {
                PersonRecord head = head(x, y);
                PersonRecord follower = Objects.equals(head, x) ? y : x;
                links.add(new LinkSuggestion(follower, head, score.points(), score.matches(), basis));
            }
        }

        private int root(int i) {
            while (group[i] != i) {
                group[i] = group[group[i]];
                i = group[i];
            }
            return i;
        }

        private void join(int i, int j) {
            group[root(i)] = root(j);
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

    /**
     * The candidate keys of a record, by kind ("0…" to "7…"; every pair of the last shares the
     * postcode key before it, so it serves only the round "only at the address"); null where the
     * fields are missing.
     */
    static String[] keys(Prepared p) {
        String[] keys = new String[KEYS];
        if (!p.surname().isEmpty() && p.birthDate() != null) {
            keys[0] = "0" + p.surname() + "|" + p.birthDate();
        }
        if (!p.surname().isEmpty()) {
            keys[1] = "1" + p.surname() + "|" + p.initial();
        }
        if (p.birthDate() != null) {
            keys[2] = "2" + p.birthDate();
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
        if (!p.postcode().isEmpty()) {
            keys[6] = "6" + p.postcode();
        }
        if (!p.surname().isEmpty() && !p.postcode().isEmpty()) {
            keys[7] = "7" + p.surname() + "|" + p.postcode();
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
