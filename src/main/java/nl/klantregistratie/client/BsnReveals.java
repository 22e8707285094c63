package nl.klantregistratie.client;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import nl.klantregistratie.base.OfficeTime;
import org.springframework.data.jpa.domain.Specification;

/** The filter of the BSN-inzage page as a query: every given part must hold. */
final class BsnReveals {

    private BsnReveals() {}

    static Specification<BsnReveal> matching(BsnRevealQuery query) {
        return (reveal, criteria, builder) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (query.username() != null && !query.username().isBlank()) {
                conditions.add(
                        builder.equal(reveal.get("username"), query.username().strip()));
            }
            if (query.klantnummer() != null) {
                conditions.add(builder.equal(reveal.get("klantnummer"), query.klantnummer()));
            }
            if (query.from() != null) {
                conditions.add(
                        builder.greaterThanOrEqualTo(reveal.get("revealedAt"), OfficeTime.startOf(query.from())));
            }
            if (query.to() != null) {
                conditions.add(builder.lessThan(reveal.get("revealedAt"), OfficeTime.endOf(query.to())));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }
}
