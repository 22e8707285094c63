package nl.klantregistratie.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.security.Principals;
import nl.klantregistratie.security.Role;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    /** The largest klantnummer kept from another system: ten digits. */
    public static final long MAX_KLANTNUMMER = 9_999_999_999L;

    private static final int MAX_SEARCH_LENGTH = 200;

    private final RegistrationRepository registrations;
    private final RegistrationSearch searches;
    private final BsnRevealRepository reveals;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    ClientService(
            RegistrationRepository registrations,
            RegistrationSearch searches,
            BsnRevealRepository reveals,
            Validator validator,
            ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.searches = searches;
        this.reveals = reveals;
        this.validator = validator;
        this.events = events;
    }

    /**
     * One page of registrations matching the search: the registration with that klantnummer when
     * the text is a klantnummer, else those whose klantnummer starts with those digits (by
     * klantnummer), otherwise those whose zoeknaam starts with the text (case and
     * accents ignored; %, _ and other characters match themselves). Two simple queries rather than
     * one with OR, so each is a range scan on its own index (see docs/benchmarks.md).
     */
    // Reads only, at most two statements, each consistent on its own: no transaction of its own needed.
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<RegistrationSummary> search(ClientSearch search, Pageable page) {
        Set<RegistrationKind> kinds = search.kinds();
        if (kinds.isEmpty()) {
            return List.of();
        }
        Pageable sorted = withStableOrder(page);
        if (!search.hasText()) {
            return searches.find(null, kinds, search.link(), sorted);
        }
        String text = search.text().strip();
        if (text.length() > MAX_SEARCH_LENGTH) {
            text = text.substring(0, MAX_SEARCH_LENGTH);
        }
        long klantnummer = parseKlantnummer(text);
        if (klantnummer >= 0) {
            List<RegistrationSummary> byNumber = searches.byKlantnummer(klantnummer, kinds, search.link());
            if (byNumber.isEmpty()) {
                // the klantnummer of a merged registration finds the one it was merged into
                byNumber = mergedKlantnummer(search).map(List::of).orElse(List.of());
            }
            if (!byNumber.isEmpty()) {
                return page.getOffset() == 0 ? byNumber : List.of();
            }
            // the first digits of a klantnummer, as staff type them: every page of the same search
            // asks the same question (is there a klantnummer with these first digits?)
            if (text.length() < 10
                    && text.charAt(0) != '0'
                    && !searches.byKlantnummerPrefix(text, kinds, search.link(), PageRequest.of(0, 1))
                            .isEmpty()) {
                return searches.byKlantnummerPrefix(text, kinds, search.link(), page);
            }
        }
        return searches.find(SearchKeys.prefixPattern(text), kinds, search.link(), sorted);
    }

    /**
     * The registration a klantnummer's registration was merged into (Samenvoegen), following a
     * survivor that was itself merged later; empty when that klantnummer was not merged.
     */
    public Optional<Long> survivorOf(long klantnummer) {
        Optional<Long> survivor = registrations.findMergedIntoId(klantnummer);
        for (int step = 0; step < MAX_MERGE_STEPS && survivor.isPresent(); step++) {
            Optional<Long> further = registrations.findById(survivor.get()).map(Registration::getMergedIntoId);
            if (further.isEmpty()) {
                return survivor;
            }
            survivor = further;
        }
        return survivor;
    }

    /**
     * When the search text is the klantnummer of a merged registration: the registration it was merged
     * into, as the search lists it (of the kinds searched for); otherwise empty.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<RegistrationSummary> mergedKlantnummer(ClientSearch search) {
        long klantnummer = search.hasText() ? parseKlantnummer(search.text().strip()) : -1;
        if (klantnummer < 0) {
            return Optional.empty();
        }
        return survivorOf(klantnummer)
                .flatMap(survivor -> searches.byId(survivor, search.kinds(), search.link()).stream()
                        .findFirst());
    }

    /** A survivor merged into another, and so on: never more steps than this (a guard, not a limit users meet). */
    private static final int MAX_MERGE_STEPS = 100;

    public boolean exists(long id) {
        return registrations.existsById(id);
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
        check(registration);
        boolean created = registration.isNew();
        if (created) {
            registration.assignKlantnummer(nextFreeKlantnummer());
        }
        String bsnBefore =
                created ? "" : registrations.findMaskedBsn(registration.getId()).orElse("");
        try {
            T saved = registrations.saveAndFlush(registration);
            if (saved instanceof ClientPerson person && !bsnBefore.equals(person.getMaskedBsn())) {
                // Who changed or cleared whose BSN: for the audit trail, masked (the history has it too).
                events.publishEvent(new AuditEvent(
                        AuditEvent.Type.BSN_CHANGED,
                        auditSubject(person),
                        (bsnBefore.isEmpty() ? "–" : bsnBefore) + " → "
                                + (person.hasBsn() ? person.getMaskedBsn() : "–")));
            }
            events.publishEvent(new RegistrationEvents.Saved(saved, created));
            events.publishEvent(new RegistrationEvents.Changed(List.of(saved.getId())));
            return withReferences(saved);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RegistrationChangedException();
        }
    }

    /**
     * Everything {@link #save} asks of a registration before it writes, without writing: the rules of
     * other features (a volger's synced fields, R5), the validation of every field, a kept klantnummer
     * that is free. Throws what save would throw. The import's "Controleren" uses it, so a check and a
     * save can never disagree.
     */
    @Transactional(readOnly = true)
    public <T extends Registration> void check(T registration) {
        refuseIfRecordOnly(registration);
        events.publishEvent(new RegistrationEvents.Saving(registration));
        validate(registration);
        Long kept = registration.getKlantnummer();
        if (registration.isNew() && kept != null) {
            if (kept < 1 || kept > MAX_KLANTNUMMER) {
                throw new KlantnummerRefusedException("klantnummer.range", MAX_KLANTNUMMER);
            }
            if (registrations.existsByKlantnummer(kept)) {
                throw new KlantnummerRefusedException("klantnummer.inuse", kept);
            }
        }
    }

    /** An anonymised or merged registration is a record only: it is not changed or deleted. */
    private void refuseIfRecordOnly(Registration registration) {
        if (registration.isMerged()) {
            throw new MergeRefusedException("merge.readonly"); // only Samenvoegen makes a record, never a save
        }
        if (registration.isNew()) {
            return;
        }
        if (registrations.isAnonymised(registration.getId())) {
            throw new AnonymisationRefusedException("anonymise.readonly");
        }
        if (registrations.isMerged(registration.getId())) {
            throw new MergeRefusedException("merge.readonly");
        }
    }

    /** What a merge moves of a klant-bedrijf: its contactpersonen, to the surviving klant-bedrijf. */
    public static final String MOVED_CONTACT = "CONTACT";

    @EventListener
    void onMerging(RegistrationEvents.Merging event) {
        if (!(event.survivor() instanceof ClientCompany survivor)) {
            return;
        }
        for (Registration merged : event.merged()) {
            // the records of contactpersonen merged earlier move too: they stay with their survivor
            for (ContactPerson contact : registrations.findContactsAndRecordsOf(merged.getId())) {
                contact.moveTo(survivor);
                event.movedRegistration(MOVED_CONTACT, contact.getId(), merged.getId());
            }
        }
    }

    @EventListener
    void onUnmerging(RegistrationEvents.Unmerging event) {
        if (event.stage() != RegistrationEvents.Unmerging.Stage.REST) {
            return;
        }
        for (RegistrationEvents.MergeMove move : event.of(MOVED_CONTACT)) {
            ContactPerson contact = get(move.itemId(), ContactPerson.class);
            contact.moveTo(getCompany(move.fromId()));
        }
    }

    /** The next number of the sequence that no registration has: one kept from an import is skipped. */
    private long nextFreeKlantnummer() {
        long next = registrations.nextKlantnummer();
        while (registrations.existsByKlantnummer(next)) {
            next = registrations.nextKlantnummer();
        }
        return next;
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
        refuseIfRecordOnly(registration);
        refuseDeletionIfKept(registration);
        removeRecordsIn(registration);
        registrations.delete(registration);
        events.publishEvent(new RegistrationEvents.Changed(List.of(id)));
    }

    /**
     * Removes the record of a merged registration once its merge can no longer be undone (the
     * retention job, M7), with the records merged into it in turn. Support only.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public void removeMergedRecord(long id) {
        Registration record = get(id);
        if (!record.isMerged()) {
            throw new IllegalStateException("Not a merged record: " + record);
        }
        removeRecordsIn(record);
        registrations.delete(record);
    }

    /**
     * The merged records kept in a registration (M6), and the records of merged contactpersonen at a
     * klant-bedrijf: they go with it (a merge that can still be undone refuses the deletion first).
     */
    private void removeRecordsIn(Registration registration) {
        List<Registration> records = new ArrayList<>(registrations.findMergedInto(registration.getId()));
        if (registration instanceof ClientCompany) {
            registrations.findContactsAndRecordsOf(registration.getId()).stream()
                    .filter(Registration::isMerged)
                    .filter(contact -> !records.contains(contact))
                    .forEach(records::add);
        }
        for (Registration record : records) {
            removeRecordsIn(record);
            registrations.delete(record);
        }
    }

    /**
     * Whether this registration may be deleted, asked before the user confirms: throws the refusal
     * {@link #delete} would (a klant-bedrijf with contactpersonen, a hoofd of volgers, R14), so the
     * user hears it at once, with the count, instead of after confirming.
     */
    @Transactional(readOnly = true)
    public void checkDeletable(long id) {
        refuseDeletionIfKept(get(id));
    }

    private void refuseDeletionIfKept(Registration registration) {
        if (registration instanceof ClientCompany) {
            long contacts = registrations.countContactsOf(registration.getId());
            if (contacts > 0) {
                throw new DeletionRefusedException("company.delete.hascontacts", contacts);
            }
        }
        events.publishEvent(new RegistrationEvents.Deleting(registration));
    }

    /**
     * Erases a person's private data (AVG, docs/decisions/0018): privé gegevens, BSN, e-mail
     * addresses and numbers, bedrijfsgegevens and notities, here and — through
     * {@link RegistrationEvents.Anonymised} — in the history and the correspondence; portal access
     * ends. The registration stays with its klantnummer as a record of who anonymised it and when,
     * and can no longer be changed. Refused, with the reason, for a klant-bedrijf, without the
     * confirmation that no retention under the Wwft applies (the business relationship ended more
     * than five years ago, or there was none), and where another feature's rules keep the data (a
     * hoofd of volgers, a volger, correspondence within its retention period). Applicatiebeheer only.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public Registration anonymise(long id, long expectedVersion, boolean noRetentionUnderTheWwft) {
        // Locked first, before anything is read: a colleague's link to it is then either committed and
        // counted by the rules below, or waits for this (and is refused: an anonymised hoofd leads no one).
        Registration registration =
                registrations.findLockedById(id).orElseThrow(() -> new RegistrationNotFoundException(id));
        if (registration.getVersion() != expectedVersion) {
            throw new RegistrationChangedException();
        }
        if (!noRetentionUnderTheWwft) {
            throw new AnonymisationRefusedException("anonymise.wwft");
        }
        refuseAnonymisationIfKept(registration);
        registration.anonymise(Principals.currentUsername(), Instant.now());
        Registration saved;
        try {
            saved = registrations.saveAndFlush(registration);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RegistrationChangedException();
        }
        events.publishEvent(new RegistrationEvents.Anonymised(saved));
        events.publishEvent(new AuditEvent(
                AuditEvent.Type.ANONYMISED,
                auditSubject(saved),
                saved instanceof ContactPerson ? "contactpersoon" : "klant-persoon"));
        events.publishEvent(new RegistrationEvents.Changed(List.of(id)));
        return withReferences(saved);
    }

    /**
     * Whether this registration may be anonymised, asked before the user confirms: throws the same
     * refusal {@link #anonymise} would (a klant-bedrijf, already anonymised, a hoofd of volgers, a
     * volger, correspondence within its retention period), except the Wwft confirmation the user
     * still has to give.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.SUPPORT_NAME)
    public void checkAnonymisable(long id) {
        refuseAnonymisationIfKept(get(id));
    }

    private void refuseAnonymisationIfKept(Registration registration) {
        if (!(registration instanceof PersonRegistration)) {
            throw new AnonymisationRefusedException("anonymise.notperson");
        }
        if (registration.isAnonymised()) {
            throw new AnonymisationRefusedException("anonymise.already");
        }
        if (registration.isMerged()) {
            throw new MergeRefusedException("merge.readonly");
        }
        events.publishEvent(new RegistrationEvents.Anonymising(registration));
    }

    /** The BSN in full; records who saw it, when, of which klant (also in the audit log, never the BSN itself). */
    @Transactional
    public String revealBsn(long personId) {
        ClientPerson person = getPerson(personId);
        String bsn = person.getBsn();
        if (bsn == null) {
            return "";
        }
        String username = Principals.currentUsername();
        reveals.save(new BsnReveal(personId, person.getKlantnummer(), username));
        events.publishEvent(new AuditEvent(AuditEvent.Type.BSN_REVEALED, auditSubject(person), null));
        return bsn;
    }

    /**
     * The times a BSN was shown in full, newest first, by user, klantnummer and period (office days),
     * one page of them. Applicatiebeheer only.
     */
    @RolesAllowed(Role.SUPPORT_NAME)
    public List<BsnRevealRow> bsnReveals(BsnRevealQuery query, Pageable page) {
        List<BsnReveal> found = reveals.findAll(BsnReveals.matching(query), withNewestFirst(page))
                .getContent();
        Map<Long, Registration> registrations = new HashMap<>();
        this.registrations
                .findAllById(found.stream()
                        .map(BsnReveal::getRegistrationId)
                        .distinct()
                        .toList())
                .forEach(registration -> registrations.put(registration.getId(), registration));
        return found.stream()
                .map(reveal -> {
                    Registration registration = registrations.get(reveal.getRegistrationId());
                    return new BsnRevealRow(
                            reveal.getRevealedAt(),
                            reveal.getUsername(),
                            reveal.getRegistrationId(),
                            reveal.getKlantnummer(),
                            registration == null ? "" : registration.getDisplayName(),
                            registration != null);
                })
                .toList();
    }

    /** Removes the records of BSNs shown before the cut-off (security log retention); returns how many. */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public int removeBsnRevealsBefore(Instant cutoff) {
        return reveals.deleteByRevealedAtBefore(cutoff);
    }

    private static Pageable withNewestFirst(Pageable page) {
        return PageRequest.of(
                page.getPageNumber(),
                page.getPageSize(),
                Sort.by(Sort.Order.desc("revealedAt"), Sort.Order.desc("id")));
    }

    /**
     * Validates, after deriving what follows from the input (zoeknaam, empty correspondentieadres
     * when it is the woonadres).
     */
    private <T extends Registration> void validate(T registration) {
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

    /**
     * Adds the id as last sort key, so pages never overlap or skip rows with equal zoeknaam. Not
     * after the klantnummer, which is unique already: there the extra key would keep the database
     * from reading the klantnummer index in order (a sort of every row instead).
     */
    private static Pageable withStableOrder(Pageable page) {
        Sort sort = page.getSort().isSorted() ? page.getSort() : Sort.by(SORT_ZOEKNAAM);
        boolean unique = sort.stream().anyMatch(order -> order.getProperty().equals(SORT_KLANTNUMMER));
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), unique ? sort : sort.and(Sort.by("id")));
    }

    /** A klant in the audit log: by number only, never the name, for the log outlives an anonymisation. */
    private static String auditSubject(Registration registration) {
        return "klantnummer " + registration.getKlantnummer();
    }
}
