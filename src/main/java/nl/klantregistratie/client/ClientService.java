package nl.klantregistratie.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.klantregistratie.security.Role;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The klantregistratie: search, read, create, change and delete klant-personen, klant-bedrijven and
 * contactpersonen. Every rule holds here, whatever the caller: input is validated, klantnummers
 * are assigned, concurrent changes are refused, and showing a BSN is recorded.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class ClientService {

    /** Sort property for the zoeknaam column: the normalised key, which the index serves. */
    public static final String SORT_ZOEKNAAM = "searchKey";
    public static final String SORT_KLANTNUMMER = "klantnummer";
    private static final int MAX_SEARCH_LENGTH = 200;

    private static final Map<RegistrationKind, Class<? extends Registration>> ENTITY_TYPES =
            new EnumMap<>(Map.of(RegistrationKind.PERSOON, ClientPerson.class,
                    RegistrationKind.BEDRIJF, ClientCompany.class,
                    RegistrationKind.CONTACT, ContactPerson.class));

    private final RegistrationRepository registrations;
    private final BsnRevealRepository reveals;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    ClientService(RegistrationRepository registrations, BsnRevealRepository reveals, Validator validator,
            ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.reveals = reveals;
        this.validator = validator;
        this.events = events;
    }

    /**
     * One page of registrations matching the search: the registration with that klantnummer when
     * the text is a klantnummer, otherwise those whose zoeknaam starts with the text (case and
     * accents ignored; %, _ and other characters match themselves). Two simple queries rather than
     * one with OR, so each is a range scan on its own index (see docs/benchmarks.md).
     */
    public List<RegistrationSummary> search(ClientSearch search, Pageable page) {
        if (search.kinds().isEmpty()) {
            return List.of();
        }
        Pageable sorted = withStableOrder(page);
        boolean contactsOnly = search.kinds().equals(Set.of(RegistrationKind.CONTACT));
        if (!search.hasText()) {
            return summaries(contactsOnly ? registrations.findAllContacts(sorted)
                    : registrations.findAllOf(entityTypes(search.kinds()), sorted));
        }
        String text = search.text().strip();
        if (text.length() > MAX_SEARCH_LENGTH) {
            text = text.substring(0, MAX_SEARCH_LENGTH);
        }
        long klantnummer = parseKlantnummer(text);
        if (klantnummer >= 0) {
            Optional<Registration> byNumber = registrations.findByKlantnummer(klantnummer)
                    .filter(found -> search.kinds().contains(found.getKind()));
            if (byNumber.isPresent()) {
                return page.getOffset() == 0 ? summaries(List.of(withReferences(byNumber.get()))) : List.of();
            }
        }
        String prefix = SearchKeys.prefixPattern(text);
        return summaries(contactsOnly ? registrations.searchContacts(prefix, sorted)
                : registrations.search(entityTypes(search.kinds()), prefix, sorted));
    }

    private static List<RegistrationSummary> summaries(List<? extends Registration> found) {
        return found.stream().map(RegistrationSummary::of).toList();
    }

    public Registration get(long id) {
        return registrations.findById(id).orElseThrow(() -> new RegistrationNotFoundException(id));
    }

    public ClientPerson getPerson(long id) {
        return get(id, ClientPerson.class);
    }

    public ClientCompany getCompany(long id) {
        return get(id, ClientCompany.class);
    }

    /** The contactpersoon with its klant-bedrijf loaded. */
    public ContactPerson getContact(long id) {
        return withReferences(get(id, ContactPerson.class));
    }

    /** Loads what a card shows besides the registration itself (a contactpersoon's klant-bedrijf and hoofd). */
    private static <T extends Registration> T withReferences(T registration) {
        if (registration instanceof ContactPerson contact) {
            Hibernate.initialize(contact.getCompany());
            Hibernate.initialize(contact.getHead());
        }
        return registration;
    }

    public List<ContactPerson> contactsOf(long companyId) {
        return registrations.findContactsOf(companyId);
    }

    /**
     * Creates or updates a registration. Refuses invalid input ({@link ConstraintViolationException},
     * with the field each violation concerns) and a change based on an outdated version
     * ({@link RegistrationChangedException}). Returns the saved state.
     */
    @Transactional
    public <T extends Registration> T save(T registration) {
        events.publishEvent(new RegistrationEvents.Saving(registration));
        validate(registration);
        boolean created = registration.isNew();
        if (created) {
            registration.assignKlantnummer(registrations.nextKlantnummer());
        }
        try {
            T saved = registrations.saveAndFlush(registration);
            events.publishEvent(new RegistrationEvents.Saved(saved, created));
            events.publishEvent(new RegistrationEvents.Changed(java.util.List.of(saved.getId())));
            return withReferences(saved);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RegistrationChangedException();
        }
    }

    /**
     * Deletes a registration, unless someone changed it since {@code expectedVersion} was read, or
     * others depend on it (a klant-bedrijf with contactpersonen).
     */
    @Transactional
    public void delete(long id, long expectedVersion) {
        Registration registration = get(id);
        if (registration.getVersion() != expectedVersion) {
            throw new RegistrationChangedException();
        }
        if (registration instanceof ClientCompany) {
            long contacts = registrations.countContactsOf(id);
            if (contacts > 0) {
                throw new DeletionRefusedException("company.delete.hascontacts", contacts);
            }
        }
        events.publishEvent(new RegistrationEvents.Deleting(registration));
        registrations.delete(registration);
        events.publishEvent(new RegistrationEvents.Changed(java.util.List.of(id)));
    }

    /** The BSN in full; records who saw it, when, of which klant. */
    @Transactional
    public String revealBsn(long personId) {
        ClientPerson person = getPerson(personId);
        String bsn = person.getBsn();
        if (bsn == null) {
            return "";
        }
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        reveals.save(new BsnReveal(personId, person.getKlantnummer(), username));
        return bsn;
    }

    /** Who saw the BSN of this klant-persoon in full, newest first. Applicatiebeheer only. */
    @RolesAllowed(Role.SUPPORT_NAME)
    public List<BsnReveal> bsnReveals(long personId) {
        return reveals.findByRegistrationIdOrderByRevealedAtDesc(personId);
    }

    /**
     * Validates without saving, after deriving what follows from the input (zoeknaam, empty
     * correspondentieadres when it is the woonadres); the same check {@link #save} makes.
     */
    public <T extends Registration> void validate(T registration) {
        prepare(registration);
        registration.deriveFields();
        Set<ConstraintViolation<T>> violations = validator.validate(registration);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static void prepare(Registration registration) {
        if (registration instanceof PersonRegistration person) {
            PersonalData personal = person.getPersonal();
            if (personal.isCorrespondentieZelfdeAlsWoonadres()) {
                personal.setCorrespondentieadres(new Address());
            }
        }
        if (registration instanceof ClientCompany company && company.isPostadresZelfdeAlsVestigingsadres()) {
            company.setPostadres(new Address());
        }
    }

    private <T extends Registration> T get(long id, Class<T> type) {
        Registration registration = get(id);
        if (!type.isInstance(registration)) {
            throw new RegistrationNotFoundException(id);
        }
        return type.cast(registration);
    }

    private static long parseKlantnummer(String text) {
        return text.matches("[0-9]{1,18}") ? Long.parseLong(text) : -1;
    }

    private static List<Class<? extends Registration>> entityTypes(Set<RegistrationKind> kinds) {
        List<Class<? extends Registration>> types = new ArrayList<>();
        kinds.forEach(kind -> types.add(ENTITY_TYPES.get(kind)));
        return types;
    }

    /** Adds the id as last sort key, so pages never overlap or skip rows with equal zoeknaam. */
    private static Pageable withStableOrder(Pageable page) {
        Sort sort = page.getSort().isSorted() ? page.getSort() : Sort.by(SORT_ZOEKNAAM);
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), sort.and(Sort.by("id")));
    }
}
