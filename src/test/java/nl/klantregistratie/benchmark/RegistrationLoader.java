package nl.klantregistratie.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.demo.DutchNames;

/**
 * Fills the registration table with a realistic mix of klant-personen, klant-bedrijven and
 * contactpersonen by plain JDBC: multi-row INSERTs of {@value #ROWS_PER_STATEMENT} rows, sent in
 * batches and committed in chunks of {@value #ROWS_PER_COMMIT} rows. Zoeknaam and search key are
 * derived as the application derives them (surname first for persons, {@link SearchKeys#normalize}).
 * Generated from a fixed seed: every run gives the same rows.
 */
final class RegistrationLoader {

    static final long FIRST_KLANTNUMMER = 100_001;
    private static final int ROWS_PER_STATEMENT = 500;
    private static final int STATEMENTS_PER_BATCH = 10;
    private static final int ROWS_PER_COMMIT = 100_000;
    /** Share of the rows per kind: about what a mid-sized office has after years. */
    private static final double PERSON_SHARE = 0.45;

    private static final double COMPANY_SHARE = 0.15;

    private static final String[] COLUMNS = {
        "id",
        "kind",
        "version",
        "klantnummer",
        "zoeknaam",
        "zoeknaam_handmatig",
        "search_key",
        "created_at",
        "updated_at",
        "personal_aanhef",
        "personal_voorletters",
        "personal_tussenvoegsel",
        "personal_achternaam",
        "personal_geboortedatum",
        "personal_woonadres_straat",
        "personal_woonadres_huisnummer",
        "personal_woonadres_postcode",
        "personal_woonadres_plaats",
        "personal_woonadres_land",
        "personal_correspondentie_zelfde_als_woonadres",
        "emailvoorkeur",
        "bsn",
        "company_id",
        "business_functie",
        "business_toegang_client_online",
        "statutaire_naam",
        "handelsnaam",
        "rechtsvorm",
        "kvk_nummer",
        "vestigingsadres_straat",
        "vestigingsadres_huisnummer",
        "vestigingsadres_postcode",
        "vestigingsadres_plaats",
        "vestigingsadres_land",
        "postadres_zelfde_als_vestigingsadres"
    };

    /** What the load produced and how long it took, for the report. */
    record Result(
            int rows, int persons, int companies, int contacts, long millis, long bindMillis, long analyzeMillis) {}

    private final Random random = new Random(20_261_127L);
    private final List<Long> companyIds = new ArrayList<>();
    private int persons;
    private int companies;
    private int contacts;
    private long bindNanos;

