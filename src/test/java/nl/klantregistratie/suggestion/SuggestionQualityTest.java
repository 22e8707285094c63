package nl.klantregistratie.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on generated data with known duplicates (typos, missing fields, namesakes,
 * twins), fixed seed: keeps the scoring from getting worse unnoticed. The full figures for 10,000 and
 * 100,000 registrations come from the benchmark (docs/benchmarks.md, "Koppelvoorstellen").
 */
class SuggestionQualityTest {

    @Test
    void findsMostDuplicatesAndFewFalseOnes() {
        DuplicateGenerator.Dataset data = new DuplicateGenerator(20261128).generate(5_000);

        List<LinkSuggestion> found = SuggestionFinder.find(data.records(), Set.of());
        DuplicateGenerator.Quality quality = DuplicateGenerator.Quality.of(data, found);

        System.out.printf(
                "5,000 registrations: %d suggested, %d correct, %d true pairs, precision %.3f, recall %.3f%n",
                quality.suggested(), quality.correct(), quality.truePairs(), quality.precision(), quality.recall());
        assertThat(quality.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
