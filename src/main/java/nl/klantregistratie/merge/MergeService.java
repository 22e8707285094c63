package nl.klantregistratie.merge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.klantregistratie.base.ChangeContext;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.MergeRefusedException;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationEvents;
import nl.klantregistratie.client.RegistrationEvents.MergeMove;
import nl.klantregistratie.security.Principals;
import nl.klantregistratie.security.Role;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Samenvoegen (docs/domain.md M1–M8): 2 to 5 registrations of one kind that are the same person or
 * company become one, the survivor, with the value chosen per field; everything the others hold
 * moves to it (each feature moves its own, {@link RegistrationEvents.Merging}); the others stay as
 * read-only records "samengevoegd met …" whose klantnummer finds the survivor. Support staff undo a
 * merge within the undo period: the merged registrations come back with their own values, the
 * survivor gets its values from before, and what moved goes back; refused, naming them, where
 * someone changed those registrations since. The rules hold whatever the caller.
 */
@Service
@RolesAllowed(Role.MANAGER_NAME)
public class MergeService {

    /** At most this many registrations in one merge, the survivor included. */
    public static final int MAX_REGISTRATIONS = 5;

    private final ClientService clients;
    private final MergeRepository merges;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final MergeSettings settings;

    MergeService(
            ClientService clients,
            MergeRepository merges,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            MergeSettings settings) {
        this.clients = clients;
        this.merges = merges;
        this.events = events;
        this.entityManager = entityManager;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        this.settings = settings;
    }

    /**
     * The side-by-side view of merging {@code mergedIds} into {@code survivorId}, with the default
     * choices and everything that would move; refuses as {@link #merge} would.
     */
    public MergeProposal propose(long survivorId, List<Long> mergedIds) {
        return Objects.requireNonNull(writing.execute(status -> {
            status.setRollbackOnly(); // a real run of the merge, never committed: the preview is what it does
            Work work = lockAndCheck(survivorId, mergedIds, Map.of());
            List<MergeProposal.Row> rows = rows(work, Map.of());
            List<MergeMove> moves = apply(work, Map.of());
            Map<String, Integer> counts = new LinkedHashMap<>();
            moves.forEach(move -> counts.merge(move.what(), 1, Integer::sum));
            ContactPerson follows =
                    work.survivor instanceof ContactPerson contact && contact.getHead() != null ? contact : null;
            List<MergeProposal.Candidate> candidates = new ArrayList<>();
            candidates.add(candidate(work.survivor, work.versions.get(work.survivor.getId())));
            work.merged.forEach(merged -> candidates.add(candidate(merged, work.versions.get(merged.getId()))));
            return new MergeProposal(
                    candidates,
                    rows,
                    counts,
                    work.survivorFollows,
                    follows == null ? null : follows.getHead().getLabel());
        }));
    }

    /**
     * Merges the registrations as the user chose (M1–M6): refuses when one was changed since the
     * user saw it (R17) or when a rule forbids it, naming why. Returns the survivor as saved.
     */
    public Registration merge(MergeRequest request) {
        String reason = "Samengevoegd: " + klantnummers(request.mergedIds()) + " → "
                + clients.get(request.survivorId()).getKlantnummer();
        long survivorId = ChangeContext.during(
                reason,
                () -> Objects.requireNonNull(writing.execute(status -> {
                    Work work = lockAndCheck(request.survivorId(), request.mergedIds(), request.versions());
                    rows(work, request.choices()); // refuses a choice that is not one of them
                    boolean bsnFilled = work.survivor instanceof ClientPerson person
                            && !person.hasBsn()
                            && work.merged.stream().anyMatch(other -> ((ClientPerson) other).hasBsn());
                    Long revisionBefore = latestRevision(work.survivor);
                    List<MergeMove> moves = apply(work, request.choices());
                    Merge merge = new Merge(
                            work.survivor.getId(),
                            work.survivor.getKlantnummer(),
                            work.survivor.getKind(),
                            revisionBefore,
                            bsnFilled && ((ClientPerson) work.survivor).hasBsn(),
                            Principals.currentUsername());
                    merge.survivorVersionAfter(work.survivor.getVersion());
                    work.merged.forEach(merged -> merge.addMerged(merged.getId(), merged.getVersion()));
                    for (MergeMove move : moves) {
                        merge.addMove(
                                move,
                                move.registration() ? clients.get(move.itemId()).getVersion() : null);
                    }
                    merges.save(merge);
                    publishChanged(work, moves);
                    return work.survivor.getId();
                })));
        return clients.get(survivorId);
    }

