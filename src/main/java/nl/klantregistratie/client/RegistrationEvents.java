package nl.klantregistratie.client;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published by {@link ClientService} inside its transaction, synchronously, so other features can
 * add their rules to every save and delete whatever the caller: a listener that throws refuses the
 * operation, and what a listener writes commits or rolls back with it.
 */
public final class RegistrationEvents {

    private RegistrationEvents() {}

    /** Before a registration is validated and written; {@code registration} holds the new state. */
    public record Saving(Registration registration) {}

    /** After a registration was written (and flushed); {@code registration} is the managed entity. */
    public record Saved(Registration registration, boolean created) {}

    /**
     * Before a registration is deleted, and when a user is about to be asked to confirm a deletion
     * ({@link ClientService#checkDeletable}): a listener refuses by throwing, and does nothing else.
     */
    public record Deleting(Registration registration) {}

    /**
     * Before a registration's private data is erased (AVG): a listener refuses when its rules keep
     * it (a hoofd of volgers, correspondence within its retention period).
     */
    public record Anonymising(Registration registration) {}

    /** The registration's private data was erased: every feature erases its own copies of it now. */
    public record Anonymised(Registration registration) {}

    /**
     * Samenvoegen: {@code merged} are about to be merged into {@code survivor} (same kind, 2–5 in all,
     * already checked by the merge service, the survivor already saved with the chosen values). Each
     * feature first refuses by throwing where its rules forbid the merge, then moves what it holds of
     * the merged registrations to the survivor and adds a {@link MergeMove} for each item it moved,
     * so that undoing the merge can move it back. Also published in a preview that is rolled back.
     */
    public record Merging(Registration survivor, List<Registration> merged, List<MergeMove> moves) {

        /** A registration moved (its version is then kept, so a later change refuses the undo). */
        public void movedRegistration(String what, long itemId, @Nullable Long fromId) {
            moves.add(new MergeMove(what, itemId, fromId, true));
        }

        /** Something other than a registration moved (a message, a portal call). */
        public void moved(String what, long itemId, long fromId) {
            moves.add(new MergeMove(what, itemId, fromId, false));
        }
    }

    /**
     * Samenvoegen ongedaan maken: the merged registrations are active again; each feature moves back
     * the items of its own kinds among {@code moves} to where they were. Published twice: {@link
     * Stage#SURVIVOR} before the survivor gets its values from before back (what the survivor itself
     * took, such as a hoofd, goes first, so it may change again), {@link Stage#REST} after it was
     * saved (so what moves back to it takes its restored values, and nothing is written twice).
     */
    public record Unmerging(Registration survivor, List<MergeMove> moves, Stage stage) {

        public enum Stage {
            SURVIVOR,
            REST
        }

        public List<MergeMove> of(String what) {
            return moves.stream().filter(move -> move.what().equals(what)).toList();
        }
    }

    /**
     * One item a merge moved to the survivor: what it is (a constant of the feature that moved it),
     * its id, and where it was (a registration id; null: nowhere, as a link the survivor took).
     */
    public record MergeMove(
            String what, long itemId, @Nullable Long fromId, boolean registration) {}

    /**
     * These registrations changed (saved, deleted, linked, followed their hoofd). Published by the
     * services; after the transaction commits, open screens showing them are told (see
     * {@code RegistrationChangeRelay}).
     */
    public record Changed(Collection<Long> ids) {}
}
