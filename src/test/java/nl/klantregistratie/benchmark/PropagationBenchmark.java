package nl.klantregistratie.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.klantregistratie.Application;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.RegistrationEvents;
import nl.klantregistratie.client.Salutation;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.test.MariaDbTestSupport;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * How long does saving a hoofd take when its change has to reach 1, 10, 100 and 1,000 volgers in the
 * same transaction (docs/domain.md R6), with the history (R16) written by Envers? A benchmark, not a test:
 * it runs only with {@code -Dbenchmark=true} (see docs/benchmarks.md, section "Propagation", for the
 * command). Goal: 1,000 volgers in at most 250 ms on MariaDB with history.
 *
 * <p>Per database (H2 in memory, as in the tests, new for each run; MariaDB {@code klantregistratie_bench}, migrated but not cleaned, so whatever {@link SearchBenchmark}
 * loaded stays, and this benchmark deletes its own rows and history afterwards) and per history
 * setting (Envers on, as the application runs; and off, to show its share): a Spring context on the
 * database, a klant-persoon as hoofd and its volgers inserted by plain JDBC (contactpersonen with
 * {@code head_id} set and the hoofd's privé gegevens). Then, per number of volgers, the hoofd's
 * woonadres is changed through {@link ClientService#save} as the card saves it (the hoofd read
 * first, outside the timing), which passes the change on through {@link LinkService} in the same
 * transaction. In the same run and taking turns edit by edit: the baseline, one JDBC statement
 * {@code UPDATE registration SET ... WHERE head_id = ?} in a transaction, and the same plus the
 * history written set-based ({@code INSERT INTO registration_aud ... SELECT ... WHERE head_id = ?}).
 * Prints p50/p95 per edit of each, their ratio, and what Hibernate did for one edit.
 *
 * <p>System properties: {@code benchmark.db} ({@code h2,mariadb}), {@code benchmark.sizes}
 * ({@code 1,10,100,1000}), {@code benchmark.edits} (40 measured edits per size and variant),
 * {@code benchmark.warmup} (10 per size), {@code benchmark.history} ({@code on,off}).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PropagationBenchmark {

    /** Volger ids and klantnummers far above what the sequences hand out, so the JDBC insert never collides. */
    private static final long ID_BASE = 8_000_000_000L;

    private static final int JIT_WARMUP = 100;
    private static final int GOAL_FOLLOWERS = 1_000;
    private static final int GOAL_MILLIS = 250;
    private static final String[] STREETS = {
        "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Nieuwegracht", "Prins Hendriklaan", "Lange Nieuwstraat"
    };

    @Test
    void propagation() throws Exception {
        List<String> databases = list("benchmark.db", "h2,mariadb");
        List<Integer> sizes = list("benchmark.sizes", "1,10,100,1000").stream()
                .map(Integer::parseInt)
                .toList();
        List<String> history = list("benchmark.history", "on,off");
        int edits = Integer.getInteger("benchmark.edits", 40);
        int warmup = Integer.getInteger("benchmark.warmup", 10);

        StringBuilder report = new StringBuilder();
        report.append("## Propagation benchmark ")
                .append(LocalDate.now())
                .append("\n\n")
                .append(Machine.describe())
                .append('\n');
        for (String name : databases) {
            BenchmarkDatabase database = switch (name.toLowerCase(Locale.ROOT)) {
                case "h2" -> BenchmarkDatabase.h2();
                case "mariadb" -> BenchmarkDatabase.mariaDb();
                default -> throw new IllegalArgumentException("benchmark.db: h2 or mariadb, not " + name);
            };
            for (String setting : history) {
                boolean envers = switch (setting.toLowerCase(Locale.ROOT)) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException("benchmark.history: on or off, not " + setting);
                };
                String section = new Run(database, envers, sizes, edits, warmup).execute();
                database.dropIfInMemory();
                System.out.println(section);
                report.append(section).append('\n');
            }
        }
        Path file = Path.of("target", "benchmark", "propagation-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("Report written to " + file.toAbsolutePath());
    }

    private static List<String> list(String property, String defaultValue) {
        return Arrays.stream(System.getProperty(property, defaultValue).split(","))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** One database with history on or off: start the application, per size set up, measure, clean up. */
    private static final class Run {

        private final BenchmarkDatabase database;
        private final boolean envers;
        private final List<Integer> sizes;
        private final int edits;
        private final int warmup;
        private final StringBuilder out = new StringBuilder();
        private final List<Long> created = new ArrayList<>();
        private long nextFollowerId = ID_BASE;
        private long revisionBefore;
        private List<String> personalColumns = List.of();
        private List<String> auditColumns = List.of();

        Run(BenchmarkDatabase database, boolean envers, List<Integer> sizes, int edits, int warmup) {
            this.database = database;
            this.envers = envers;
            this.sizes = sizes;
            this.edits = edits;
            this.warmup = warmup;
        }

        String execute() throws Exception {
            out.append("### ")
                    .append(database.name())
                    .append(", history ")
                    .append(envers ? "on (Envers)" : "off")
                    .append("\n\n");
            long started = System.nanoTime();
            // H2 in memory is this run's own; the MariaDB bench database is shared with SearchBenchmark: not cleaned.
            boolean clean = !database.isMariaDb();
            try (ConfigurableApplicationContext context = startApplication(clean)) {
                line(
                        "Database: %s (%s); %,d registrations in it besides this benchmark's",
                        database.url(), database.describeServer(), database.registrationCount());
                line(
                        "Application context started in %.1f s%s",
                        (System.nanoTime() - started) / 1e9,
                        clean ? " (schema dropped and migrated again)" : " (migrated, not cleaned)");
                authenticate(context);
                DataSource dataSource = context.getBean(DataSource.class);
                readColumns(dataSource);
                revisionBefore = maxRevision(dataSource);
                moveSequencePastRows(dataSource);
                try {
                    measure(context, dataSource);
                } finally {
                    cleanUp(dataSource);
                }
            }
            return out.toString();
        }

        private ConfigurableApplicationContext startApplication(boolean cleanSchema) {
            List<Class<?>> sources = new ArrayList<>(List.of(Application.class));
            if (cleanSchema) {
                sources.add(MariaDbTestSupport.CleanSchemaConfiguration.class);
            }
            // As SearchBenchmark: a web application context on a mock servlet context, no server.
            return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                    .web(WebApplicationType.SERVLET)
                    .contextFactory(ApplicationContextFactory.of(
                            () -> new GenericWebApplicationContext(new MockServletContext())))
                    .profiles("test")
                    .initializers(context -> context.getBeanFactory()
                            .registerSingleton(
                                    "benchmarkExcludesTestClasses", new SearchBenchmark.ExcludeTestClasses()))
                    .run(
                            "--spring.datasource.url=" + database.url(),
                            "--spring.datasource.username=" + database.user(),
                            "--spring.datasource.password=" + database.password(),
                            "--spring.datasource.driver-class-name=" + database.driver(),
                            "--spring.flyway.clean-disabled=" + !cleanSchema,
                            "--spring.main.banner-mode=off",
                            "--logging.level.root=WARN",
                            "--spring.jpa.properties.hibernate.integration.envers.enabled=" + envers);
        }

        private void measure(ConfigurableApplicationContext context, DataSource dataSource) throws SQLException {
            ClientService clients = context.getBean(ClientService.class);
            LinkService links = context.getBean(LinkService.class);
            Statistics statistics = context.getBean(EntityManagerFactory.class)
                    .unwrap(SessionFactory.class)
                    .getStatistics();
            ClientCompany company = clients.save(company());
            created.add(company.getId());

            warmUpJit(clients, dataSource, company.getId());
            line(
                    "Per size: %d edits of the hoofd's woonadres (straat) measured after %d as warm-up (and before "
                            + "all sizes %d edits of a hoofd with 10 volgers, not reported, to let the JIT compile). The "
                            + "three ways take turns edit by edit (rotating who goes first), so they see the same caches and "
                            + "machine load. Time per edit: the whole call, transaction and commit included; for the "
                            + "service not the read of the hoofd before it (the card has it).",
                    edits, warmup, JIT_WARMUP);
            out.append('\n');
            out.append("| volgers | measured | p50 ms | p95 ms | max ms | ÷ JDBC p50 | ÷ JDBC p95 |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            List<String> perEdit = new ArrayList<>();
            LatencyStats goal = null;
            String breakdown = null;
            for (int size : sizes) {
                ClientPerson head = clients.save(head(size));
                created.add(head.getId());
                long insertStart = System.nanoTime();
                insertFollowers(dataSource, head.getId(), company.getId(), size);
                long insertMillis = (System.nanoTime() - insertStart) / 1_000_000;
                long counted = links.state(head.getId()).followerCount();
                if (counted != size) {
                    throw new IllegalStateException("Expected " + size + " volgers, LinkService counts " + counted);
                }
                List<Variant> variants = List.of(
                        new Variant(
                                "ClientService.save"
                                        + (envers ? " (propagation + Envers history)" : " (propagation, history off)"),
                                i -> serviceEdit(clients, head.getId(), i)),
                        new Variant(
                                "JDBC baseline: one UPDATE … WHERE head_id = ?",
                                i -> jdbcEdit(dataSource, head.getId(), i, false)),
                        new Variant(
                                "what-if: JDBC, UPDATE + history set-based (INSERT … SELECT)",
                                i -> jdbcEdit(dataSource, head.getId(), i, true)));
                List<LatencyStats> stats = run(variants);
                LatencyStats baseline = stats.get(1);
                for (int v = 0; v < variants.size(); v++) {
                    LatencyStats latency = stats.get(v);
                    out.append(String.format(
                            Locale.ROOT,
                            "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                            size,
                            variants.get(v).name(),
                            latency.percentileMillis(50),
                            latency.percentileMillis(95),
                            latency.maxMillis(),
                            latency.percentileMillis(50) / baseline.percentileMillis(50),
                            latency.percentileMillis(95) / baseline.percentileMillis(95)));
                }
                if (size == GOAL_FOLLOWERS) {
                    goal = stats.getFirst();
                    breakdown = breakdown(context, head.getId());
                }
                perEdit.add(String.format(
                        Locale.ROOT,
                        "%,d volgers (inserted by JDBC in %d ms): %s",
                        size,
                        insertMillis,
                        oneEditSeenByHibernate(clients, statistics, head.getId(), size)));
                check(clients, links, head.getId(), size);
            }
            out.append('\n');
            if (goal != null) {
                double p95 = goal.percentileMillis(95);
                line(
                        "Goal: %,d volgers in at most %d ms%s. Measured p50 %.0f ms, p95 %.0f ms: %s",
                        GOAL_FOLLOWERS,
                        GOAL_MILLIS,
                        database.isMariaDb() && envers
                                ? " (on MariaDB with history: this is the one)"
                                : " (set for MariaDB with history; shown here for comparison)",
                        goal.percentileMillis(50),
                        p95,
                        p95 <= GOAL_MILLIS
                                ? "met"
                                : String.format(
                                        Locale.ROOT,
                                        "missed by %.0f ms at p95 (%.1f× the goal)",
                                        p95 - GOAL_MILLIS,
                                        p95 / GOAL_MILLIS));
                out.append('\n');
            }
            if (breakdown != null) {
                out.append(breakdown).append('\n');
            }
            line("What Hibernate did for one more edit (statistics on for that edit only, not timed):");
            perEdit.forEach(text -> out.append("- ").append(text).append('\n'));
            out.append('\n');
            line(
                    "Load average after measuring: %.2f (on %d cores)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }

        /** Edits through all three ways, unreported, so the first size does not measure the JIT. */
        private void warmUpJit(ClientService clients, DataSource dataSource, long companyId) throws SQLException {
            ClientPerson head = clients.save(head(0));
            created.add(head.getId());
            insertFollowers(dataSource, head.getId(), companyId, 10);
            for (int i = 0; i < JIT_WARMUP; i++) {
                serviceEdit(clients, head.getId(), i);
                jdbcEdit(dataSource, head.getId(), i, false);
                jdbcEdit(dataSource, head.getId(), i, true);
            }
        }

        private record Variant(String name, Edit edit) {}

        /** One edit; returns how long the measured part took, in nanoseconds. */
        @FunctionalInterface
        private interface Edit {
            long run(int i) throws SQLException;
        }

        private List<LatencyStats> run(List<Variant> variants) throws SQLException {
            List<LatencyStats> stats = new ArrayList<>();
            variants.forEach(variant -> stats.add(new LatencyStats(edits)));
            for (int i = 0; i < warmup + edits; i++) {
                for (int turn = 0; turn < variants.size(); turn++) {
                    int v = (i + turn) % variants.size();
                    long elapsed = variants.get(v).edit().run(i * variants.size() + turn);
                    if (i >= warmup) {
                        stats.get(v).add(elapsed);
                    }
                }
            }
            return stats;
        }

        /** As the card saves: the hoofd read (not timed, the form had it), one field changed, saved. */
        private static long serviceEdit(ClientService clients, long headId, int i) {
            ClientPerson head = clients.getPerson(headId);
            head.getPersonal().getWoonadres().setStraat(street(i));
            long start = System.nanoTime();
            clients.save(head);
            return System.nanoTime() - start;
        }

        /**
         * The least a database must do: the changed column, version and updated_at of the volger rows in
         * one statement, committed; with {@code history}, also one revinfo row and the new state of
         * every volger copied into registration_aud by one INSERT … SELECT.
         */
        private long jdbcEdit(DataSource dataSource, long headId, int i, boolean history) throws SQLException {
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE registration SET "
                                    + "personal_woonadres_straat = ?, version = version + 1, updated_at = ? WHERE head_id = ?")) {
                        update.setString(1, street(i));
                        update.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
                        update.setLong(3, headId);
                        update.executeUpdate();
                    }
                    if (history) {
                        long revision;
                        try (Statement statement = connection.createStatement();
                                ResultSet next = statement.executeQuery("SELECT NEXT VALUE FOR revinfo_seq")) {
                            next.next();
                            revision = next.getLong(1);
                        }
                        try (PreparedStatement revinfo = connection.prepareStatement(
                                "INSERT INTO revinfo (id, changed_at, username) VALUES (?, ?, ?)")) {
                            revinfo.setLong(1, revision);
                            revinfo.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
                            revinfo.setString(3, "benchmark");
                            revinfo.executeUpdate();
                        }
                        String columns = String.join(", ", auditColumns);
                        try (PreparedStatement audit = connection.prepareStatement("INSERT INTO registration_aud "
                                + "(id, rev, revtype, " + columns + ") SELECT id, ?, 1, " + columns
                                + " FROM registration WHERE head_id = ?")) {
                            audit.setLong(1, revision);
                            audit.setLong(2, headId);
                            audit.executeUpdate();
                        }
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
            return System.nanoTime() - start;
        }

        /**
         * Where the time of one edit goes with {@value #GOAL_VOLGERS} volgers: the steps of ClientService.save
         * (hoofd updated and flushed), LinkService's propagation (reached through the same
         * RegistrationEvents.Saved event the service publishes: the volgers' privé gegevens read, one
         * UPDATE of those that differ, their history rows by INSERT … SELECT) and the commit, in one
         * transaction with a clock between them. The commit includes what Envers writes itself (the
         * hoofd's audit row and the revinfo row, just before the transaction completes).
         */
        private String breakdown(ConfigurableApplicationContext context, long headId) {
            TransactionTemplate transaction =
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            EntityManager entityManager =
                    SharedEntityManagerCreator.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
            String[] names = {
                "hoofd read, changed and flushed",
                "propagation (LinkService.onSaved: read, UPDATE, history rows)",
                envers ? "commit (Envers' own audit row and revinfo, then COMMIT)" : "commit"
            };
            List<LatencyStats> phases = new ArrayList<>();
            for (String ignored : names) {
                phases.add(new LatencyStats(edits));
            }
            LatencyStats total = new LatencyStats(edits);
            for (int i = 0; i < warmup + edits; i++) {
                int edit = i;
                long[] clock = new long[4];
                clock[0] = System.nanoTime();
                transaction.executeWithoutResult(status -> {
                    ClientPerson head = entityManager.find(ClientPerson.class, headId);
                    head.getPersonal().getWoonadres().setStraat(street(edit) + " " + (edit % 2 + 1));
                    entityManager.flush();
                    clock[1] = System.nanoTime();
                    context.publishEvent(new RegistrationEvents.Saved(head, false));
                    clock[2] = System.nanoTime();
                });
                clock[3] = System.nanoTime();
                if (i >= warmup) {
                    for (int phase = 0; phase < names.length; phase++) {
                        phases.get(phase).add(clock[phase + 1] - clock[phase]);
                    }
                    total.add(clock[3] - clock[0]);
                }
            }
            StringBuilder text = new StringBuilder(String.format(
                    Locale.ROOT,
                    "Where the time goes with %,d volgers "
                            + "(the service's steps repeated in one transaction with a clock between them, %d edits; p50 of "
                            + "each step, total p50 %.0f ms):%n%n",
                    GOAL_FOLLOWERS,
                    edits,
                    total.percentileMillis(50)));
            for (int phase = 0; phase < names.length; phase++) {
                text.append(String.format(
                        Locale.ROOT,
                        "- %s: %.1f ms%n",
                        names[phase],
                        phases.get(phase).percentileMillis(50)));
            }
            return text.toString();
        }

        /** Statements, loads, updates and inserts of one service edit, from Hibernate's statistics. */
        private static String oneEditSeenByHibernate(
                ClientService clients, Statistics statistics, long headId, int size) {
            ClientPerson head = clients.getPerson(headId);
            head.getPersonal().getWoonadres().setStraat("Statistiekstraat");
            statistics.clear();
            statistics.setStatisticsEnabled(true);
            try {
                clients.save(head);
                return String.format(
                        Locale.ROOT,
                        "%,d JDBC statements prepared, %,d entities loaded, %,d updated, "
                                + "%,d inserted (Envers audit rows count as inserts), %d flushes, %d transactions",
                        statistics.getPrepareStatementCount(),
                        statistics.getEntityLoadCount(),
                        statistics.getEntityUpdateCount(),
                        statistics.getEntityInsertCount(),
                        statistics.getFlushCount(),
                        statistics.getTransactionCount());
            } finally {
                statistics.setStatisticsEnabled(false);
            }
        }

        /** The edits did what they should: every volger holds the hoofd's last woonadres (R6). */
        private static void check(ClientService clients, LinkService links, long headId, int size) {
            String street =
                    clients.getPerson(headId).getPersonal().getWoonadres().getStraat();
            long wrong = links.followersOf(headId).stream()
                    .filter(follower ->
                            !street.equals(follower.getPersonal().getWoonadres().getStraat()))
                    .count();
            if (wrong > 0) {
                throw new IllegalStateException(wrong + " of " + size + " volgers do not hold the hoofd's woonadres");
            }
        }

        /**
         * The volgers: contactpersonen at the company following the hoofd, with the hoofd's privé
         * gegevens copied column by column (so they equal SyncedData.of(hoofd): the hoofd prefers
         * PRIVE), inserted by JDBC INSERT … SELECT in one transaction.
         */
        private void insertFollowers(DataSource dataSource, long headId, long companyId, int size) throws SQLException {
            String personal = String.join(", ", personalColumns);
            String sql = "INSERT INTO registration (id, kind, version, klantnummer, zoeknaam, zoeknaam_handmatig, "
                    + "search_key, created_at, updated_at, emailvoorkeur, company_id, head_id, business_functie, "
                    + "business_toegang_client_online, " + personal + ") SELECT ?, 'CONTACT', 0, ?, zoeknaam, FALSE, "
                    + "search_key, created_at, updated_at, 'ZAKELIJK', ?, id, ?, FALSE, " + personal
                    + " FROM registration WHERE id = ?";
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    for (int i = 0; i < size; i++) {
                        long id = nextFollowerId++;
                        insert.setLong(1, id);
                        insert.setLong(2, id);
                        insert.setLong(3, companyId);
                        insert.setString(4, i % 3 == 0 ? "Directeur" : "Administrateur");
                        insert.setLong(5, headId);
                        // One by one: MariaDB Connector/J sends batches with its bulk protocol, which takes
                        // no INSERT … SELECT. A thousand round trips on localhost still take well under a second.
                        insert.executeUpdate();
                    }
                }
                connection.commit();
                connection.setAutoCommit(true);
            }
        }

        /** The personal_* columns of registration, and the columns of registration_aud besides its keys. */
        private void readColumns(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                personalColumns = columns(statement, "registration").stream()
                        .filter(column -> column.startsWith("personal_"))
                        .toList();
                auditColumns = columns(statement, "registration_aud").stream()
                        .filter(column -> !List.of("id", "rev", "revtype").contains(column))
                        .toList();
            }
        }

        private static List<String> columns(Statement statement, String table) throws SQLException {
            try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> names = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    names.add(meta.getColumnName(column).toLowerCase(Locale.ROOT));
                }
                return names;
            }
        }

        /**
         * Hibernate's pooled optimizer (allocationSize 50) takes a sequence value v as the top of the
         * block v-49..v. A database filled by plain JDBC by another tool may have left the sequence within
         * reach of its rows; so the sequence is restarted above them here. Harmless otherwise: no id at
         * or below the highest row is in use by anything else.
         */
        private void moveSequencePastRows(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                long maxId;
                try (ResultSet result =
                        statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM registration WHERE id < " + ID_BASE)) {
                    result.next();
                    maxId = result.getLong(1);
                }
                if (maxId > 0) {
                    statement.execute("ALTER SEQUENCE registration_seq RESTART WITH " + (maxId + 51) + " NOCACHE");
                    line(
                            "registration_seq restarted at %,d, above the %,d rows there (see moveSequencePastRows)",
                            maxId + 51, maxId);
                }
            }
        }

        private static long maxRevision(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM revinfo")) {
                result.next();
                return result.getLong(1);
            }
        }

        /**
         * Removes what this run added (volgers, hoofden, the company, and their history), so the shared
         * MariaDB bench database holds what it held before.
         */
        private void cleanUp(DataSource dataSource) throws SQLException {
            String ids = created.stream().map(String::valueOf).collect(Collectors.joining(", "));
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.executeUpdate("DELETE FROM registration WHERE id >= " + ID_BASE);
                if (!ids.isEmpty()) {
                    statement.executeUpdate("DELETE FROM registration WHERE id IN (" + ids + ")");
                    statement.executeUpdate("DELETE FROM registration_aud WHERE id IN (" + ids + ")");
                }
                statement.executeUpdate("DELETE FROM registration_aud WHERE id >= " + ID_BASE);
                statement.executeUpdate("DELETE FROM revinfo WHERE id > " + revisionBefore
                        + " AND NOT EXISTS (SELECT 1 FROM registration_aud a WHERE a.rev = revinfo.id)");
                connection.commit();
                connection.setAutoCommit(true);
            }
        }

        private static ClientCompany company() {
            ClientCompany company = new ClientCompany();
            company.setStatutaireNaam("Benchmark Propagatie B.V.");
            company.setRechtsvorm(LegalForm.BV);
            company.setVestigingsadres(new Address("Industrieweg", 1, "3542 AD", "Utrecht"));
            return company;
        }

        private static ClientPerson head(int size) {
            ClientPerson person = new ClientPerson();
            person.getPersonal().setAanhef(Salutation.DHR);
            person.getPersonal().setVoorletters("P.");
            person.getPersonal().setRoepnaam("Pieter");
            person.getPersonal().setAchternaam("Propagatie-" + size);
            person.getPersonal().setGeboortedatum(LocalDate.of(1968, 4, 2));
            person.getPersonal().setWoonadres(new Address("Kerkstraat", 1, "3511 LX", "Utrecht"));
            person.getPersonal().setPriveEmail("pieter@voorbeeld.nl");
            person.getPersonal().setPriveMobiel("0612345678");
            person.setEmailvoorkeur(EmailPreference.PRIVE);
            return person;
        }

        private static String street(int i) {
            return STREETS[i % STREETS.length];
        }

        private static void authenticate(ConfigurableApplicationContext context) {
            SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                    .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
            SecurityContext security = strategy.createEmptyContext();
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "benchmark", null, AuthorityUtils.createAuthorityList("ROLE_MEDEWERKER")));
            strategy.setContext(security);
            SecurityContextHolder.setContext(security);
        }

        private void line(String format, Object... arguments) {
            out.append(String.format(Locale.ROOT, format, arguments)).append("  \n");
        }
    }
}
