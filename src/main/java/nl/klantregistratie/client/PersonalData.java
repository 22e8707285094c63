package nl.klantregistratie.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.klantregistratie.base.validation.MailAddress;
import nl.klantregistratie.base.validation.PhoneNumber;
import nl.klantregistratie.base.validation.PhoneNumbers;
import nl.klantregistratie.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * Privé gegevens of a person: the set a hoofd passes on to its volgers, field by field listed in
 * {@link SyncedField}. Held by klant-persoon and contactpersoon alike. The BSN is not part of it
 * (only a klant-persoon has one).
 */
@Embeddable
public class PersonalData {

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable Salutation aanhef;

    @PlainText
    @Size(max = 30)
    @Column(length = 30)
    private @Nullable String titel;

    @PlainText
    @Size(max = 20)
    @Column(length = 20)
    private @Nullable String voorletters;

    @PlainText
    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String voornamen;

    @PlainText
    @Size(max = 50)
    @Column(length = 50)
    private @Nullable String roepnaam;

    @PlainText
    @Size(max = 20)
    @Column(length = 20)
    private @Nullable String tussenvoegsel;

    @NotBlank
    @PlainText
    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String achternaam;

    @PastOrPresent(message = "{validation.birthdate}")
    private @Nullable LocalDate geboortedatum;

    @Valid
    @Embedded
    private Address woonadres = new Address();

    private boolean correspondentieZelfdeAlsWoonadres = true;

    @Valid
    @Embedded
    private Address correspondentieadres = new Address();

    @MailAddress
    @Size(max = 254)
    @Column(length = 254)
    private @Nullable String priveEmail;

    @PhoneNumber
    @Size(max = 40)
    @Column(length = 40)
    private @Nullable String priveMobiel;

    @PhoneNumber
    @Size(max = 40)
    @Column(length = 40)
    private @Nullable String priveTelefoon;

    public PersonalData() {}

    /** An independent copy (addresses included) of every {@link SyncedField}. */
    public PersonalData copy() {
        PersonalData copy = new PersonalData();
        for (SyncedField field : SyncedField.values()) {
            field.copy(this, copy);
        }
        return copy;
    }

    /** "mr. J.P. van den Berg". */
    public String fullName() {
        return fullName(titel, voorletters, tussenvoegsel, achternaam);
    }

    /** "mr. J.P. van den Berg" from its parts, any of which may be missing. */
    static String fullName(
            @Nullable String titel,
            @Nullable String voorletters,
            @Nullable String tussenvoegsel,
            @Nullable String achternaam) {
        return Stream.of(titel, voorletters, tussenvoegsel, achternaam)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** The default zoeknaam: "Berg, J.P. van den". */
    public String defaultZoeknaam() {
        String initials = Stream.of(voorletters, tussenvoegsel)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        String surname = Objects.toString(achternaam, "").strip();
        return initials.isEmpty() ? surname : surname + ", " + initials;
    }

    public @Nullable Salutation getAanhef() {
        return aanhef;
    }

    public void setAanhef(@Nullable Salutation aanhef) {
        this.aanhef = aanhef;
    }

    public @Nullable String getTitel() {
        return titel;
    }

    public void setTitel(@Nullable String titel) {
        this.titel = Input.clean(titel);
    }

    public @Nullable String getVoorletters() {
        return voorletters;
    }

    public void setVoorletters(@Nullable String voorletters) {
        this.voorletters = Input.clean(voorletters);
    }

    public @Nullable String getVoornamen() {
        return voornamen;
    }

    public void setVoornamen(@Nullable String voornamen) {
        this.voornamen = Input.clean(voornamen);
    }

    public @Nullable String getRoepnaam() {
        return roepnaam;
    }

    public void setRoepnaam(@Nullable String roepnaam) {
        this.roepnaam = Input.clean(roepnaam);
    }

    public @Nullable String getTussenvoegsel() {
        return tussenvoegsel;
    }

    public void setTussenvoegsel(@Nullable String tussenvoegsel) {
        this.tussenvoegsel = Input.clean(tussenvoegsel);
    }

    public @Nullable String getAchternaam() {
        return achternaam;
    }

    public void setAchternaam(@Nullable String achternaam) {
        this.achternaam = Input.clean(achternaam);
    }

    public @Nullable LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public void setGeboortedatum(@Nullable LocalDate geboortedatum) {
        this.geboortedatum = geboortedatum;
    }

    public Address getWoonadres() {
        if (woonadres == null) { // Hibernate leaves an all-null embeddable null
            woonadres = new Address();
        }
        return woonadres;
    }

    public void setWoonadres(Address woonadres) {
        this.woonadres = woonadres;
    }

    public boolean isCorrespondentieZelfdeAlsWoonadres() {
        return correspondentieZelfdeAlsWoonadres;
    }

    public void setCorrespondentieZelfdeAlsWoonadres(boolean zelfde) {
        this.correspondentieZelfdeAlsWoonadres = zelfde;
    }

    public Address getCorrespondentieadres() {
        if (correspondentieadres == null) {
            correspondentieadres = new Address();
        }
        return correspondentieadres;
    }

    public void setCorrespondentieadres(Address correspondentieadres) {
        this.correspondentieadres = correspondentieadres;
    }

    public @Nullable String getPriveEmail() {
        return priveEmail;
    }

    public void setPriveEmail(@Nullable String priveEmail) {
        this.priveEmail = Input.email(priveEmail);
    }

    public @Nullable String getPriveMobiel() {
        return priveMobiel;
    }

    public void setPriveMobiel(@Nullable String priveMobiel) {
        this.priveMobiel = PhoneNumbers.normalize(priveMobiel);
    }

    public @Nullable String getPriveTelefoon() {
        return priveTelefoon;
    }

    public void setPriveTelefoon(@Nullable String priveTelefoon) {
        this.priveTelefoon = PhoneNumbers.normalize(priveTelefoon);
    }

    /** Equal when every {@link SyncedField} holds the same value. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof PersonalData that)) {
            return false;
        }
        for (SyncedField field : SyncedField.values()) {
            if (!Objects.equals(field.get(this), field.get(that))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(achternaam, voorletters, geboortedatum);
    }
}
