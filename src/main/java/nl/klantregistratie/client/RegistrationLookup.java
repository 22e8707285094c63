package nl.klantregistratie.client;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds registrations by what identifies them, for the import's matching (docs/decisions/0019): by
 * klantnummer, BSN, KvK-nummer, exact company name, birth date and privé e-mail. Each is one indexed
 * query; the registrations come back managed, to be changed and saved through {@link ClientService}.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class RegistrationLookup {

    private final RegistrationRepository registrations;

    RegistrationLookup(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /**
     * The next page of registrations of a kind by klantnummer, after {@code afterKlantnummer} (0 for the
     * first): for an export that reads them all a page at a time. Without anonymised person records.
     */
    public List<Registration> pageAfter(RegistrationKind kind, long afterKlantnummer, int size) {
        PageRequest page = PageRequest.ofSize(size);
        return switch (kind) {
            case PERSOON -> registrations.findPersonsAfter(afterKlantnummer, page);
            case BEDRIJF -> registrations.findCompaniesAfter(afterKlantnummer, page);
            case CONTACT -> registrations.findContactsAfter(afterKlantnummer, page);
        };
    }

    /** The version of a registration as committed, or empty when it no longer exists. */
    public Optional<Long> versionOf(long id) {
        return registrations.findVersionById(id);
    }

    /** The kind of a registration, or empty when it no longer exists. */
    public Optional<RegistrationKind> kindOf(long id) {
        return registrations.findById(id).map(Registration::getKind);
    }

    public Optional<Registration> byKlantnummer(long klantnummer) {
        return registrations.findByKlantnummer(klantnummer);
    }

    /** Klant-personen with this BSN (normally one; written as typed, with or without a leading zero). */
    public List<ClientPerson> personsWithBsn(String bsn) {
        return registrations.findPersonsByBsn(DutchNumbers.normalizeBsn(bsn.strip()));
    }

    public List<ClientCompany> companiesWithKvk(String kvkNummer) {
        return registrations.findCompaniesByKvk(kvkNummer.strip());
    }

    /** Klant-bedrijven whose zoeknaam is this name, case, accents and spacing ignored. */
    public List<ClientCompany> companiesNamed(String name) {
        return registrations.findCompaniesBySearchKey(SearchKeys.normalize(name));
    }

    /** Klant-personen and contactpersonen born on that day. */
    public List<PersonRegistration> personsBornOn(LocalDate born) {
        return registrations.findPersonsBornOn(born);
    }

    /** Klant-personen and contactpersonen with this privé e-mail address (stored in lower case). */
    public List<PersonRegistration> personsWithPriveEmail(String email) {
        String stored = Input.email(email);
        return stored == null ? List.of() : registrations.findPersonsByPriveEmail(stored);
    }
}