    /**
     * Samenvoegen ongedaan maken (M7): support only, within the undo period. The merged registrations
     * are active again with their own values, the survivor gets back the values it had before, and
     * what moved goes back where it was; refused, naming them, where a registration involved was
     * changed since the merge. Returns the survivor as saved.
     */
    @RolesAllowed(Role.SUPPORT_NAME)
    public Registration undo(long mergeId) {
        String reason = Objects.requireNonNull(reading.execute(status -> {
            Merge found = merges.findById(mergeId).orElseThrow(() -> new MergeRefusedException("merge.undo.gone"));
            return "Samenvoegen ongedaan gemaakt: " + klantnummers(found.mergedIds()) + " ← "
                    + found.getSurvivorKlantnummer();
        }));
        long survivorId = ChangeContext.during(
                reason,
                () -> Objects.requireNonNull(writing.execute(status -> {
                    Merge merge =
                            merges.findById(mergeId).orElseThrow(() -> new MergeRefusedException("merge.undo.gone"));
                    if (merge.isUndone()) {
                        throw new MergeRefusedException("merge.undo.done");
                    }
                    Instant until = undoUntil(merge);
                    if (Instant.now().isAfter(until)) {
                        throw new MergeRefusedException("merge.undo.expired", OfficeTime.format(until));
                    }
                    Registration survivor = locked(merge.getSurvivorId());
                    List<String> changed = new ArrayList<>();
                    if (survivor.getVersion() != merge.getSurvivorVersionAfter()) {
                        changed.add(survivor.getLabel());
                    }
                    List<Registration> merged = new ArrayList<>();
                    for (MergePart part : merge.getParts()) {
                        if (part.getVersionAfter() == null) {
                            continue;
                        }
                        if (!clients.exists(part.getItemId())) {
                            throw new MergeRefusedException("merge.undo.deleted"); // a volger that moved, deleted since
                        }
                        Registration registration = locked(part.getItemId());
                        if (registration.getVersion() != part.getVersionAfter()
                                && !changed.contains(registration.getLabel())) {
                            changed.add(registration.getLabel());
                        }
                        if (part.getWhat().equals(Merge.MERGED)) {
                            merged.add(registration);
                        }
                    }
                    if (!changed.isEmpty()) {
                        throw new MergeRefusedException("merge.undo.changed", String.join(", ", changed));
                    }
                    merged.forEach(registration -> registration.setMergedIntoId(null));
                    flush();
                    List<MergeMove> moves =
                            merge.moves().stream().map(MergePart::asMove).toList();
                    events.publishEvent(new RegistrationEvents.Unmerging(
                            survivor, moves, RegistrationEvents.Unmerging.Stage.SURVIVOR));
                    restoreSurvivor(merge, survivor);
                    clients.save(survivor);
                    events.publishEvent(
                            new RegistrationEvents.Unmerging(survivor, moves, RegistrationEvents.Unmerging.Stage.REST));
                    merge.undone(Principals.currentUsername(), Instant.now());
                    flush();
                    List<Long> ids = new ArrayList<>(List.of(survivor.getId()));
                    merged.forEach(registration -> ids.add(registration.getId()));
                    moves.stream().filter(MergeMove::registration).forEach(move -> ids.add(move.itemId()));
                    events.publishEvent(new RegistrationEvents.Changed(ids));
                    return survivor.getId();
                })));
        return clients.get(survivorId);
    }

    /**
     * Removes the records of the merges whose undo period is over (the nightly retention job, M7):
     * they were kept only for the undo. Support only. Returns how many records were removed.
     */
    @RolesAllowed(Role.SUPPORT_NAME)
    public int removeExpiredRecords(Instant now) {
        int removed = 0;
        List<Long> expired = Objects.requireNonNull(
                reading.execute(status -> merges.findExpired(now.minus(settings.undoPeriod())).stream()
                        .map(Merge::getId)
                        .toList()));
        for (long mergeId : expired) {
            removed += Objects.requireNonNull(writing.execute(status -> {
                Merge merge = merges.findById(mergeId).orElseThrow();
                int count = 0;
                for (long id : merge.mergedIds()) {
                    if (clients.exists(id) && clients.get(id).isMerged()) {
                        clients.removeMergedRecord(id);
                        count++;
                    }
                }
                merge.recordsRemoved(now);
                return count;
            }));
        }
        return removed;
    }

