package nl.klantregistratie.merge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.klantregistratie.client.RegistrationEvents.MergeMove;
import nl.klantregistratie.client.RegistrationKind;
import org.jspecify.annotations.Nullable;

/**
 * One merge: which registration survived, who merged when, what it held before (its revision in the
 * history, whether its BSN came from a merged one) and, as parts, the merged registrations and every
 * item that moved, so it can be undone. Undone: when and by whom.
 */
@Entity
@Table(name = "registration_merge")
public class Merge {

    /** A part that is a merged registration (item: its id), not something that moved. */
    static final String MERGED = "MERGED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "survivor_id", nullable = false)
    private long survivorId;

    @Column(name = "survivor_klantnummer", nullable = false)
    private long survivorKlantnummer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegistrationKind kind = RegistrationKind.PERSOON;

    /** The survivor's last revision before the merge: its values then, for the undo. */
    @Column(name = "survivor_revision_before")
    private @Nullable Long survivorRevisionBefore;

    @Column(name = "survivor_version_after", nullable = false)
    private long survivorVersionAfter;

    /** The survivor had no BSN and took one from a merged klant-persoon (the history keeps BSNs masked only). */
    @Column(name = "bsn_filled", nullable = false)
    private boolean bsnFilled;

    @Column(name = "merged_by", nullable = false, length = 100)
    private String mergedBy = "";

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt = Instant.now();

    @Column(name = "undone_by", length = 100)
    private @Nullable String undoneBy;

    @Column(name = "undone_at")
    private @Nullable Instant undoneAt;

    @Column(name = "records_removed_at")
    private @Nullable Instant recordsRemovedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "merge_id", nullable = false)
    @OrderBy("id")
    private List<MergePart> parts = new ArrayList<>();

    protected Merge() {}

    Merge(
            long survivorId,
            long survivorKlantnummer,
            RegistrationKind kind,
            @Nullable Long survivorRevisionBefore,
            boolean bsnFilled,
            String mergedBy) {
        this.survivorId = survivorId;
        this.survivorKlantnummer = survivorKlantnummer;
        this.kind = kind;
        this.survivorRevisionBefore = survivorRevisionBefore;
        this.bsnFilled = bsnFilled;
        this.mergedBy = mergedBy;
    }

    void addMerged(long registrationId, long versionAfter) {
        parts.add(new MergePart(MERGED, registrationId, null, versionAfter));
    }

    void addMove(MergeMove move, @Nullable Long versionAfter) {
        parts.add(new MergePart(move.what(), move.itemId(), move.fromId(), versionAfter));
    }

    void survivorVersionAfter(long version) {
        this.survivorVersionAfter = version;
    }

    void recordsRemoved(Instant when) {
        this.recordsRemovedAt = when;
    }

    void undone(String by, Instant when) {
        this.undoneBy = by;
        this.undoneAt = when;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getSurvivorId() {
        return survivorId;
    }

    public long getSurvivorKlantnummer() {
        return survivorKlantnummer;
    }

    public RegistrationKind getKind() {
        return kind;
    }

    @Nullable
    Long getSurvivorRevisionBefore() {
        return survivorRevisionBefore;
    }

    long getSurvivorVersionAfter() {
        return survivorVersionAfter;
    }

    boolean isBsnFilled() {
        return bsnFilled;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    List<MergePart> getParts() {
        return parts;
    }

    /** The ids of the registrations merged into the survivor. */
    public List<Long> mergedIds() {
        return parts.stream()
                .filter(part -> part.getWhat().equals(MERGED))
                .map(MergePart::getItemId)
                .toList();
    }

    /** What moved, in the order it moved. */
    List<MergePart> moves() {
        return parts.stream().filter(part -> !part.getWhat().equals(MERGED)).toList();
    }
}
