package nl.klantregistratie.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.klantregistratie.base.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search's read side: one page of {@link RegistrationSummary} rows straight from the
 * registration table, by SQL that reads only the columns a result row shows. The search field is
 * used all day; loading whole entities for it cost three to five times the query itself (Hibernate
 * translating, hydrating 69 columns into entities, a persistence context), see docs/benchmarks.md
 * "Search". Each query is a range or a lookup on one index ({@code ix_registration_search_key},
 * {@code uk_registration_klantnummer}); a contactpersoon's klant-bedrijf comes along by primary key.
 */
@Repository
class RegistrationSearch {

    /** Sort properties a caller may use, and their columns; anything else is refused. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            ClientService.SORT_ZOEKNAAM, "r.search_key", ClientService.SORT_KLANTNUMMER, "r.klantnummer", "id", "r.id");

    private static final String PERSON_AND_COMPANY_COLUMNS = """
            r.id, r.kind, r.klantnummer, r.zoeknaam, r.personal_titel, r.personal_voorletters,
            r.personal_tussenvoegsel, r.personal_achternaam, r.personal_woonadres_plaats, r.statutaire_naam,
            r.handelsnaam, r.vestigingsadres_plaats""";

    private final JdbcClient jdbc;

    RegistrationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The registration with this klantnummer, if it is of one of the kinds. */
    List<RegistrationSummary> byKlantnummer(
            long klantnummer, Set<RegistrationKind> kinds, ClientSearch.LinkFilter link) {
        return jdbc.sql(select(kinds) + where(kinds, link) + " AND r.klantnummer = ?")
                .param(klantnummer)
                .query(RegistrationSearch::summary)
                .list();
    }

    /** The registration with this id, if it is of one of the kinds (the survivor of a merged klantnummer). */
    List<RegistrationSummary> byId(long id, Set<RegistrationKind> kinds, ClientSearch.LinkFilter link) {
        return jdbc.sql(select(kinds) + where(kinds, link) + " AND r.id = ?")
                .param(id)
                .query(RegistrationSearch::summary)
                .list();
    }

    /** Registrations of the kinds whose search key matches the LIKE pattern (none: all), one page in the page's order. */
    /**
     * Registrations whose klantnummer starts with these digits ("1000" finds 1000, 10000–10009,
     * 100000–100099 …), by klantnummer: one index range per possible length, up to ten digits.
     */
    List<RegistrationSummary> byKlantnummerPrefix(
            String digits, Set<RegistrationKind> kinds, ClientSearch.LinkFilter link, Pageable page) {
        StringBuilder ranges = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        long prefix = Long.parseLong(digits);
        long scale = 1;
        for (int length = digits.length(); length <= MAX_KLANTNUMMER_DIGITS; length++) {
            ranges.append(ranges.isEmpty() ? "" : " OR ").append("r.klantnummer BETWEEN ? AND ?");
            parameters.add(prefix * scale);
            parameters.add((prefix + 1) * scale - 1);
            scale *= 10;
        }
        String sql = select(kinds) + where(kinds, link) + " AND (" + ranges + ") ORDER BY r.klantnummer LIMIT "
                + page.getPageSize() + " OFFSET " + page.getOffset();
        return jdbc.sql(sql)
                .params(parameters)
                .query(RegistrationSearch::summary)
                .list();
    }

    /** Klantnummers have at most ten digits (ClientService.MAX_KLANTNUMMER). */
    private static final int MAX_KLANTNUMMER_DIGITS = 10;

    List<RegistrationSummary> find(
            @Nullable String pattern, Set<RegistrationKind> kinds, ClientSearch.LinkFilter link, Pageable page) {
        StringBuilder sql = new StringBuilder(select(kinds)).append(where(kinds, link));
        List<Object> parameters = new ArrayList<>();
        if (pattern != null) {
            sql.append(" AND r.search_key LIKE ? ESCAPE '")
                    .append(LikePatterns.ESCAPE)
                    .append('\'');
            parameters.add(pattern);
        }
        sql.append(" ORDER BY ")
                .append(orderBy(page.getSort()))
                .append(" LIMIT ")
                .append(page.getPageSize())
                .append(" OFFSET ")
                .append(page.getOffset());
        return jdbc.sql(sql.toString())
                .params(parameters)
                .query(RegistrationSearch::summary)
                .list();
    }