    /** The merge that made this registration a merged record, while it is one. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.MEDEWERKER_NAME)
    public Optional<MergeInfo> mergeOf(long mergedId) {
        return merges.findOpenMergeOf(mergedId).map(this::info);
    }

    /** The merges into this registration that can still be undone, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.MEDEWERKER_NAME)
    public List<MergeInfo> mergesInto(long survivorId) {
        return merges.findOpenInto(survivorId).stream()
                .filter(merge -> Instant.now().isBefore(undoUntil(merge)))
                .map(this::info)
                .toList();
    }

    private MergeInfo info(Merge merge) {
        List<MergeInfo.Merged> merged = merge.mergedIds().stream()
                .map(id -> {
                    Registration registration = clients.get(id);
                    return new MergeInfo.Merged(id, registration.getKlantnummer(), registration.getLabel());
                })
                .toList();
        Registration survivor = clients.get(merge.getSurvivorId());
        return new MergeInfo(
                merge.getId(),
                survivor.getId(),
                survivor.getLabel(),
                merged,
                merge.getMergedBy(),
                merge.getMergedAt(),
                undoUntil(merge));
    }

    private Instant undoUntil(Merge merge) {
        return merge.getMergedAt().plus(settings.undoPeriod());
    }

    // --- the merge itself ---------------------------------------------------------------------------

    /** The registrations of one merge, locked, with the versions the merge expects. */
    private static final class Work {
        final Registration survivor;
        final List<Registration> merged;
        final Map<Long, Long> versions = new HashMap<>();
        final boolean survivorFollows;

        Work(Registration survivor, List<Registration> merged) {
            this.survivor = survivor;
            this.merged = List.copyOf(merged);
            this.survivorFollows = survivor instanceof ContactPerson contact
                    && (contact.getHead() != null
                            || merged.stream().anyMatch(other -> ((ContactPerson) other).getHead() != null));
        }

        List<Registration> all() {
            List<Registration> all = new ArrayList<>(List.of(survivor));
            all.addAll(merged);
            return all;
        }
    }

