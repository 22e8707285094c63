package nl.klantregistratie.merge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.klantregistratie.client.RegistrationEvents.MergeMove;
import org.jspecify.annotations.Nullable;

/** A merged registration of a {@link Merge}, or an item that moved in it, with where it was. */
@Entity
@Table(name = "registration_merge_part")
class MergePart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 20)
    private String what = "";

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "from_id")
    private @Nullable Long fromId;

    /** A moved registration's version right after the merge (null: not a registration). */
    @Column(name = "version_after")
    private @Nullable Long versionAfter;

    protected MergePart() {}

    MergePart(String what, long itemId, @Nullable Long fromId, @Nullable Long versionAfter) {
        this.what = what;
        this.itemId = itemId;
        this.fromId = fromId;
        this.versionAfter = versionAfter;
    }

    String getWhat() {
        return what;
    }

    long getItemId() {
        return itemId;
    }

    @Nullable
    Long getFromId() {
        return fromId;
    }

    @Nullable
    Long getVersionAfter() {
        return versionAfter;
    }

    MergeMove asMove() {
        return new MergeMove(what, itemId, fromId, versionAfter != null);
    }
}
