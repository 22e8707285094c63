package nl.klantregistratie.client;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.base.validation.MailAddress;
import nl.klantregistratie.base.validation.PhoneNumber;
import nl.klantregistratie.base.validation.PhoneNumbers;
import nl.klantregistratie.base.validation.PlainText;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** Klant-bedrijf: a company client, with its contactpersonen. */
@Entity
@Audited
@DiscriminatorValue(RegistrationKind.BEDRIJF_VALUE)
public class ClientCompany extends Registration {

    @NotBlank
    @PlainText
    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String statutaireNaam;

    @PlainText
    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String handelsnaam;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable LegalForm rechtsvorm;

    @Pattern(regexp = "[0-9]{8}", message = "{validation.kvk}")
    @Column(length = 8)
    private @Nullable String kvkNummer;

    @Valid
    @Embedded
    private Address vestigingsadres = new Address();

    private boolean postadresZelfdeAlsVestigingsadres = true;

    @Valid
    @Embedded
    private Address postadres = new Address();

    @PhoneNumber
    @Size(max = 40)
    @Column(length = 40)
    private @Nullable String telefoon;

    @MailAddress
    @Size(max = 254)
    @Column(length = 254)
    private @Nullable String email;

    @Pattern(regexp = "(https?://)?[\\w.-]+\\.[a-zA-Z]{2,}(/\\S*)?", message = "{validation.website}")
    @PlainText
    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String website;

    @Override
    public RegistrationKind getKind() {
        return RegistrationKind.BEDRIJF;
    }

    @Override
    public String getDisplayName() {
        return displayName(handelsnaam, statutaireNaam);
    }

    /** The handelsnaam, else the statutaire naam. */
    static String displayName(@Nullable String handelsnaam, @Nullable String statutaireNaam) {
        if (handelsnaam != null) {
            return handelsnaam;
        }
        return statutaireNaam == null ? "" : statutaireNaam;
    }

    @Override
    public String defaultZoeknaam() {
        return getDisplayName();
    }

    @Override
    public @Nullable String getPlaats() {
        return getVestigingsadres().getPlaats();
    }

    public @Nullable String getStatutaireNaam() {
        return statutaireNaam;
    }

    public void setStatutaireNaam(@Nullable String statutaireNaam) {
        this.statutaireNaam = Input.clean(statutaireNaam);
    }

    public @Nullable String getHandelsnaam() {
        return handelsnaam;
    }

    public void setHandelsnaam(@Nullable String handelsnaam) {
        this.handelsnaam = Input.clean(handelsnaam);
    }

    public @Nullable LegalForm getRechtsvorm() {
        return rechtsvorm;
    }

    public void setRechtsvorm(@Nullable LegalForm rechtsvorm) {
        this.rechtsvorm = rechtsvorm;
    }

    public @Nullable String getKvkNummer() {
        return kvkNummer;
    }

    public void setKvkNummer(@Nullable String kvkNummer) {
        String value = Input.clean(kvkNummer);
        this.kvkNummer = value == null ? null : DutchNumbers.normalizeKvkNummer(value);
    }

    public Address getVestigingsadres() {
        if (vestigingsadres == null) {
            vestigingsadres = new Address();
        }
        return vestigingsadres;
    }

    public void setVestigingsadres(Address vestigingsadres) {
        this.vestigingsadres = vestigingsadres;
    }

    public boolean isPostadresZelfdeAlsVestigingsadres() {
        return postadresZelfdeAlsVestigingsadres;
    }

    public void setPostadresZelfdeAlsVestigingsadres(boolean zelfde) {
        this.postadresZelfdeAlsVestigingsadres = zelfde;
    }

    public Address getPostadres() {
        if (postadres == null) {
            postadres = new Address();
        }
        return postadres;
    }

    public void setPostadres(Address postadres) {
        this.postadres = postadres;
    }

    public @Nullable String getTelefoon() {
        return telefoon;
    }

    public void setTelefoon(@Nullable String telefoon) {
        this.telefoon = PhoneNumbers.normalize(telefoon);
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = Input.email(email);
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = Input.clean(website);
    }
}
