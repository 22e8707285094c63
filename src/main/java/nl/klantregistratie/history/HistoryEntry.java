package nl.klantregistratie.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a registration, as the Historie tab shows it: when, who, what kind of change,
 * the hoofd involved (for link kinds) and the fields that changed, old → new.
 *
 * @param revision the Envers revision number (the same for everything one transaction changed)
 * @param when when the change was made
 * @param username who made it: the username, or {@value #SYSTEM_USER} for the application's own work
 * @param userDisplayName that user's name ("Sanne Support"), when the account still exists
 * @param kind what kind of change it was
 * @param head the hoofd after this change: linked to, moved to, passing on its privé gegevens, or
 *     followed from the start (BASELINE, CREATED); null for the other kinds (UNLINKED, CHANGED,
 *     DELETED) and for a registration that follows none
 * @param reason why, when more than a user at a form ("Import 12: klanten.csv"), otherwise null
 * @param previousHead the hoofd before this change (UNLINKED, MOVED), otherwise null
 * @param changes the fields that differ from the previous revision, in form order; on CREATED the
 *     values it was created with
 * @param follower in a hoofd's history, the volger this link, move or end is about; otherwise null
 */
public record HistoryEntry(
        long revision,
        Instant when,
        String username,
        @Nullable String userDisplayName,
        @Nullable String reason,
        Kind kind,
        @Nullable Head head,
        @Nullable Head previousHead,
        List<FieldChange> changes,
        @Nullable Head follower) {

    /** The username recorded for the application's own work (demo data, start-up jobs, the baseline). */
    public static final String SYSTEM_USER = "systeem";

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** This entry of a volger as it appears in its hoofd's history: about that volger, without its field changes. */
    HistoryEntry asFollowerEntry(Head of) {
        return new HistoryEntry(
                revision, when, username, userDisplayName, reason, kind, head, previousHead, List.of(), of);
    }

    public boolean isBySystem() {
        return SYSTEM_USER.equals(username);
    }

    public enum Kind {
        /** The state the registration had when the history started (it existed before). */
        BASELINE,
        CREATED,
        /** Became volger: the hoofd was set; the old values are those it had before. */
        LINKED,
        /** The link ended: the volger keeps its values (R13). */
        UNLINKED,
        /** Moved from one hoofd to another (R3, R14). */
        MOVED,
        /** The hoofd's privé gegevens reached this volger (R6). */
        PROPAGATED,
        CHANGED,
        DELETED;

        public String translationKey() {
            return "history.kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A hoofd as it was at the time of the revision. Klantnummer and name are empty if unknown. */
    public record Head(long id, @Nullable Long klantnummer, String name) {}

    /**
     * A field whose value changed.
     *
     * @param fieldKey translation key of the field's label
     * @param oldValue the value before, as text; empty when it was empty
     * @param newValue the value after, as text; empty when it is empty
     * @param translatable true when a non-empty value is a translation key (enums, yes/no)
     */
    public record FieldChange(String fieldKey, String oldValue, String newValue, boolean translatable) {}
}
