package nl.klantregistratie.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.klantregistratie.base.validation.MailAddress;
import nl.klantregistratie.base.validation.PhoneNumber;
import nl.klantregistratie.base.validation.PhoneNumbers;
import nl.klantregistratie.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/** Bedrijfsgegevens of a contactpersoon at its klant-bedrijf. Never synced. */
@Embeddable
public class BusinessContactData {

    @PlainText
    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String functie;

    @PlainText
    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String afdeling;

    @MailAddress
    @Size(max = 254)
    @Column(length = 254)
    private @Nullable String zakelijkEmail;

    @PhoneNumber
    @Size(max = 40)
    @Column(length = 40)
    private @Nullable String directTelefoon;

    @PhoneNumber
    @Size(max = 40)
    @Column(length = 40)
    private @Nullable String zakelijkMobiel;

    private boolean toegangClientOnline;

    public @Nullable String getFunctie() {
        return functie;
    }

    public void setFunctie(@Nullable String functie) {
        this.functie = Input.clean(functie);
    }

    public @Nullable String getAfdeling() {
        return afdeling;
    }

    public void setAfdeling(@Nullable String afdeling) {
        this.afdeling = Input.clean(afdeling);
    }

    public @Nullable String getZakelijkEmail() {
        return zakelijkEmail;
    }

    public void setZakelijkEmail(@Nullable String zakelijkEmail) {
        this.zakelijkEmail = Input.email(zakelijkEmail);
    }

    public @Nullable String getDirectTelefoon() {
        return directTelefoon;
    }

    public void setDirectTelefoon(@Nullable String directTelefoon) {
        this.directTelefoon = PhoneNumbers.normalize(directTelefoon);
    }

    public @Nullable String getZakelijkMobiel() {
        return zakelijkMobiel;
    }

    public void setZakelijkMobiel(@Nullable String zakelijkMobiel) {
        this.zakelijkMobiel = PhoneNumbers.normalize(zakelijkMobiel);
    }

    public boolean isToegangClientOnline() {
        return toegangClientOnline;
    }

    public void setToegangClientOnline(boolean toegangClientOnline) {
        this.toegangClientOnline = toegangClientOnline;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BusinessContactData that
                && Objects.equals(functie, that.functie)
                && Objects.equals(afdeling, that.afdeling)
                && Objects.equals(zakelijkEmail, that.zakelijkEmail)
                && Objects.equals(directTelefoon, that.directTelefoon)
                && Objects.equals(zakelijkMobiel, that.zakelijkMobiel)
                && toegangClientOnline == that.toegangClientOnline;
    }

    @Override
    public int hashCode() {
        return Objects.hash(functie, afdeling, zakelijkEmail);
    }
}
