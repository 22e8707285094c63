package nl.klantregistratie.client;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import nl.klantregistratie.base.validation.Bsn;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.base.validation.MailAddress;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** Klant-persoon: a natural person who is a client. The only registration with a BSN. */
@Entity
@Audited
@DiscriminatorValue(RegistrationKind.PERSOON_VALUE)
public class ClientPerson extends PersonRegistration {

    /** Never shown unmasked without being recorded (ClientService#revealBsn), never logged. */
    @Bsn
    @NotAudited // never copied into the history tables
    @Column(length = 9)
    private @Nullable String bsn;

    /**
     * The BSN as shown, "******123": in the history (the BSN itself never is), so a change or a
     * clearing of the BSN is recorded with masked old and new values.
     */
    @Column(name = "bsn_masked", length = 9)
    private @Nullable String bsnMasked;

    @MailAddress
    @Size(max = 254)
    @Column(name = "zakelijk_email", length = 254)
    private @Nullable String zakelijkEmail;

    @Override
    public RegistrationKind getKind() {
        return RegistrationKind.PERSOON;
    }

    /** The BSN in full: for {@link ClientService#revealBsn}, which records who saw it. */
    public @Nullable String getBsn() {
        return bsn;
    }

    public void setBsn(@Nullable String bsn) {
        String value = Input.clean(bsn);
        this.bsn = value == null ? null : DutchNumbers.normalizeBsn(value);
        this.bsnMasked = this.bsn == null ? null : DutchNumbers.maskBsn(this.bsn);
    }

    /** "******123", also in a state read from the history; empty without a BSN. */
    public String getMaskedBsn() {
        return bsnMasked == null ? "" : bsnMasked;
    }

    public boolean hasBsn() {
        return bsn != null;
    }

    @Override
    void anonymise(String by, Instant when) {
        super.anonymise(by, when);
        setBsn(null);
        zakelijkEmail = null;
    }

    public @Nullable String getZakelijkEmail() {
        return zakelijkEmail;
    }

    public void setZakelijkEmail(@Nullable String zakelijkEmail) {
        this.zakelijkEmail = Input.email(zakelijkEmail);
    }
}