    /** Locks the registrations (in id order) and checks the rules M2–M5 that are the registry's own. */
    private Work lockAndCheck(long survivorId, List<Long> mergedIds, Map<Long, Long> expectedVersions) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(survivorId);
        ids.addAll(mergedIds);
        if (ids.size() < 2 || ids.size() > MAX_REGISTRATIONS) {
            throw new MergeRefusedException("merge.count", MAX_REGISTRATIONS);
        }
        Map<Long, Registration> locked = new HashMap<>();
        ids.stream().sorted().forEach(id -> locked.put(id, locked(id)));
        for (Registration registration : locked.values()) {
            Long expected = expectedVersions.get(registration.getId());
            if (expected != null && expected != registration.getVersion()) {
                throw new RegistrationChangedException();
            }
            if (registration.isMerged()) {
                throw new MergeRefusedException("merge.alreadymerged", registration.getLabel());
            }
            if (registration.isAnonymised()) {
                throw new MergeRefusedException("merge.anonymised", registration.getLabel());
            }
        }
        Registration survivor = locked.get(survivorId);
        List<Registration> merged = ids.stream().skip(1).map(locked::get).toList();
        if (merged.stream().anyMatch(other -> other.getKind() != survivor.getKind())) {
            throw new MergeRefusedException("merge.kinds");
        }
        Work work = new Work(survivor, merged);
        work.all().forEach(registration -> work.versions.put(registration.getId(), registration.getVersion()));
        List<Registration> all = work.all();
        switch (survivor) {
            case ClientPerson person -> refuseTwo(all, r -> ((ClientPerson) r).getBsn(), "merge.bsn");
            case ClientCompany company -> refuseTwo(all, r -> ((ClientCompany) r).getKvkNummer(), "merge.kvk");
            case ContactPerson contact -> {
                Set<Long> companies = all.stream()
                        .map(r -> ((ContactPerson) r).getCompany().getId())
                        .collect(Collectors.toSet());
                if (companies.size() > 1) {
                    throw new MergeRefusedException("merge.company");
                }
            }
            default -> throw new MergeRefusedException("merge.kinds");
        }
        return work;
    }

    /** Two different values of a number that tells people or companies apart (BSN, KvK-nummer) refuse the merge. */
    private static void refuseTwo(List<Registration> all, Function<Registration, @Nullable String> number, String key) {
        List<Registration> with =
                all.stream().filter(r -> number.apply(r) != null).toList();
        Set<String> distinct = with.stream().map(number).collect(Collectors.toSet());
        if (distinct.size() > 1) {
            throw new MergeRefusedException(
                    key,
                    with.get(0).getLabel(),
                    with.stream()
                            .filter(r -> !Objects.equals(number.apply(r), number.apply(with.get(0))))
                            .findFirst()
                            .orElseThrow()
                            .getLabel());
        }
    }

    /** Per field the values and the choice: the user's, else the survivor's, else the first other that has one (M3). */
    private static List<MergeProposal.Row> rows(Work work, Map<String, Long> choices) {
        List<MergeProposal.Row> rows = new ArrayList<>();
        Set<Long> ids = work.versions.keySet();
        for (MergeField field : MergeField.of(work.survivor)) {
            Map<Long, MergeProposal.Cell> cells = new HashMap<>();
            for (Registration registration : work.all()) {
                cells.put(
                        registration.getId(),
                        new MergeProposal.Cell(
                                field.text(registration),
                                field.isTranslatable(registration),
                                field.isEmpty(registration)));
            }
            Long chosen = choices.get(field.key());
            if (chosen != null && !ids.contains(chosen)) {
                throw new IllegalArgumentException("Not one of the merge: " + chosen);
            }
            rows.add(new MergeProposal.Row(
                    field.key(),
                    field.isPersonal(),
                    cells,
                    chosen != null ? chosen : defaultSource(work, field).getId()));
        }
        return rows;
    }

    private static Registration defaultSource(Work work, MergeField field) {
        if (!field.isEmpty(work.survivor)) {
            return work.survivor;
        }
        return work.merged.stream()
                .filter(other -> !field.isEmpty(other))
                .findFirst()
                .orElse(work.survivor);
    }

    /**
     * Gives the survivor the chosen values and saves it (validated; its volgers follow, R6), then lets
     * every feature move what the others hold, then marks the others merged. Returns what moved.
     */
    private List<MergeMove> apply(Work work, Map<String, Long> choices) {
        Registration survivor = work.survivor;
        Map<Long, Registration> byId = new HashMap<>();
        work.all().forEach(registration -> byId.put(registration.getId(), registration));
        for (MergeField field : MergeField.of(survivor)) {
            if (field.isPersonal() && work.survivorFollows) {
                continue; // a volger's privé gegevens are its hoofd's (R5)
            }
            Long chosen = choices.get(field.key());
            Registration source = chosen != null ? byId.get(chosen) : defaultSource(work, field);
            if (source != survivor) {
                field.copy(source, survivor);
            }
        }
        clients.save(survivor);
        List<MergeMove> moves = new ArrayList<>();
        events.publishEvent(new RegistrationEvents.Merging(survivor, work.merged, moves));
        work.merged.forEach(merged -> merged.setMergedIntoId(survivor.getId()));
        flush();
        return moves;
    }

    /** The survivor's values from before the merge (the history has them), except a volger's privé gegevens (R5). */
    private void restoreSurvivor(Merge merge, Registration survivor) {
        if (merge.isBsnFilled() && survivor instanceof ClientPerson person) {
            person.setBsn(null);
        }
        Long revision = merge.getSurvivorRevisionBefore();
        if (revision == null) {
            return;
        }
        Registration before = reader().find(Hibernate.getClass(survivor), survivor.getId(), revision);
        if (before == null) {
            return;
        }
        boolean follows = survivor instanceof ContactPerson contact && contact.getHead() != null;
        for (MergeField field : MergeField.of(survivor)) {
            if ((field.isPersonal() && follows) || field.key().equals("person.bsn")) {
                continue; // the history holds the BSN masked only: bsnFilled says what to undo
            }
            field.copy(before, survivor);
        }
        survivor.setZoeknaam(before.getZoeknaam()); // after the name, so it is typed only if it differs from it
    }

    private @Nullable Long latestRevision(Registration registration) {
        return reader().getRevisions(Hibernate.getClass(registration), registration.getId()).stream()
                .map(Number::longValue)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    private Registration locked(long id) {
        Registration registration = (Registration) Hibernate.unproxy(clients.get(id));
        entityManager.refresh(registration, LockModeType.PESSIMISTIC_WRITE);
        return registration;
    }

    private static MergeProposal.Candidate candidate(Registration registration, long version) {
        return new MergeProposal.Candidate(
                registration.getId(), registration.getKlantnummer(), registration.getLabel(), version);
    }

    private void publishChanged(Work work, List<MergeMove> moves) {
        List<Long> ids = new ArrayList<>();
        work.all().forEach(registration -> ids.add(registration.getId()));
        moves.stream().filter(MergeMove::registration).forEach(move -> ids.add(move.itemId()));
        events.publishEvent(new RegistrationEvents.Changed(ids));
    }

    private String klantnummers(List<Long> ids) {
        return ids.stream()
                .map(id -> String.valueOf(clients.get(id).getKlantnummer()))
                .collect(Collectors.joining(", "));
    }

    private void flush() {
        try {
            entityManager.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new RegistrationChangedException();
        }
    }
}