    /**
     * The columns of a result row; the klant-bedrijf's names and the place in the koppelingen only
     * when contactpersonen can be among them (whether it has volgers: one lookup on ix_registration_head).
     */
    private static String select(Set<RegistrationKind> kinds) {
        if (!kinds.contains(RegistrationKind.CONTACT)) {
            return "SELECT " + PERSON_AND_COMPANY_COLUMNS + " FROM registration r";
        }
        return "SELECT " + PERSON_AND_COMPANY_COLUMNS
                + ", r.business_functie, r.head_id, " + HAS_FOLLOWERS + " AS has_followers,"
                + " co.statutaire_naam AS company_statutaire_naam,"
                + " co.handelsnaam AS company_handelsnaam FROM registration r LEFT JOIN registration co ON co.id = r.company_id";
    }

    private static final String HAS_FOLLOWERS = "EXISTS (SELECT 1 FROM registration f WHERE f.head_id = r.id)";

    /** The kinds, and the place in the koppelingen asked for. */
    private static String where(Set<RegistrationKind> kinds, ClientSearch.LinkFilter link) {
        // a merged registration is a record only: found by its klantnummer through its survivor
        String kindsOnly = " WHERE r.kind IN (" + kindList(kinds) + ") AND r.merged_into_id IS NULL";
        return switch (link) {
            case ALL -> kindsOnly;
            case HEADS -> kindsOnly + " AND " + HAS_FOLLOWERS;
            case FOLLOWERS -> kindsOnly + " AND r.head_id IS NOT NULL";
            case UNLINKED -> kindsOnly + " AND r.head_id IS NULL AND NOT " + HAS_FOLLOWERS;
        };
    }

    /** The kinds as SQL literals: values of a closed enum, never user input. */
    private static String kindList(Set<RegistrationKind> kinds) {
        return kinds.stream().sorted().map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));
    }

    private static String orderBy(Sort sort) {
        List<String> columns = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Cannot sort the search by " + order.getProperty());
            }
            columns.add(column + (order.isAscending() ? "" : " DESC"));
        }
        return String.join(", ", columns);
    }

    private static RegistrationSummary summary(ResultSet row, int index) throws SQLException {
        RegistrationKind kind = RegistrationKind.valueOf(row.getString("kind"));
        boolean company = kind == RegistrationKind.BEDRIJF;
        String naam = company
                ? ClientCompany.displayName(row.getString("handelsnaam"), row.getString("statutaire_naam"))
                : PersonalData.fullName(
                        row.getString("personal_titel"),
                        row.getString("personal_voorletters"),
                        row.getString("personal_tussenvoegsel"),
                        row.getString("personal_achternaam"));
        String plaats = row.getString(company ? "vestigingsadres_plaats" : "personal_woonadres_plaats");
        String bedrijf = null;
        String functie = null;
        RegistrationSummary.Link link = RegistrationSummary.Link.NONE;
        if (kind == RegistrationKind.CONTACT) {
            row.getLong("head_id");
            if (!row.wasNull()) {
                link = RegistrationSummary.Link.FOLLOWER;
            } else if (row.getBoolean("has_followers")) {
                link = RegistrationSummary.Link.HEAD;
            }
            bedrijf = ClientCompany.displayName(
                    row.getString("company_handelsnaam"), row.getString("company_statutaire_naam"));
            functie = row.getString("business_functie");
        }
        return new RegistrationSummary(
                row.getLong("id"),
                row.getLong("klantnummer"),
                row.getString("zoeknaam"),
                kind,
                naam,
                plaats,
                bedrijf,
                functie,
                link);
    }
}
