package nl.klantregistratie.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A registration of a person: klant-persoon or contactpersoon. Holds the privé gegevens. */
@Entity
@Audited
public abstract class PersonRegistration extends Registration {

    @Valid
    @Embedded
    private PersonalData personal = new PersonalData();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private EmailPreference emailvoorkeur = EmailPreference.ZAKELIJK;

    public PersonalData getPersonal() {
        if (personal == null) {
            personal = new PersonalData();
        }
        return personal;
    }

    public void setPersonal(PersonalData personal) {
        this.personal = personal;
    }

    /**
     * Replaces the privé gegevens (as a hoofd passes them on) and lets the zoeknaam follow the new
     * name unless a user typed it.
     */
    public void replacePersonal(PersonalData data) {
        this.personal = data;
        deriveFields();
    }

    /** The name an anonymised person registration keeps: nothing that points to the person. */
    public static final String ANONYMISED_NAME = "Geanonimiseerd";

    @Override
    void anonymise(String by, Instant when) {
        super.anonymise(by, when);
        PersonalData blank = new PersonalData();
        blank.setAchternaam(ANONYMISED_NAME);
        replacePersonal(blank);
        emailvoorkeur = EmailPreference.ZAKELIJK;
    }

    public EmailPreference getEmailvoorkeur() {
        return emailvoorkeur;
    }

    public void setEmailvoorkeur(EmailPreference emailvoorkeur) {
        this.emailvoorkeur = emailvoorkeur;
    }

    @Override
    public String getDisplayName() {
        return getPersonal().fullName();
    }

    @Override
    public String defaultZoeknaam() {
        return getPersonal().defaultZoeknaam();
    }

    @Override
    public @Nullable String getPlaats() {
        return getPersonal().getWoonadres().getPlaats();
    }
}
