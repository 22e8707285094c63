package nl.klantregistratie.importing;

import java.util.List;
import java.util.Map;

/** The outcome of every row of a check or an import, in file order, with the count per outcome. */
public record ImportReport(List<RowResult> results) {

    public ImportReport {
        results = List.copyOf(results);
    }

    public Map<RowOutcome, Integer> counts() {
        return ImportService.counts(results);
    }

    public int count(RowOutcome outcome) {
        return counts().get(outcome);
    }

    public List<RowResult> rejected() {
        return results.stream()
                .filter(result -> result.outcome() == RowOutcome.REJECTED)
                .toList();
    }
}
