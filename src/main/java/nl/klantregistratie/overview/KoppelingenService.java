package nl.klantregistratie.overview;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Koppelingen overview (managers and support, DOMAIN.md roles): every hoofd with its number of
 * volgers and their klant-bedrijven, a page at a time; the volgers of one hoofd; and all rows for the
 * CSV export. Reads only; never the BSN.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.MANAGER_NAME)
public class KoppelingenService {

    private static final int EXPORT_BATCH = 500;

    private final KoppelingenRepository repository;

    KoppelingenService(KoppelingenRepository repository) {
        this.repository = repository;
    }

    /** One page of hoofden, by zoeknaam. */
    public List<HoofdOverview> hoofden(KoppelingenFilter filter, Pageable page) {
        PageRequest unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        List<PersonRegistration> hoofden = repository.findHoofden(
                pattern(filter.text()),
                klantnummer(filter.text()),
                filter.type().name(),
                unsorted);
        return overviews(hoofden);
    }

    /** Every hoofd the filter shows, for the export. */
    public List<HoofdOverview> export(KoppelingenFilter filter) {
        List<HoofdOverview> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<HoofdOverview> batch = hoofden(filter, PageRequest.of(page, EXPORT_BATCH));
            all.addAll(batch);
            if (batch.size() < EXPORT_BATCH) {
                return all;
            }
        }
    }

    /** The volgers of one hoofd, by zoeknaam. */
    public List<VolgerOverview> volgersOf(long hoofdId) {
        return repository.findVolgers(List.of(hoofdId)).stream()
                .map(KoppelingenService::volger)
                .toList();
    }

    private List<HoofdOverview> overviews(List<PersonRegistration> hoofden) {
        if (hoofden.isEmpty()) {
            return List.of();
        }
        List<Long> ids = hoofden.stream().map(PersonRegistration::getId).toList();
        Map<Long, List<ContactPerson>> volgers = new LinkedHashMap<>();
        for (ContactPerson volger : repository.findVolgers(ids)) {
            volgers.computeIfAbsent(volger.getHead().getId(), id -> new ArrayList<>())
                    .add(volger);
        }
        Map<Long, ClientCompany> ownCompanies = new HashMap<>();
        repository.findCompanies(ids).forEach(row -> ownCompanies.put((Long) row[0], (ClientCompany) row[1]));
        return hoofden.stream()
                .map(hoofd -> {
                    List<ContactPerson> its = volgers.getOrDefault(hoofd.getId(), List.of());
                    TreeSet<String> bedrijven = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                    its.forEach(volger -> bedrijven.add(company(volger.getCompany())));
                    ClientCompany own = ownCompanies.get(hoofd.getId());
                    return new HoofdOverview(
                            hoofd.getId(),
                            hoofd.getKlantnummer(),
                            String.valueOf(hoofd.getZoeknaam()),
                            hoofd.getDisplayName(),
                            hoofd.getKind(),
                            its.size(),
                            List.copyOf(bedrijven),
                            own == null ? null : company(own));
                })
                .toList();
    }

    private static VolgerOverview volger(ContactPerson volger) {
        ClientCompany company = volger.getCompany();
        return new VolgerOverview(
                volger.getId(),
                volger.getKlantnummer(),
                volger.getDisplayName(),
                volger.getBusiness().getFunctie(),
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
