package nl.klantregistratie.client;

import java.util.Collection;

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
     * These registrations changed (saved, deleted, linked, followed their hoofd). Published by the
     * services; after the transaction commits, open screens showing them are told (see
     * {@code RegistrationChangeRelay}).
     */
    public record Changed(Collection<Long> ids) {}
}
