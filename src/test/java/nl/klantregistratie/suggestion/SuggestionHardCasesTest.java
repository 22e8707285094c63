package nl.klantregistratie.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-made hard cases ({@link HardCases}): every pair of one person found, no other pair. */
class SuggestionHardCasesTest {

    @Test
    void findsEveryHardCaseAndNothingElse() {
        HardCases.Result result = HardCases.run();

        assertThat(result.wrong()).isEmpty();
        assertThat(result.correct()).isEqualTo(result.expected());
    }
}
