package nl.klantregistratie.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationEvents;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.security.Principals;
import nl.klantregistratie.security.Role;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client-Online portal access (docs/domain.md R15) and the API keys of the portal.
 *
 * <p>A person's access is the set of klanten where one of its registrations is registered: the
 * hoofd itself when it is a klant-persoon, and the klant-bedrijf of every registration of the
 * person (the hoofd when it is a contactpersoon, and each volger) whose "toegang Client-Online" is
 * set. It is computed from the registry on every call, so a link, an unlink or a changed flag
 * counts at once. Staff see it on the hoofd's card; the portal reads it over the API (role
 * {@value #PORTAL_ROLE}, given to a request with a valid API key), and never gets the BSN or other
 * people's private data. API keys are made and revoked by applicatiebeheer (SUPPORT), both recorded in
 * the audit log with the key's name and prefix (never the key).
 */
@Service
@Transactional(readOnly = true)
public class PortalService {

    /** The role of a request authenticated with an API key; no staff member has it. */
    public static final String PORTAL_ROLE = "PORTAL";

    private final PortalRegistrations registrations;
    private final ApiKeyRepository keys;
    private final ApiCallRepository calls;
    private final ApiKeys apiKeys;
    private final RefusedCalls refused;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    PortalService(
            PortalRegistrations registrations,
            ApiKeyRepository keys,
            ApiCallRepository calls,
            ApiKeys apiKeys,
            RefusedCalls refused,
            Validator validator,
            ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.keys = keys;
        this.calls = calls;
        this.apiKeys = apiKeys;
        this.refused = refused;
        this.validator = validator;
        this.events = events;
    }

    /**
     * Removes the call log and the counts of refused calls from before the cut-off (retention, for the
     * retention job); returns how many calls were removed.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public int removeCallsBefore(Instant cutoff) {
        refused.removeBefore(cutoff.atZone(OfficeTime.ZONE).toLocalDate());
        return calls.deleteCalledBefore(cutoff);
    }

    /**
     * The klanten the person led by this registration can reach, with the registration that grants
     * each. A volger has no access of its own: its hoofd's card and lookup show it.
     */
    @RolesAllowed({Role.MEDEWERKER_NAME, PORTAL_ROLE})
    public List<PortalAccess> accessOf(long registrationId) {
        return person(registrationId).access();
    }

    /** What a merge moves of the portal: the record of a call that read the merged person's access. */
    public static final String MOVED_CALL = "PORTAL_CALL";

    @EventListener
    void onMerging(RegistrationEvents.Merging event) {
        for (Registration merged : event.merged()) {
            List<Long> ids = calls.findIdsAbout(merged.getId());
            ids.forEach(id -> event.moved(MOVED_CALL, id, merged.getId()));
            if (!ids.isEmpty()) {
                calls.moveTo(ids, event.survivor().getId());
            }
        }
    }

    @EventListener
    void onUnmerging(RegistrationEvents.Unmerging event) {
        if (event.stage() != RegistrationEvents.Unmerging.Stage.REST) {
            return;
        }
        event.of(MOVED_CALL).forEach(move -> calls.moveTo(List.of(move.itemId()), move.fromId()));
    }

    /** The person led by this registration (a hoofd, or a person registration that is no volger). */
    @RolesAllowed({Role.MEDEWERKER_NAME, PORTAL_ROLE})
    public PortalPerson person(long headId) {
        PersonRegistration head = registrations
                .findPerson(headId)
                .map(found -> (PersonRegistration) Hibernate.unproxy(found))
                .orElseThrow(() -> new PortalRefusedException("portal.person.notfound", false));
        if (head.isMerged()) {
            // Samenvoegen: the person's access moved to the registration it was merged into, which
            // the answer names, so the portal can keep that id instead.
            return person(head.getMergedIntoId());
        }
        if (head.isAnonymised() || (head instanceof ContactPerson contact && contact.getHead() != null)) {
            // An anonymised person has no portal access left; a volger's is its hoofd's.
            throw new PortalRefusedException("portal.person.notfound", false);
        }
        List<PortalAccess> access = new ArrayList<>();
        if (head instanceof ClientPerson person) {
            access.add(new PortalAccess(
                    person.getId(),
                    person.getKlantnummer(),
                    person.getDisplayName(),
                    RegistrationKind.PERSOON,
                    person.getId(),
                    person.getKlantnummer(),
                    PortalAccess.Grant.KLANT_PERSOON));
        }
        if (head instanceof ContactPerson contact && contact.getBusiness().isToegangClientOnline()) {
            access.add(companyAccess(contact));
        }
        registrations.findFollowersWithPortalAccess(headId).forEach(follower -> access.add(companyAccess(follower)));
        return new PortalPerson(headId, access);
    }

    private static PortalAccess companyAccess(ContactPerson contact) {
        ClientCompany company = (ClientCompany) Hibernate.unproxy(contact.getCompany());
        return new PortalAccess(
                company.getId(),
                company.getKlantnummer(),
                company.getDisplayName(),
                RegistrationKind.BEDRIJF,
                contact.getId(),
                contact.getKlantnummer(),
                PortalAccess.Grant.CLIENT_ONLINE);
    }

    /**
     * The person whose portal e-mail this is (docs/decisions/0011): the zakelijk e-mail of a
     * contactpersoon with "toegang Client-Online", or the privé e-mail of a klant-persoon; case does
     * not matter. Refused when no person or more than one person has it.
     */
    @RolesAllowed({Role.MEDEWERKER_NAME, PORTAL_ROLE})
    public PortalPerson personByPortalEmail(String email) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        Set<Long> heads = new LinkedHashSet<>();
        for (ContactPerson contact : registrations.findPortalContacts(normalized)) {
            heads.add(
                    contact.getHead() == null
                            ? contact.getId()
                            : contact.getHead().getId());
        }
        registrations.findPersonsByPriveEmail(normalized).forEach(person -> heads.add(person.getId()));
        if (heads.isEmpty()) {
            throw new PortalRefusedException("portal.person.notfound", false);
        }
        if (heads.size() > 1) {
            throw new PortalRefusedException("portal.person.ambiguous", true);
        }
        return person(heads.iterator().next());
    }

    // --- API keys (applicatiebeheer) ------------------------------------------------------------

    @RolesAllowed(Role.SUPPORT_NAME)
    public List<ApiKey> apiKeys() {
        return keys.findAllByOrderByCreatedAtDescIdDesc();
    }

    /**
     * Makes a key; the result holds the key itself, to be shown once. Only its hash is stored. With an
     * expiry date (not before today) the key works up to and including that day, Dutch time.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public NewApiKey createApiKey(String name, @Nullable LocalDate expiryDate) {
        String key = apiKeys.generate();
        ApiKey apiKey =
                new ApiKey(name, ApiKeys.shownPrefix(key), ApiKeys.hash(key), Principals.currentUsername(), expiryDate);
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>(validator.validate(apiKey));
        violations.addAll(validator.validate(new Expiry(expiryDate)));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ApiKey saved = keys.saveAndFlush(apiKey);
        events.publishEvent(new AuditEvent(
                AuditEvent.Type.API_KEY_CREATED,
                saved.getName(),
                auditDetail(saved) + (expiryDate == null ? "" : ", werkt t/m " + OfficeTime.formatDate(expiryDate))));
        return new NewApiKey(saved, key);
    }

    /** The expiry date asked for a new key; the key itself keeps the moment it stops working. */
    private record Expiry(
            @NotInThePast(message = "{portal.keys.expiry.past}") @Nullable
            LocalDate expiryDate) {}

    /**
     * Revokes the key at once: the next call with it gets 401. An update of the revoke columns only,
     * so no call in flight with the key can undo it; revoking again keeps the first revoke.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public ApiKey revokeApiKey(long id) {
        boolean revokedNow = keys.revoke(id, Instant.now(), Principals.currentUsername()) > 0;
        ApiKey key = keys.findById(id).orElseThrow(() -> new PortalRefusedException("portal.key.notfound", false));
        if (revokedNow) {
            events.publishEvent(new AuditEvent(AuditEvent.Type.API_KEY_REVOKED, key.getName(), auditDetail(key)));
        }
        return key;
    }

    /** How the audit log names a key besides its name: the prefix shown in the list, never the key. */
    private static String auditDetail(ApiKey key) {
        return "sleutel " + key.getKeyPrefix() + "…";
    }

    /** The calls of the API made with a valid key, newest first, a page at a time. */
    @RolesAllowed(Role.SUPPORT_NAME)
    public List<ApiCall> calls(Pageable page) {
        return calls.findAllByOrderByCalledAtDescIdDesc(page);
    }

    /** The calls refused for want of a valid key (401), which are counted rather than recorded one by one. */
    @RolesAllowed(Role.SUPPORT_NAME)
    public RefusedCallCounts unauthorizedCalls() {
        return refusedCounts(HttpStatus.UNAUTHORIZED.value());
    }

    /** The calls refused because their key was over its rate limit (429), counted like those without a key. */
    @RolesAllowed(Role.SUPPORT_NAME)
    public RefusedCallCounts rateLimitedCalls() {
        return refusedCounts(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    private RefusedCallCounts refusedCounts(int status) {
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        return new RefusedCallCounts(
                refused.total(status, today, today), refused.total(status, today.minusDays(6), today));
    }

    /**
     * "Naam (klantnummer)" of the persons these calls read, by hoofd id, for the list of calls; a
     * person deleted since is missing.
     */
    @RolesAllowed(Role.SUPPORT_NAME)
    public Map<Long, String> personsRead(List<ApiCall> shown) {
        Set<Long> ids = new HashSet<>();
        shown.forEach(call -> {
            if (call.getHeadId() != null) {
                ids.add(call.getHeadId());
            }
        });
        Map<Long, String> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            registrations.findPersons(ids).forEach(person -> labels.put(person.getId(), person.getLabel()));
        }
        return labels;
    }
}
