package nl.klantregistratie.suggestion.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import nl.klantregistratie.suggestion.LinkSuggestion;
import nl.klantregistratie.suggestion.MatchField.Match;
import nl.klantregistratie.suggestion.SuggestionScorer;

/** How a suggestion's reasons read, for links and merges alike. */
final class SuggestionTexts {

    private SuggestionTexts() {}

    /**
     * The likelihood in words: "Zeer waarschijnlijk" from {@value SuggestionScorer#HIGH} points,
     * "Waarschijnlijk" from {@value SuggestionScorer#THRESHOLD}, else "Mogelijk" (found through
     * another registration or by the name alone, docs/domain.md "Koppelvoorstellen").
     */
    static String likelihood(Component context, int score) {
        String key = score >= SuggestionScorer.HIGH
                ? "suggestion.likely.high"
                : score >= SuggestionScorer.THRESHOLD ? "suggestion.likely.medium" : "suggestion.likely.low";
        return context.getTranslation(key);
    }

    /** "Achternaam (gelijk), Geboortedatum (gelijk), Privé e-mail (gelijk)". */
    static String reasons(Component context, List<Match> matches) {
        return matches.stream()
                .map(match -> context.getTranslation(match.field().translationKey()) + " ("
                        + context.getTranslation(match.strength().translationKey()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** The reasons, and why they are enough where the fields alone are not: "…; alleen de naam; …". */
    static String reasons(Component context, LinkSuggestion suggestion) {
        String fields = reasons(context, suggestion.matches());
        return suggestion
                .basis()
                .translationKey()
                .map(key ->
                        fields.isEmpty() ? context.getTranslation(key) : fields + "; " + context.getTranslation(key))
                .orElse(fields);
    }
}