    /** Inserts {@code rows} registrations with ids 1..rows into an empty registration table. */
    Result load(BenchmarkDatabase database, int rows) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = database.connectForLoad()) {
            connection.setAutoCommit(false);
            if (database.isMariaDb()) {
                try (Statement statement = connection.createStatement()) {
                    // The generated rows are valid; skip per-row checks during the load only.
                    statement.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
                }
            }
            String fullSql = insertSql(ROWS_PER_STATEMENT);
            try (PreparedStatement full = connection.prepareStatement(fullSql)) {
                int id = 1;
                int inBatch = 0;
                int sinceCommit = 0;
                while (id + ROWS_PER_STATEMENT - 1 <= rows) {
                    for (int row = 0; row < ROWS_PER_STATEMENT; row++) {
                        bindRow(full, row * COLUMNS.length, id++);
                    }
                    full.addBatch();
                    sinceCommit += ROWS_PER_STATEMENT;
                    if (++inBatch == STATEMENTS_PER_BATCH) {
                        full.executeBatch();
                        inBatch = 0;
                    }
                    if (sinceCommit >= ROWS_PER_COMMIT) {
                        if (inBatch > 0) {
                            full.executeBatch();
                            inBatch = 0;
                        }
                        connection.commit();
                        sinceCommit = 0;
                    }
                }
                if (inBatch > 0) {
                    full.executeBatch();
                }
                int remaining = rows - id + 1;
                if (remaining > 0) {
                    try (PreparedStatement rest = connection.prepareStatement(insertSql(remaining))) {
                        for (int row = 0; row < remaining; row++) {
                            bindRow(rest, row * COLUMNS.length, id++);
                        }
                        rest.executeUpdate();
                    }
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                // Let the application continue after the loaded rows (sequences as in V2__registrations.sql;
                // NOCACHE stated again, or a Galera cluster refuses the statement).
                statement.execute(
                        "ALTER SEQUENCE klantnummer_seq RESTART WITH " + (FIRST_KLANTNUMMER + rows) + " NOCACHE");
                // Hibernate's pooled optimizer takes a sequence value v as the top of the block v-49..v:
                // start 50 above the last loaded id so that no block overlaps the loaded rows.
                statement.execute("ALTER SEQUENCE registration_seq RESTART WITH " + (rows + 51) + " NOCACHE");
            }
            connection.commit();
        }
        long loaded = System.nanoTime();
        try (Connection connection = database.connectForLoad();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE registration");
        }
        long end = System.nanoTime();
        return new Result(
                rows,
                persons,
                companies,
                contacts,
                (loaded - start) / 1_000_000,
                bindNanos / 1_000_000,
                (end - loaded) / 1_000_000);
    }

    private static String insertSql(int rows) {
        StringJoiner placeholders = new StringJoiner(",", "(", ")");
        for (int i = 0; i < COLUMNS.length; i++) {
            placeholders.add("?");
        }
        StringBuilder sql = new StringBuilder("INSERT INTO registration (")
                .append(String.join(",", COLUMNS))
                .append(") VALUES ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ",").append(placeholders);
        }
        return sql.toString();
    }

    private void bindRow(PreparedStatement statement, int offset, long id) throws SQLException {
        long start = System.nanoTime();
        bindRow(statement, offset, id, new Object[COLUMNS.length]);
        bindNanos += System.nanoTime() - start;
    }

    private void bindRow(PreparedStatement statement, int offset, long id, Object[] values) throws SQLException {
        double kind = random.nextDouble();
        if (companyIds.isEmpty() || (kind >= PERSON_SHARE && kind < PERSON_SHARE + COMPANY_SHARE)) {
            company(values, id);
        } else if (kind < PERSON_SHARE) {
            person(values, RegistrationKind.PERSOON);
        } else {
            person(values, RegistrationKind.CONTACT);
        }
        LocalDateTime created = LocalDateTime.of(2005, 1, 1, 8, 0).plusMinutes(id * 9 + random.nextInt(9));
        values[0] = id;
        values[2] = 0L;
        values[3] = FIRST_KLANTNUMMER + id - 1;
        values[5] = false;
        values[6] = SearchKeys.normalize((String) values[4]);
        values[7] = Timestamp.valueOf(created);
        values[8] = Timestamp.valueOf(created.plusDays(random.nextInt(3000)));
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            int index = offset + column + 1;
            switch (value) {
                case null -> statement.setNull(index, Types.VARCHAR);
                case Long number -> statement.setLong(index, number);
                case Integer number -> statement.setInt(index, number);
                case Boolean flag -> statement.setBoolean(index, flag);
                case Timestamp timestamp -> statement.setTimestamp(index, timestamp);
                case LocalDate date -> statement.setObject(index, date);
                default -> statement.setString(index, value.toString());
            }
        }
        if (values[1].equals(RegistrationKind.BEDRIJF.name())) {
            companyIds.add(id);
        }
    }

    private void person(Object[] values, RegistrationKind kind) {
        LocalDate birth = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(70 * 365));
        DutchNames.PersonName person = DutchNames.person(random, birth);
        Name name = new Name(
                person.aanhef().name(),
                person.voorletters(),
                person.surname().tussenvoegsel(),
                person.surname().achternaam());
        DutchNames.Place place = DutchNames.place(random);
        values[1] = kind.name();
        values[4] = name.zoeknaam();
        values[9] = name.aanhef();
        values[10] = name.voorletters();
        values[11] = name.tussenvoegsel();
        values[12] = name.achternaam();
        values[13] = birth;
        values[14] = DutchNames.street(random);
        values[15] = 1 + random.nextInt(250);
        values[16] = DutchNames.postcode(random, place);
        values[17] = place.name();
        values[18] = "NL";
        values[19] = true;
        values[20] = random.nextInt(4) == 0 ? "PRIVE" : "ZAKELIJK";
        if (kind == RegistrationKind.PERSOON) {
            persons++;
            values[21] = random.nextInt(3) == 0 ? null : DutchNames.bsn(random);
        } else {
            contacts++;
            values[22] = companyIds.get(random.nextInt(companyIds.size()));
            values[23] = DutchNames.function(random);
            values[24] = random.nextInt(5) == 0;
        }
    }

    private void company(Object[] values, long id) {
        companies++;
        LegalForm form = DutchNames.legalForm(random);
        String statutory = DutchNames.companyName(random, form);
        String trade = random.nextInt(4) == 0 ? DutchNames.companyName(random, null) : null;
        DutchNames.Place place = DutchNames.place(random);
        values[1] = RegistrationKind.BEDRIJF.name();
        values[4] = truncate(trade != null ? trade : statutory);
        values[25] = statutory;
        values[26] = trade;
        values[27] = form.name();
        values[28] = String.format("%08d", 10_000_000 + (id * 7919) % 89_999_999);
        values[29] = DutchNames.businessStreet(random);
        values[30] = 1 + random.nextInt(400);
        values[31] = DutchNames.postcode(random, place);
        values[32] = place.name();
        values[33] = "NL";
        values[34] = true;
    }

    private static String truncate(String zoeknaam) {
        return zoeknaam.length() > SearchKeys.MAX_LENGTH ? zoeknaam.substring(0, SearchKeys.MAX_LENGTH) : zoeknaam;
    }

    /** A person's name parts and the zoeknaam the application derives from them ("Vries, J.P. de"). */
    record Name(String aanhef, String voorletters, String tussenvoegsel, String achternaam) {

        String zoeknaam() {
            String initials = tussenvoegsel == null ? voorletters : voorletters + " " + tussenvoegsel;
            return truncate(achternaam + ", " + initials);
        }
    }
}
