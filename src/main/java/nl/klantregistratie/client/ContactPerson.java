package nl.klantregistratie.client;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** Contactpersoon: a person registered at exactly one klant-bedrijf, with business data for it. */
@Entity
@Audited
@DiscriminatorValue(RegistrationKind.CONTACT_VALUE)
public class ContactPerson extends PersonRegistration {

    @NotNull(message = "{validation.company}")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private @Nullable ClientCompany company;

    @Valid
    @Embedded
    private BusinessContactData business = new BusinessContactData();

    /** The hoofd whose privé gegevens this contactpersoon follows (docs/domain.md "koppeling"), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    private @Nullable PersonRegistration head;

    protected ContactPerson() {}

    public ContactPerson(ClientCompany company) {
        this.company = company;
    }

    @Override
    public RegistrationKind getKind() {
        return RegistrationKind.CONTACT;
    }

    /** Only when its klant-bedrijf is merged into another (and back, when that is undone). */
    void moveTo(ClientCompany company) {
        this.company = company;
    }

    public @Nullable ClientCompany getCompany() {
        return company;
    }

    public @Nullable PersonRegistration getHead() {
        return head;
    }

    /**
     * Makes this contactpersoon follow the hoofd, or ends the link (null). Only the link service
     * calls this; the registry service refuses a save that changes it.
     */
    public void setHead(@Nullable PersonRegistration head) {
        this.head = head;
    }

    /** Also the bedrijfsgegevens: a person's work e-mail and numbers identify them too; no portal access. */
    @Override
    void anonymise(String by, Instant when) {
        super.anonymise(by, when);
        business = new BusinessContactData();
    }

    public BusinessContactData getBusiness() {
        if (business == null) {
            business = new BusinessContactData();
        }
        return business;
    }

    public void setBusiness(BusinessContactData business) {
        this.business = business;
    }
}
