package nl.klantregistratie.merge;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Samenvoegen would do, for the side-by-side view: the registrations (survivor first), per
 * field each one's value and the one chosen by default, and what would move (from a run of the
 * merge itself that is rolled back, so the preview and the merge cannot disagree).
 *
 * @param survivorFollows the survivor is or becomes a volger: its privé gegevens come from its
 *     hoofd ({@code headLabel}), so those fields are no choice (R5)
 * @param moves per kind of item that moves (the constants of the features that move them), how many
 */
public record MergeProposal(
        List<Candidate> registrations,
        List<Row> rows,
        Map<String, Integer> moves,
        boolean survivorFollows,
        @Nullable String headLabel) {

    public MergeProposal {
        registrations = List.copyOf(registrations);
        rows = List.copyOf(rows);
        moves = Map.copyOf(moves);
    }

    public long survivorId() {
        return registrations.getFirst().id();
    }

    /** A registration of the merge: its version is what the merge will expect (R17). */
    public record Candidate(long id, long klantnummer, String label, long version) {}

    /**
     * One field: its label key, whether it is privé gegevens, each registration's value (by id) and
     * the registration whose value the survivor gets unless the user chooses another.
     */
    public record Row(String key, boolean personal, Map<Long, Cell> cells, long chosen) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** Whether the registrations differ here at all (equal values need no choice). */
        public boolean differs() {
            return cells.values().stream().map(Cell::text).distinct().count() > 1;
        }
    }

    /** A value as shown: the text, or a translation key when {@code translatable}. */
    public record Cell(String text, boolean translatable, boolean empty) {}
}
