package nl.klantregistratie.suggestion;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.klantregistratie.client.RegistrationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the person registrations the suggestions compare, in one query, as plain rows (no entities):
 * klant-personen and contactpersonen that do not follow a hoofd, with their number of volgers and,
 * for a contactpersoon, the name of its klant-bedrijf (its BSN only as shown, masked); and the
 * klant-bedrijven, for merge proposals.
 */
@Repository
class PersonRecords {

    private static final String SQL = """
            SELECT r.id, r.version, r.kind, r.klantnummer, r.personal_voorletters, r.personal_voornamen, r.personal_roepnaam,
                   r.personal_tussenvoegsel, r.personal_achternaam, r.personal_geboortedatum,
                   r.personal_prive_email, r.personal_prive_mobiel, r.personal_woonadres_postcode,
                   r.personal_woonadres_huisnummer, r.personal_woonadres_huisletter, r.personal_woonadres_toevoeging,
                   (SELECT COUNT(*) FROM registration v WHERE v.head_id = r.id) AS volgers,
                   COALESCE(c.handelsnaam, c.statutaire_naam) AS bedrijf, r.company_id, r.bsn_masked
            FROM registration r
            LEFT JOIN registration c ON c.id = r.company_id
            WHERE r.kind IN ('PERSOON', 'CONTACT') AND r.head_id IS NULL AND r.merged_into_id IS NULL
            """;

    private final JdbcClient jdbc;

    PersonRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COMPANIES = """
            SELECT r.id, r.klantnummer, r.statutaire_naam, r.handelsnaam, r.kvk_nummer, r.vestigingsadres_postcode,
                   r.vestigingsadres_huisnummer, r.vestigingsadres_huisletter, r.vestigingsadres_toevoeging
            FROM registration r
            WHERE r.kind = 'BEDRIJF' AND r.merged_into_id IS NULL
            """;

    /** The klant-bedrijven merge proposals compare (not merged ones). */
    List<CompanyRecord> findCompanies() {
        return jdbc.sql(COMPANIES)
                .query((rs, rowNum) -> new CompanyRecord(
                        rs.getLong("id"),
                        rs.getLong("klantnummer"),
                        rs.getString("statutaire_naam"),
                        rs.getString("handelsnaam"),
                        rs.getString("kvk_nummer"),
                        rs.getString("vestigingsadres_postcode"),
                        rs.getObject("vestigingsadres_huisnummer", Integer.class),
                        rs.getString("vestigingsadres_huisletter"),
                        rs.getString("vestigingsadres_toevoeging")))
                .list();
    }

    List<PersonRecord> findUnlinked() {
        return jdbc.sql(SQL).query(PersonRecords::row).list();
    }

    private static PersonRecord row(ResultSet rs, int rowNum) throws SQLException {
        Date birth = rs.getDate("personal_geboortedatum");
        int huisnummer = rs.getInt("personal_woonadres_huisnummer");
        Integer number = rs.wasNull() ? null : huisnummer;
        return new PersonRecord(
                rs.getLong("id"),
                RegistrationKind.valueOf(rs.getString("kind")),
                rs.getLong("klantnummer"),
                rs.getString("personal_voorletters"),
                rs.getString("personal_voornamen"),
                rs.getString("personal_roepnaam"),
                rs.getString("personal_tussenvoegsel"),
                rs.getString("personal_achternaam"),
                birth == null ? null : birth.toLocalDate(),
                rs.getString("personal_prive_email"),
                rs.getString("personal_prive_mobiel"),
                rs.getString("personal_woonadres_postcode"),
                number,
                rs.getString("personal_woonadres_huisletter"),
                rs.getString("personal_woonadres_toevoeging"),
                rs.getInt("volgers"),
                rs.getString("bedrijf"),
                rs.getLong("version"),
                rs.getObject("company_id", Long.class),
                rs.getString("bsn_masked"));
    }
}
