package nl.klantregistratie.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.suggestion.MatchField.Match;
import nl.klantregistratie.suggestion.MatchField.Strength;
import nl.klantregistratie.suggestion.SuggestionFinder.ScoredPair;
import nl.klantregistratie.suggestion.SuggestionScorer.Score;
import org.jspecify.annotations.Nullable;

/**
 * Klant-bedrijven that are probably one company registered twice (docs/domain.md M2): blocked on the
 * KvK-nummer, on each name (statutaire naam and handelsnaam, without the legal form: "Bakkerij De
 * Korenschoof B.V." is "bakkerijdekorenschoof") and on the vestigingsadres (postcode and huisnummer).
 * Points: the same KvK-nummer +60, the same name +30, the same address +30; proposed from
 * {@value SuggestionScorer#THRESHOLD}. Two different KvK-nummers are two companies and are never
 * proposed (M5).
 */
final class CompanyMatcher {

    /** Legal forms as they follow a name, after folding: left out when names are compared. */
    private static final Set<String> LEGAL_FORMS = Set.of("bv", "nv", "vof", "cv", "bvba", "ev", "ua");

    private CompanyMatcher() {}

    static List<ScoredPair> pairs(List<CompanyRecord> companies, Set<PairKey> rejected) {
        Map<String, List<CompanyRecord>> blocks = new HashMap<>();
        for (CompanyRecord company : companies) {
            for (String key : keys(company)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(company);
            }
        }
        Set<PairKey> seen = new HashSet<>();
        List<ScoredPair> pairs = new ArrayList<>();
        for (List<CompanyRecord> block : blocks.values()) {
            if (block.size() < 2 || block.size() > SuggestionFinder.MAX_BLOCK) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    CompanyRecord a = block.get(i);
                    CompanyRecord b = block.get(j);
                    PairKey pair = PairKey.of(a.id(), b.id());
                    if (!seen.add(pair) || rejected.contains(pair)) {
                        continue;
                    }
                    Score score = score(a, b);
                    if (score.isSuggestion()) {
                        pairs.add(new ScoredPair(member(a), member(b), score, a.klantnummer() <= b.klantnummer()));
                    }
                }
            }
        }
        return pairs;
    }

    static Score score(CompanyRecord a, CompanyRecord b) {
        String kvkA = kvk(a);
        String kvkB = kvk(b);
        if (!kvkA.isEmpty() && !kvkB.isEmpty() && !kvkA.equals(kvkB)) {
            return new Score(0, List.of());
        }
        int points = 0;
        List<Match> matches = new ArrayList<>(3);
        if (!kvkA.isEmpty() && kvkA.equals(kvkB)) {
            points += 60;
            matches.add(new Match(MatchField.KVK_NUMMER, Strength.EXACT));
        }
        Set<String> namesA = names(a);
        if (names(b).stream().anyMatch(namesA::contains)) {
            points += 30;
            matches.add(new Match(MatchField.BEDRIJFSNAAM, Strength.EXACT));
        }
        String addressA = address(a);
        if (!addressA.isEmpty() && addressA.equals(address(b))) {
            points += 30;
            matches.add(new Match(MatchField.ADRES, Strength.EXACT));
        }
        return new Score(points, List.copyOf(matches));
    }

    private static List<String> keys(CompanyRecord company) {
        List<String> keys = new ArrayList<>();
        if (!kvk(company).isEmpty()) {
            keys.add("k" + kvk(company));
        }
        names(company).forEach(name -> keys.add("n" + name));
        if (!address(company).isEmpty()) {
            keys.add("a" + address(company));
        }
        return keys;
    }

    private static String kvk(CompanyRecord company) {
        return company.kvkNummer() == null ? "" : company.kvkNummer().replaceAll("[^0-9]", "");
    }

    /** The statutaire naam and the handelsnaam, folded, without the legal form. */
    static Set<String> names(CompanyRecord company) {
        Set<String> names = new HashSet<>();
        for (String name : new String[] {company.statutaireNaam(), company.handelsnaam()}) {
            String folded = name(name);
            if (!folded.isEmpty()) {
                names.add(folded);
            }
        }
        return names;
    }

    private static String name(@Nullable String name) {
        if (name == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder();
        for (String word : SearchKeys.normalize(name.replace(".", "")).split(" ")) {
            String letters = SuggestionScorer.letters(word);
            if (!letters.isEmpty() && !LEGAL_FORMS.contains(letters)) {
                folded.append(letters);
            }
        }
        return folded.toString();
    }

    private static String address(CompanyRecord company) {
        if (company.postcode() == null || company.huisnummer() == null) {
            return "";
        }
        return company.postcode().replace(" ", "").toUpperCase(Locale.ROOT)
                + company.huisnummer()
                + SuggestionScorer.letters((company.huisletter() == null ? "" : company.huisletter())
                        + (company.toevoeging() == null ? "" : company.toevoeging()));
    }

    private static MergeSuggestion.Member member(CompanyRecord company) {
        String kvk = kvk(company);
        return new MergeSuggestion.Member(
                company.id(), company.klantnummer(), company.naam(), null, kvk.isEmpty() ? null : kvk);
    }
}
