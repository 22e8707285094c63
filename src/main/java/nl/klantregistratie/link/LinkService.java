package nl.klantregistratie.link;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.MergeRefusedException;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationEvents;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationNotFoundException;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.security.Role;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Koppelen aan hoofd(contact)persoon": a contactpersoon (volger) follows the privé gegevens of one
 * hoofd (docs/domain.md R1–R14). Linking copies the hoofd's data in at once, every change of a hoofd
 * reaches its volgers in the same transaction, a volger's synced fields cannot be changed, a hoofd
 * with volgers cannot be deleted, and only support staff end links or move volgers. The rules hold
 * for every caller: the registry's own saves and deletes pass through the listeners below.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class LinkService {

    private static final int CANDIDATES_PER_KIND = 20;

    private final FollowerRepository followers;
    private final ClientService clients;
    private final FollowerPropagation propagation;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    LinkService(
            FollowerRepository followers,
            FollowerPropagation propagation,
            ClientService clients,
            ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.followers = followers;
        this.propagation = propagation;
        this.clients = clients;
        this.events = events;
        this.entityManager = entityManager;
    }

    /** Whether the registration is hoofd, volger or neither. */
    public LinkState state(long registrationId) {
        Registration registration = clients.get(registrationId);
        if (registration instanceof ContactPerson contact && contact.getHead() != null) {
            return new LinkState(LinkState.Kind.FOLLOWER, 0);
        }
        long count = followers.countFollowers(registrationId);
        return count > 0 ? new LinkState(LinkState.Kind.HEAD, count) : new LinkState(LinkState.Kind.NONE, 0);
    }

    /** The volgers of a hoofd, with their klant-bedrijf, by zoeknaam. */
    public List<ContactPerson> followersOf(long headId) {
        return followers.findFollowers(headId);
    }

    /**
     * Registrations that can be hoofd, for the link dialog: klant-personen first, then
     * contactpersonen (with their company); each says whether it is hoofd already.
     */
    public List<HeadCandidate> findHeadCandidates(@Nullable String text) {
        PageRequest page = PageRequest.of(0, CANDIDATES_PER_KIND, Sort.by(ClientService.SORT_ZOEKNAAM));
        List<RegistrationSummary> found =
                new ArrayList<>(clients.search(new ClientSearch(text, EnumSet.of(RegistrationKind.PERSOON)), page));
        found.addAll(clients.search(ClientSearch.contactpersonen(text), page));
        Map<Long, Long> counts = new HashMap<>();
        if (!found.isEmpty()) {
            followers
                    .countFollowers(found.stream().map(RegistrationSummary::id).toList())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return found.stream()
                .map(s -> new HeadCandidate(
                        s.id(), s.klantnummer(), s.naam(), s.kind(), s.bedrijf(), counts.getOrDefault(s.id(), 0L)))
                .toList();
    }

    /**
     * The klant-persoon that looks like the same person as this contactpersoon, to offer as hoofd
     * instead (docs/domain.md R2), if there is one.
     */
    public Optional<HeadCandidate> klantPersoonLike(long contactId) {
        if (!(clients.get(contactId) instanceof ContactPerson contact)) {
            return Optional.empty();
        }
        return Optional.ofNullable(lookalike(contact.getPersonal()))
                .map(person -> new HeadCandidate(
                        person.getId(),
                        person.getKlantnummer(),
                        person.getDisplayName(),
                        RegistrationKind.PERSOON,
                        null,
                        followers.countFollowers(person.getId())));
    }

    /** What {@link #link} would do; refuses as {@link #link} would. */
    public LinkPreview preview(long followerId, long headId) {
        ContactPerson follower = contact(followerId);
        PersonRegistration head = checkLink(follower, headId);
        List<HistoryEntry.FieldChange> changes = SyncedData.differences(follower.getPersonal(), SyncedData.of(head));
        ClientPerson suggestion = head instanceof ContactPerson ? lookalike(head.getPersonal()) : null;
        return new LinkPreview(
                follower,
                head,
                changes,
                head instanceof ContactPerson,
                suggestion,
                followers.findFollowers(followerId));
    }

    /**
     * Links the contactpersoon to the hoofd: its privé gegevens are replaced by the hoofd's (R4); if
     * it was itself hoofd, its volgers move to the new hoofd in the same step (R3).
     */
    @Transactional
    public ContactPerson link(long followerId, long expectedVersion, long headId) {
        ContactPerson follower = contact(followerId);
        lockLatest(follower, clients.get(headId));
        checkVersion(follower, expectedVersion);
        PersonRegistration head = checkLink(follower, headId);
        List<Long> changed = new ArrayList<>(List.of(followerId, headId));
        for (ContactPerson moving : followers.lockFollowers(followerId)) {
            follow(moving, head);
            changed.add(moving.getId());
        }
        follow(follower, head);
        flush();
        events.publishEvent(new RegistrationEvents.Changed(changed));
        return follower;
    }

    /**
     * Makes a new, unsaved contactpersoon follow the hoofd (R7): sets the link and takes the privé
     * gegevens from the hoofd, for a create form that saves it later through the registry (which
     * takes them again from the hoofd as it is at that moment). Refuses a
     * hoofd that the rules do not allow.
     */
    public void prepareLinked(ContactPerson draft, long headId) {
        if (!draft.isNew()) {
            throw new LinkRefusedException("link.create.notnew");
        }
        PersonRegistration head = checkHead(headId, null);
        draft.setHead(head);
        draft.replacePersonal(SyncedData.of(head));
    }

    /** Ends the link (R13): the volger keeps its current values and can be edited again. Support only. */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public ContactPerson unlink(long followerId, long expectedVersion) {
        ContactPerson follower = contact(followerId);
        checkVersion(follower, expectedVersion);
        if (follower.getHead() == null) {
            throw new LinkRefusedException("link.unlink.notlinked");
        }
        long headId = follower.getHead().getId();
        follower.setHead(null);
        flush();
        events.publishEvent(new RegistrationEvents.Changed(List.of(followerId, headId)));
        return follower;
    }

    /**
     * Ends every link of a hoofd at once (R13, R14): its volgers keep their current values and can be
     * edited again, and the hoofd can then be deleted. Support only. Returns how many links ended.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public int unlinkAll(long headId) {
        lockLatest(clients.get(headId));
        List<ContactPerson> ending = followers.lockFollowers(headId);
        ending.forEach(follower -> follower.setHead(null));
        flush();
        List<Long> changed = new ArrayList<>(List.of(headId));
        ending.forEach(follower -> changed.add(follower.getId()));
        events.publishEvent(new RegistrationEvents.Changed(changed));
        return ending.size();
    }

    /** Moves every volger of one hoofd to another (R3, R14). Support only. Returns how many moved. */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public int moveFollowers(long fromHeadId, long toHeadId) {
        if (fromHeadId == toHeadId) {
            throw new LinkRefusedException("link.self");
        }
        lockLatest(clients.get(fromHeadId), clients.get(toHeadId));
        List<ContactPerson> moving = followers.lockFollowers(fromHeadId);
        // A target that follows a hoofd (one of the moving volgers, say) is refused here (R3).
        PersonRegistration target = checkHead(toHeadId, null);
        moving.forEach(follower -> follow(follower, target));
        flush();
        List<Long> changed = new ArrayList<>(List.of(fromHeadId, toHeadId));
        moving.forEach(follower -> changed.add(follower.getId()));
        events.publishEvent(new RegistrationEvents.Changed(changed));
        return moving.size();
    }

    // --- rules on every save and delete of the registry ---------------------------------------

    /** R5 and the link itself cannot be changed through an ordinary save. */
    @EventListener
    void onSaving(RegistrationEvents.Saving event) {
        if (!(event.registration() instanceof ContactPerson contact)) {
            return;
        }
        Long storedHead =
                contact.isNew() ? null : followers.findHeadId(contact.getId()).orElse(null);
        Long givenHead = contact.getHead() == null ? null : contact.getHead().getId();
        if (!Objects.equals(storedHead, givenHead) && !(contact.isNew() && givenHead != null)) {
            throw new LinkRefusedException("link.save.headchanged");
        }
        if (givenHead != null && contact.isNew()) {
            // R7: a new volger takes the hoofd's privé gegevens as they are now, also when the hoofd
            // changed while the create form was open (its form shows them read-only).
            lockLatest(clients.get(givenHead));
            contact.replacePersonal(SyncedData.of(checkHead(givenHead, contact)));
        } else if (givenHead != null) {
            if (followers.findVersion(contact.getId()).orElse(contact.getVersion()) != contact.getVersion()) {
                // Changed since it was read, by its hoofd's propagation for instance: the save would be
                // refused as outdated anyway, and "gewijzigd door een ander" is what the user can act on.
                throw new RegistrationChangedException();
            }
            PersonRegistration head = checkHead(givenHead, contact);
            if (!contact.getPersonal().equals(SyncedData.of(head))) {
                throw new LinkRefusedException(
                        "link.follower.readonly", head.getDisplayName(), String.valueOf(head.getKlantnummer()));
            }
        }
    }

    /** R6: a hoofd's privé gegevens reach all its volgers in the same transaction. */
    @EventListener
    void onSaved(RegistrationEvents.Saved event) {
        if (event.created() && event.registration() instanceof ContactPerson created && created.getHead() != null) {
            events.publishEvent(
                    new RegistrationEvents.Changed(List.of(created.getHead().getId())));
        }
        if (event.created() || !(event.registration() instanceof PersonRegistration head)) {
            return;
        }
        List<Long> changed = propagation.propagate(head.getId(), SyncedData.of(head));
        if (!changed.isEmpty()) {
            events.publishEvent(new RegistrationEvents.Changed(changed));
        }
    }

    /** R14: a hoofd that still has volgers cannot be deleted. */
    @EventListener
    void onDeleting(RegistrationEvents.Deleting event) {
        long count = followers.countFollowers(event.registration().getId());
        if (count > 0) {
            throw new LinkRefusedException("link.delete.head", count);
        }
    }

    /**
     * A hoofd of volgers, or a volger, is not anonymised: the volgers hold the same privé gegevens
     * (end or move the links first), a volger's data is its hoofd's.
     */
    @EventListener
    void onAnonymising(RegistrationEvents.Anonymising event) {
        if (event.registration() instanceof ContactPerson contact && contact.getHead() != null) {
            PersonRegistration head = contact.getHead();
            throw new LinkRefusedException(
                    "anonymise.follower", head.getDisplayName(), String.valueOf(head.getKlantnummer()));
        }
        long count = followers.countFollowers(event.registration().getId());
        if (count > 0) {
            throw new LinkRefusedException("anonymise.head", count);
        }
    }

    // --- Samenvoegen ------------------------------------------------------------------------------

    /** What a merge moves of the koppelingen: a volger to another hoofd. */
    public static final String MOVED_FOLLOWER = "FOLLOWER";

    /** The survivor took the hoofd of a merged contactpersoon (from: none). */
    public static final String TOOK_LINK = "LINK";

    /** A merged contactpersoon's own link ended (from: its hoofd), for its record follows no one. */
    public static final String ENDED_LINK = "LINK_ENDED";

    /**
     * Samenvoegen and the koppelingen (R3, R5, R6): a hoofd and its own volger are not merged, nor
     * volgers of two different hoofden. A merged contactpersoon's hoofd becomes the survivor's; the
     * volgers of a merged registration follow the survivor from now on, or the survivor's hoofd when
     * the survivor is a volger (one level only, R3), and take those privé gegevens.
     */
    @EventListener
    void onMerging(RegistrationEvents.Merging event) {
        if (!(event.survivor() instanceof PersonRegistration survivor)) {
            return;
        }
        List<Registration> all = new ArrayList<>(List.of(survivor));
        all.addAll(event.merged());
        List<Long> ids = all.stream().map(Registration::getId).toList();
        PersonRegistration head = null;
        for (Registration registration : all) {
            PersonRegistration its = registration instanceof ContactPerson contact ? contact.getHead() : null;
            if (its == null) {
                continue;
            }
            if (ids.contains(its.getId())) {
                throw new MergeRefusedException("merge.headandfollower", registration.getLabel(), its.getLabel());
            }
            if (head != null && !Objects.equals(head.getId(), its.getId())) {
                throw new MergeRefusedException("merge.twoheads", head.getLabel(), its.getLabel());
            }
            head = its;
        }
        if (head != null && survivor instanceof ContactPerson contact && contact.getHead() == null) {
            lockLatest(head);
            PersonRegistration newHead = checkHead(head.getId(), contact);
            for (ContactPerson moving : followers.lockFollowers(survivor.getId())) {
                follow(moving, newHead); // one level only (R3): its volgers move along
                event.movedRegistration(MOVED_FOLLOWER, moving.getId(), survivor.getId());
            }
            follow(contact, newHead);
            event.movedRegistration(TOOK_LINK, contact.getId(), null);
        }
        PersonRegistration target = head != null ? head : survivor;
        for (Registration merged : event.merged()) {
            if (merged instanceof ContactPerson contact && contact.getHead() != null) {
                event.movedRegistration(
                        ENDED_LINK, contact.getId(), contact.getHead().getId());
                contact.setHead(null);
            }
            for (ContactPerson moving : followers.lockFollowers(merged.getId())) {
                follow(moving, target);
                event.movedRegistration(MOVED_FOLLOWER, moving.getId(), merged.getId());
            }
        }
    }

    /**
     * Undoing a merge: the survivor's link it took ends (it keeps its values, R13), the volgers that
     * moved follow their own hoofd again, and a merged contactpersoon follows its hoofd again where
     * that one can still lead, each taking that hoofd's privé gegevens as they are now (R6).
     */
    @EventListener
    void onUnmerging(RegistrationEvents.Unmerging event) {
        long survivorId = event.survivor().getId();
        if (event.stage() == RegistrationEvents.Unmerging.Stage.SURVIVOR) {
            // Before the survivor gets its own privé gegevens back (R5: a volger's cannot change), and
            // while what goes back to another registration is no volger of the survivor: the survivor's
            // save passes its values on to its volgers, which must not be written twice.
            for (RegistrationEvents.MergeMove move : event.of(TOOK_LINK)) {
                contact(move.itemId()).setHead(null);
            }
            flush();
            event.of(MOVED_FOLLOWER).stream()
                    .filter(move -> !Objects.equals(move.fromId(), survivorId))
                    .forEach(this::followAgain);
            for (RegistrationEvents.MergeMove move : event.of(ENDED_LINK)) {
                // its hoofd again, if that one can still lead (not removed, merged or a volger since);
                // otherwise it comes back unlinked, with its own values (as after R13)
                ContactPerson contact = contact(move.itemId());
                formerHead(move.fromId(), contact).ifPresent(head -> follow(contact, head));
            }
        } else {
            // the survivor's own volgers, once it has its values back: they take those
            event.of(MOVED_FOLLOWER).stream()
                    .filter(move -> Objects.equals(move.fromId(), survivorId))
                    .forEach(this::followAgain);
        }
        flush();
    }

    private void followAgain(RegistrationEvents.MergeMove move) {
        ContactPerson moving = contact(move.itemId());
        moving.setHead(null);
        follow(moving, checkHead(Objects.requireNonNull(move.fromId()), moving));
    }

    // --- helpers ----------------------------------------------------------------------------------

    /**
     * Re-reads the registrations from the database and locks them until the transaction ends (in id
     * order, so two links never wait on each other). A hoofd that is being saved meanwhile is read
     * as saved, with its new privé gegevens, instead of as it was; a hoofd being linked here cannot
     * become a volger elsewhere at the same moment, nor a volger get volgers (R3, R6, R17).
     */
    private void lockLatest(Registration... registrations) {
        Arrays.stream(registrations)
                .map(r -> (Registration) Hibernate.unproxy(r))
                .sorted(Comparator.comparing(Registration::getId))
                .distinct()
                .forEach(r -> entityManager.refresh(r, LockModeType.PESSIMISTIC_WRITE));
    }

    private void follow(ContactPerson follower, PersonRegistration head) {
        follower.setHead(head);
        follower.replacePersonal(SyncedData.of(head));
    }

    private ContactPerson contact(long id) {
        Registration registration = clients.get(id);
        if (!(registration instanceof ContactPerson)) {
            throw new LinkRefusedException("link.follower.notcontact");
        }
        if (registration.isAnonymised()) {
            throw new LinkRefusedException("link.anonymised");
        }
        if (registration.isMerged()) {
            throw new MergeRefusedException("merge.readonly");
        }
        return followers.findContact(id).orElseThrow(() -> new RegistrationNotFoundException(id));
    }

    /** The hoofd for this volger, if the rules allow the link (R1–R3). */
    private PersonRegistration checkLink(ContactPerson follower, long headId) {
        if (follower.getHead() != null) {
            PersonRegistration current = follower.getHead();
            throw Objects.equals(current.getId(), headId)
                    ? new LinkRefusedException("link.already")
                    : new LinkRefusedException(
                            "link.follower.alreadylinked",
                            current.getDisplayName(),
                            String.valueOf(current.getKlantnummer()));
        }
        return checkHead(headId, follower);
    }

    private Optional<PersonRegistration> formerHead(@Nullable Long headId, ContactPerson follower) {
        if (headId == null || !clients.exists(headId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(checkHead(headId, follower));
        } catch (LinkRefusedException | MergeRefusedException e) {
            return Optional.empty();
        }
    }

    /** The registration, if it may be hoofd (of this volger, when given). */
    private PersonRegistration checkHead(long headId, @Nullable ContactPerson follower) {
        if (follower != null && Objects.equals(follower.getId(), headId)) {
            throw new LinkRefusedException("link.self");
        }
        Registration candidate = clients.get(headId);
        if (!(candidate instanceof PersonRegistration)) {
            throw new LinkRefusedException("link.head.notperson");
        }
        if (candidate.isAnonymised()) {
            throw new LinkRefusedException("link.head.anonymised");
        }
        if (candidate.isMerged()) {
            throw new MergeRefusedException("merge.readonly");
        }
        PersonRegistration head = (PersonRegistration) Hibernate.unproxy(
                followers.findPerson(headId).orElseThrow(() -> new RegistrationNotFoundException(headId)));
        if (head instanceof ContactPerson contact && contact.getHead() != null) {
            PersonRegistration its = contact.getHead();
            throw new LinkRefusedException(
                    "link.head.isfollower", its.getDisplayName(), String.valueOf(its.getKlantnummer()));
        }
        return head;
    }

    private static void checkVersion(Registration registration, long expectedVersion) {
        if (registration.getVersion() != expectedVersion) {
            throw new RegistrationChangedException();
        }
    }

    private @Nullable ClientPerson lookalike(PersonalData data) {
        if (data.getAchternaam() == null) {
            return null;
        }
        return followers
                .findLookalikes(
                        data.getAchternaam(),
                        data.getGeboortedatum(),
                        data.getPriveEmail(),
                        data.getVoorletters(),
                        PageRequest.of(0, 1))
                .stream()
                .findFirst()
                .orElse(null);
    }

    private void flush() {
        try {
            followers.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RegistrationChangedException();
        }
    }
}
