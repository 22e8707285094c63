package nl.klantregistratie.client;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import nl.klantregistratie.base.validation.PlainText;
import nl.klantregistratie.base.validation.PlainTexts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * Anything with a klantnummer: klant-persoon, klant-bedrijf or contactpersoon. One table, so one
 * index serves search by klantnummer and zoeknaam over all of them.
 */
@Entity
@Audited
@Table(name = "registration")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 10)
public abstract class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    /** Assigned by the service from a sequence on create; never changes. */
    @Column(nullable = false, unique = true, updatable = false)
    private @Nullable Long klantnummer;

    @NotBlank
    @PlainText
    @Size(max = SearchKeys.MAX_LENGTH)
    @Column(nullable = false, length = SearchKeys.MAX_LENGTH)
    private @Nullable String zoeknaam;

    /** True when a user typed the zoeknaam; otherwise it follows the name. */
    @NotAudited
    @Column(nullable = false)
    private boolean zoeknaamHandmatig;

    @NotAudited
    @Column(nullable = false, length = SearchKeys.MAX_LENGTH)
    private String searchKey = "";

    @PlainText(multiLine = true)
    @Size(max = 4000)
    @Column(length = 4000)
    private @Nullable String notities;

    @NotAudited
    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    @NotAudited
    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    /** When and by whom the private data was erased (AVG); the registration stays, read-only. */
    @NotAudited
    @Column(name = "anonymised_at")
    private @Nullable Instant anonymisedAt;

    @NotAudited
    @Column(name = "anonymised_by", length = 100)
    private @Nullable String anonymisedBy;

    /**
     * The registration this one was merged into (Samenvoegen): it is then a read-only record whose
     * klantnummer finds the survivor, until the merge is undone or its undo period is over.
     */
    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;

    public abstract RegistrationKind getKind();

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    public @Nullable Long getMergedIntoId() {
        return mergedIntoId;
    }

    /** Read-only: anonymised, or merged into another registration. */
    public boolean isRecordOnly() {
        return isAnonymised() || isMerged();
    }

    /** Marks this registration merged into the survivor, or active again (null); only the merge service. */
    public void setMergedIntoId(@Nullable Long survivorId) {
        this.mergedIntoId = survivorId;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public @Nullable Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public @Nullable String getAnonymisedBy() {
        return anonymisedBy;
    }

    /** Erases what identifies a person or can be traced to one; only {@link ClientService#anonymise}. */
    void anonymise(String by, Instant when) {
        notities = null;
        zoeknaamHandmatig = false; // a typed zoeknaam ("Jansen, Piet (Utrecht)") names the person too
        anonymisedAt = when;
        anonymisedBy = by;
    }

    /** The name as staff read it: "J.P. van den Berg", "Bakkerij De Korenschoof B.V.". */
    public abstract String getDisplayName();

    /** "Naam (klantnummer)": how lists, dialogs and the history name a registration. */
    public String getLabel() {
        return getDisplayName() + " (" + klantnummer + ")";
    }

    /** The zoeknaam the name gives, used until a user types another. */
    public abstract String defaultZoeknaam();

    /** The plaats shown in lists (woonplaats or vestigingsplaats). */
    public abstract @Nullable String getPlaats();

    /** Called by the service on create, after validation. */
    void assignKlantnummer(long assigned) {
        if (klantnummer == null) {
            klantnummer = assigned;
        }
    }

    /**
     * A new registration keeps the klantnummer it had in the office's previous system (import), so
     * letters, the portal and staff can go on using it; {@link ClientService#save} refuses one in use.
     */
    public void keepKlantnummer(long previous) {
        if (isNew()) {
            klantnummer = previous;
        }
    }

    /** Called by the service before validation and every save: zoeknaam and search key follow the name. */
    void deriveFields() {
        if (!zoeknaamHandmatig || zoeknaam == null || zoeknaam.isBlank()) {
            zoeknaamHandmatig = false;
            zoeknaam = zoeknaamOf(defaultZoeknaam());
        }
        searchKey = SearchKeys.normalize(zoeknaam);
        updatedAt = Instant.now();
    }

    /**
     * The zoeknaam a name gives while nobody typed one: the name, cut to the column's length (never
     * inside a character beyond the Basic Multilingual Plane). Without the characters a name may not
     * hold ({@link PlainTexts}): those are reported on the name itself, not on a zoeknaam nobody typed.
     */
    public static String zoeknaamOf(String name) {
        String stripped = PlainTexts.withoutRefused(name).strip();
        if (stripped.length() <= SearchKeys.MAX_LENGTH) {
            return stripped;
        }
        int end = Character.isHighSurrogate(stripped.charAt(SearchKeys.MAX_LENGTH - 1))
                ? SearchKeys.MAX_LENGTH - 1
                : SearchKeys.MAX_LENGTH;
        return stripped.substring(0, end).strip();
    }

    public boolean isNew() {
        return id == null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Long getKlantnummer() {
        return klantnummer;
    }

    public @Nullable String getZoeknaam() {
        return zoeknaam;
    }

    /** Sets a zoeknaam typed by a user; empty returns to the one derived from the name. */
    public void setZoeknaam(@Nullable String zoeknaam) {
        boolean typed =
                zoeknaam != null && !zoeknaam.isBlank() && !zoeknaam.strip().equals(defaultZoeknaam());
        this.zoeknaamHandmatig = typed;
        this.zoeknaam = typed ? zoeknaam.strip() : zoeknaamOf(defaultZoeknaam());
    }

    public boolean isZoeknaamHandmatig() {
        return zoeknaamHandmatig;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public @Nullable String getNotities() {
        return notities;
    }

    public void setNotities(@Nullable String notities) {
        this.notities = Input.clean(notities);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        // Never the BSN or other private data: this may end up in logs.
        return getClass().getSimpleName() + "[id=" + id + ", klantnummer=" + klantnummer + "]";
    }
}
