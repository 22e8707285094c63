package nl.klantregistratie.merge;

import java.time.Instant;
import java.util.List;

/**
 * A merge as the cards tell it: into which registration, which were merged, by whom and when, and
 * until when it can be undone.
 */
public record MergeInfo(
        long mergeId,
        long survivorId,
        String survivorLabel,
        List<Merged> merged,
        String mergedBy,
        Instant mergedAt,
        Instant undoUntil) {

    public MergeInfo {
        merged = List.copyOf(merged);
    }

    /** A merged registration: its id, its own klantnummer and its label. */
    public record Merged(long id, long klantnummer, String label) {}
}
