package nl.klantregistratie.overview;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Koppelingen overview (managers and support, docs/domain.md roles): every hoofd with its number of
 * volgers and their klant-bedrijven, a page at a time; the volgers of one hoofd; and all rows for the
 * CSV export, which goes to the audit log. Reads only; never the BSN.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.MANAGER_NAME)
public class LinkOverviewService {

    private static final int EXPORT_BATCH = 500;

    private final LinkOverviewRepository repository;
    private final ApplicationEventPublisher events;

    LinkOverviewService(LinkOverviewRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** One page of hoofden, by zoeknaam. */
    public List<HeadOverview> heads(LinkOverviewFilter filter, Pageable page) {
        PageRequest unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        List<PersonRegistration> heads = repository.findHeads(
                pattern(filter.text()),
                klantnummer(filter.text()),
                filter.type().name(),
                unsorted);
        return overviews(heads);
    }

    /** Every hoofd the filter shows, for the export; the export is recorded in the audit log with its number of rows. */
    public List<HeadOverview> export(LinkOverviewFilter filter) {
        List<HeadOverview> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<HeadOverview> batch = heads(filter, PageRequest.of(page, EXPORT_BATCH));
            all.addAll(batch);
            if (batch.size() < EXPORT_BATCH) {
                events.publishEvent(AuditEvent.export("Koppelingen", all.size()));
                return all;
            }
        }
    }

    /** The volgers of one hoofd, by zoeknaam. */
    public List<FollowerOverview> followersOf(long headId) {
        return repository.findFollowers(List.of(headId)).stream()
                .map(LinkOverviewService::follower)
                .toList();
    }

    private List<HeadOverview> overviews(List<PersonRegistration> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(PersonRegistration::getId).toList();
        Map<Long, List<ContactPerson>> followers = new LinkedHashMap<>();
        for (ContactPerson follower : repository.findFollowers(ids)) {
            followers
                    .computeIfAbsent(follower.getHead().getId(), id -> new ArrayList<>())
                    .add(follower);
        }
        return heads.stream()
                .map(head -> {
                    List<ContactPerson> its = followers.getOrDefault(head.getId(), List.of());
                    TreeSet<String> bedrijven = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                    its.forEach(follower -> bedrijven.add(company(follower.getCompany())));
                    return new HeadOverview(
                            head.getId(),
                            head.getKlantnummer(),
                            String.valueOf(head.getZoeknaam()),
                            head.getDisplayName(),
                            head.getKind(),
                            its.size(),
                            List.copyOf(bedrijven));
                })
                .toList();
    }

    private static FollowerOverview follower(ContactPerson follower) {
        ClientCompany company = follower.getCompany();
        return new FollowerOverview(
                follower.getId(),
                follower.getKlantnummer(),
                follower.getDisplayName(),
                follower.getBusiness().getFunctie(),
                company == null ? 0 : company.getId(),
                company == null ? 0 : company.getKlantnummer(),
                company == null ? "" : company.getDisplayName());
    }

    private static String company(@Nullable ClientCompany company) {
        return company == null ? "" : company.getLabel();
    }

    private static String pattern(@Nullable String text) {
        return SearchKeys.prefixPattern(text);
    }

    /** The klantnummer the text is, or -1 (no klantnummer) when it is not a number. */
    private static long klantnummer(@Nullable String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(digits);
    }
}
