package nl.klantregistratie.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.klantregistratie.Application;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationSummary;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.test.MariaDbTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.data.domain.PageRequest;
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
 * How fast is the klant search on a million registrations? A benchmark, not a test: it runs only
 * with {@code -Dbenchmark=true} (see docs/benchmarks.md, section "Search", for the command).
 *
 * <p>Per database (H2 in memory, MariaDB {@code klantregistratie_bench}): an empty schema from the
 * Flyway migrations, {@code benchmark.rows} registrations loaded by plain JDBC
 * ({@link RegistrationLoader}), then a Spring context on that database, and the searches a user
 * makes in the klant search field: the start of a zoeknaam (2–4 letters) and a klantnummer, first
 * page of 50 sorted by zoeknaam, through {@link ClientService#search} as the UI calls it. As
 * baseline, in the same run and taking turns with it query by query, the same search in plain JDBC
 * with the same SQL shape as the service (one query with OR until f6908c2, two simple queries
 * since; the shape is read from the SQL the service sends). Where the queries are fast, also the parts
 * of the service's path: the service's own SQL by JDBC, with and without a read-only transaction, and,
 * for comparison, the entity queries by JPA that the service used before its search read the table by
 * SQL (the kinds as a collection parameter, as three parameters and as literals). Prints
 * p50/p95/p99/max of each, the ratios to the baseline, and the query plans (EXPLAIN, and MariaDB's
 * ANALYZE / H2's EXPLAIN ANALYZE with the rows actually read).
 *
 * <p>System properties: {@code benchmark.db} ({@code h2,mariadb}), {@code benchmark.rows}
 * (1000000), {@code benchmark.queries} (200 per kind of search), {@code benchmark.warmup} (50, but
 * at most {@code benchmark.warmupSeconds}, 120), {@code benchmark.reuse} (false: true keeps a
 * database that already holds exactly {@code benchmark.rows} registrations instead of loading it
 * again), {@code benchmark.allShapes} (false: true also measures the other query shapes by JDBC,
 * slow where they scan).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchBenchmark {

    private static final int PAGE_SIZE = 50;
    private static final List<String> KLANT_KINDS = List.of("PERSOON", "BEDRIJF");
    /** The query ClientService.search sends for klanten, as plain SQL: the baseline. */
    private static final String JDBC_SQL = """
            SELECT id, kind, klantnummer, zoeknaam, personal_titel, personal_voorletters, personal_tussenvoegsel,
                   personal_achternaam, statutaire_naam, handelsnaam, personal_woonadres_plaats, vestigingsadres_plaats
            FROM registration
            WHERE kind IN (?, ?) AND (search_key LIKE ? ESCAPE '!' OR klantnummer = ?)
            ORDER BY search_key, id
            LIMIT 50""";
    /**
     * What-if, not the application's query: the same result in a shape both databases can answer from
     * the search_key index (prefix) and the klantnummer index separately, each part at most a page.
     */
    private static final String UNION_SQL = """
            SELECT id, kind, klantnummer, zoeknaam, personal_titel, personal_voorletters, personal_tussenvoegsel,
                   personal_achternaam, statutaire_naam, handelsnaam, personal_woonadres_plaats, vestigingsadres_plaats
            FROM (
              (SELECT * FROM registration WHERE kind IN (?, ?) AND search_key LIKE ? ESCAPE '!'
               ORDER BY search_key, id LIMIT 50)
              UNION
              (SELECT * FROM registration WHERE kind IN (?, ?) AND klantnummer = ?)
            ) found
            ORDER BY search_key, id
            LIMIT 50""";

    /** What-if, not the application's query: the prefix search alone, for a text that is no klantnummer. */
    private static final String PREFIX_SQL = """
            SELECT id, kind, klantnummer, zoeknaam, personal_titel, personal_voorletters, personal_tussenvoegsel,
                   personal_achternaam, statutaire_naam, handelsnaam, personal_woonadres_plaats, vestigingsadres_plaats,
                   search_key
            FROM registration
            WHERE kind IN (?, ?) AND search_key LIKE ? ESCAPE '!'
            ORDER BY search_key, id
            LIMIT 50""";
    /** What-if: the klantnummer lookup alone, for a text that is a number. */
    private static final String KLANTNUMMER_SQL = """
            SELECT id, kind, klantnummer, zoeknaam, personal_titel, personal_voorletters, personal_tussenvoegsel,
                   personal_achternaam, statutaire_naam, handelsnaam, personal_woonadres_plaats, vestigingsadres_plaats,
                   search_key
            FROM registration
            WHERE kind IN (?, ?) AND klantnummer = ?""";
    /** RegistrationRepository.search for a moment (the kinds as three single parameters), with the sort Spring Data adds. */
    private static final String JPQL_KINDS_PARAMETERS = """
            select r from Registration r
            where type(r) in (:kind1, :kind2, :kind3) and r.searchKey like :prefix escape '!'
            order by r.searchKey, r.id""";
    /** RegistrationRepository.search from f6908c2 until the kinds became single parameters: a collection parameter. */
    private static final String JPQL_KINDS_COLLECTION = """
            select r from Registration r
            where type(r) in :kinds and r.searchKey like :prefix escape '!'
            order by r.searchKey, r.id""";
    /** What-if: the same with the kinds written in the query, so Hibernate can cache its translation. */
    private static final String JPQL_KINDS_LITERAL = """
            select r from Registration r
            where type(r) in (ClientPerson, ClientCompany) and r.searchKey like :prefix escape '!'
            order by r.searchKey, r.id""";

    @Test
    void search() throws Exception {
        List<String> databases =
                Arrays.asList(System.getProperty("benchmark.db", "h2,mariadb").split(","));
        int rows = Integer.getInteger("benchmark.rows", 1_000_000);
        int queries = Integer.getInteger("benchmark.queries", 200);
        int warmup = Integer.getInteger("benchmark.warmup", 50);
        boolean reuse = Boolean.getBoolean("benchmark.reuse");

        StringBuilder report = new StringBuilder();
        report.append("## Search benchmark ")
                .append(LocalDate.now())
                .append("\n\n")
                .append(Machine.describe())
                .append('\n');
        for (String name : databases) {
            BenchmarkDatabase database = switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "h2" -> BenchmarkDatabase.h2();
                case "mariadb" -> BenchmarkDatabase.mariaDb();
                default -> throw new IllegalArgumentException("benchmark.db: h2 or mariadb, not " + name);
            };
            String section = new Run(database, rows, queries, warmup, reuse).execute();
            database.dropIfInMemory();
            System.out.println(section);
            report.append(section).append('\n');
        }
        Path file = Path.of("target", "benchmark", "search-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("Report written to " + file.toAbsolutePath());
    }

    /** One database: load, start the application on it, measure, explain. */
    private static final class Run {

        private final BenchmarkDatabase database;
        private final int rows;
        private final int queries;
        private final int warmup;
        private final boolean reuse;
        private final long warmupSeconds = Long.getLong("benchmark.warmupSeconds", 120);
        /** Also the other query shapes by JDBC (slow where they scan: on 1,000,000 rows minutes each). */
        private final boolean allShapes = Boolean.getBoolean("benchmark.allShapes");

        private final StringBuilder out = new StringBuilder();
        /** Per workload and variant: how many searches returned other rows than the service. */
        private final Map<String, Integer> mismatches = new TreeMap<>();

        Run(BenchmarkDatabase database, int rows, int queries, int warmup, boolean reuse) {
            this.database = database;
            this.rows = rows;
            this.queries = queries;
            this.warmup = warmup;
            this.reuse = reuse;
        }

        String execute() throws Exception {
            out.append("### ").append(database.name()).append("\n\n");
            long existing = database.registrationCount();
            boolean load = !(reuse && existing == rows);
            long started = System.nanoTime();
            try (ConfigurableApplicationContext context = startApplication(load)) {
                line("Database: %s (%s)", database.url(), database.describeServer());
                line(
                        "Application context started in %.1f s%s",
                        (System.nanoTime() - started) / 1e9, load ? " (schema dropped and migrated again)" : "");
                if (load) {
                    progress("loading " + rows + " registrations into " + database.name());
                    RegistrationLoader.Result loaded = new RegistrationLoader().load(database, rows);
                    line(
                            "Loaded %,d registrations (%,d klant-personen, %,d klant-bedrijven, %,d contactpersonen) "
                                    + "by JDBC multi-row batch in %.1f s (%,.0f rows/s; generating and binding the values "
                                    + "took %.1f s of it), then ANALYZE TABLE in %.1f s",
                            loaded.rows(),
                            loaded.persons(),
                            loaded.companies(),
                            loaded.contacts(),
                            loaded.millis() / 1000.0,
                            loaded.rows() * 1000.0 / loaded.millis(),
                            loaded.bindMillis() / 1000.0,
                            loaded.analyzeMillis() / 1000.0);
                } else {
                    line("Reused the %,d registrations already in the database (benchmark.reuse=true)", existing);
                }
                authenticate(context);
                measure(context);
            }
            return out.toString();
        }

        private ConfigurableApplicationContext startApplication(boolean cleanSchema) {
            List<Class<?>> sources = new ArrayList<>(List.of(Application.class));
            if (cleanSchema) {
                sources.add(MariaDbTestSupport.CleanSchemaConfiguration.class);
            }
            // As @SpringBootTest's mock web environment: a web application context on a mock servlet
            // context, no server, no Vaadin servlet started (Vaadin's security configuration needs the
            // servlet context).
            return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                    .web(WebApplicationType.SERVLET)
                    .contextFactory(ApplicationContextFactory.of(
                            () -> new GenericWebApplicationContext(new MockServletContext())))
                    .profiles("test")
                    .initializers(context -> {
                        context.getBeanFactory()
                                .registerSingleton("benchmarkExcludesTestClasses", new ExcludeTestClasses());
                        context.getBeanFactory().addBeanPostProcessor(new CapturingSql());
                    })
                    .run(
                            "--spring.datasource.url=" + database.url(),
                            "--spring.datasource.username=" + database.user(),
                            "--spring.datasource.password=" + database.password(),
                            "--spring.datasource.driver-class-name=" + database.driver(),
                            "--spring.flyway.clean-disabled=" + !cleanSchema,
                            "--spring.main.banner-mode=off",
                            "--logging.level.root=WARN");
        }

        private void measure(ConfigurableApplicationContext context) throws SQLException {
            ClientService clients = context.getBean(ClientService.class);
            DataSource dataSource = context.getBean(DataSource.class);
            List<String> sampleKeys = new ArrayList<>();
            List<String> sampleKlantnummers = new ArrayList<>();
            sample(dataSource, sampleKeys, sampleKlantnummers);
            Random random = new Random(42);
            List<String> prefixes = new ArrayList<>();
            List<String> klantnummers = new ArrayList<>();
            for (int i = 0; i < warmup + queries; i++) {
                String key = sampleKeys.get(random.nextInt(sampleKeys.size()));
                prefixes.add(key.substring(0, Math.min(key.length(), 2 + random.nextInt(3))));
                klantnummers.add(sampleKlantnummers.get(random.nextInt(sampleKlantnummers.size())));
            }
            line(
                    "Workload: %d searches for the start of a zoeknaam (2–4 letters, drawn from the loaded zoeknamen, "
                            + "so common prefixes come up as often as users would type them, e.g. %s) and %d for a "
                            + "klantnummer of a klant; before them up to %d of each (at most " + warmupSeconds
                            + " s) as warm-up. The variants take turns query by "
                            + "query (rotating who goes first), so they see the same caches and the same machine load.",
                    queries,
                    prefixes.subList(0, 8),
                    queries,
                    warmup);
            out.append('\n');

            // The SQL the service sends, captured on the DataSource: for replaying it by JDBC, for EXPLAIN, and to
            // tell which shape the service uses (one query with OR until f6908c2, two simple queries since).
            String prefixSql = serviceSql(clients, prefixes.getFirst());
            String klantnummerSql = serviceSql(clients, klantnummers.getFirst());
            boolean orShape = prefixSql.toLowerCase(Locale.ROOT).contains(" or ");
            Variant service = new Variant(
                    "ClientService.search",
                    text -> clients.search(ClientSearch.klanten(text), PageRequest.of(0, PAGE_SIZE)).stream()
                            .mapToLong(RegistrationSummary::id)
                            .toArray(),
                    true);
            Variant orJdbc = new Variant(
                    "JDBC, one query with OR (the service's shape until f6908c2)",
                    text -> jdbc(dataSource, JDBC_SQL, Run::bindBaseline, text),
                    true);
            Variant twoJdbc = new Variant(
                    "JDBC, two queries: klantnummer, else prefix (the service's shape since f6908c2)",
                    text -> twoQueries(dataSource, text),
                    true);
            Variant baseline = orShape ? orJdbc : twoJdbc;
            List<Variant> core = new ArrayList<>(List.of(service, baseline));
            if (allShapes) {
                core.add(orShape ? twoJdbc : orJdbc);
                core.add(new Variant(
                        "what-if: JDBC, UNION of prefix and klantnummer",
                        text -> jdbc(dataSource, UNION_SQL, Run::bindUnion, text),
                        true));
            }
            line(
                    "The service's SQL for a zoeknaam prefix %s, so the JDBC baseline (÷ columns) is \"%s\".",
                    orShape ? "is one query with OR" : "has no OR", baseline.name());
            out.append('\n');

            out.append(
                    "| search | measured | p50 ms | p95 ms | p99 ms | max ms | ÷ JDBC baseline p50 | ÷ JDBC baseline p95 |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            for (Workload workload :
                    List.of(new Workload("zoeknaam prefix", prefixes), new Workload("klantnummer", klantnummers))) {
                boolean prefixWorkload = workload.name().equals("zoeknaam prefix");
                String sql = prefixWorkload ? prefixSql : klantnummerSql;
                List<Variant> variants = new ArrayList<>(core);
                // Where the service's queries are fast (not the OR shape, which reads every klant on H2 and,
                // for a prefix, the whole search_key index on MariaDB), also what the parts of its path cost.
                if (!orShape || (database.isMariaDb() && !prefixWorkload)) {
                    variants.add(new Variant(
                            "JDBC, the service's SQL",
                            text -> jdbc(dataSource, sql, hibernateBinder(sql), text),
                            false));
                    variants.add(new Variant(
                            "JDBC, the service's SQL, in a read-only transaction",
                            text -> readOnlyTransaction(dataSource, sql, hibernateBinder(sql), text),
                            false));
                    if (prefixWorkload) {
                        variants.add(new Variant(
                                "earlier: JPA entity query, kinds as three parameters",
                                text -> jpa(
                                        context,
                                        JPQL_KINDS_PARAMETERS,
                                        text,
                                        query -> query.setParameter("kind1", ClientPerson.class)
                                                .setParameter("kind2", ClientCompany.class)
                                                .setParameter("kind3", ClientCompany.class)),
                                true));
                        variants.add(new Variant(
                                "earlier: JPA entity query, kinds as one collection parameter",
                                text -> jpa(
                                        context,
                                        JPQL_KINDS_COLLECTION,
                                        text,
                                        query -> query.setParameter(
                                                "kinds", List.of(ClientPerson.class, ClientCompany.class))),
                                true));
                        variants.add(new Variant(
                                "earlier: JPA entity query, kinds as literals",
                                text -> jpa(context, JPQL_KINDS_LITERAL, text, query -> query),
                                true));
                    }
                }
                progress(database.name() + ": measuring " + workload.name() + " (" + variants.size() + " variants)");
                List<LatencyStats> stats = run(variants, workload);
                LatencyStats base = stats.get(variants.indexOf(baseline));
                for (int v = 0; v < variants.size(); v++) {
                    LatencyStats latency = stats.get(v);
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                            workload.name(),
                            variants.get(v).name(),
                            latency.percentileMillis(50),
                            latency.percentileMillis(95),
                            latency.percentileMillis(99),
                            latency.maxMillis(),
                            latency.percentileMillis(50) / base.percentileMillis(50),
                            latency.percentileMillis(95) / base.percentileMillis(95)));
                }
            }
            out.append('\n');
            line(
                    "Load average after measuring: %.2f (on %d cores)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            if (!mismatches.isEmpty()) {
                line("⚠ different rows than ClientService.search: %s", mismatches);
            } else {
                line("Every variant that runs the whole search returned the same rows as ClientService.search "
                        + "for every query.");
            }
            out.append('\n');
            String prefix = commonPrefix(sampleKeys);
            progress(database.name() + ": query plans");
            String commonPrefixSql = serviceSql(clients, prefix);
            explain(
                    dataSource,
                    "zoeknaam prefix \"" + prefix + "\", the service's SQL",
                    commonPrefixSql,
                    hibernateBinder(commonPrefixSql),
                    prefix);
            explain(
                    dataSource,
                    "klantnummer " + klantnummers.getFirst() + ", the service's SQL",
                    klantnummerSql,
                    hibernateBinder(klantnummerSql),
                    klantnummers.getFirst());
            if (allShapes) {
                if (orShape) {
                    explain(
                            dataSource,
                            "zoeknaam prefix \"" + prefix + "\", the prefix query alone (what-if)",
                            PREFIX_SQL,
                            Run::bindPrefix,
                            prefix);
                }
                explain(
                        dataSource,
                        "zoeknaam prefix \"" + prefix + "\", UNION shape (what-if)",
                        UNION_SQL,
                        Run::bindUnion,
                        prefix);
            }
        }

        /** The last SQL statement the service prepared for this search. */
        private static String serviceSql(ClientService clients, String text) {
            clients.search(ClientSearch.klanten(text), PageRequest.of(0, PAGE_SIZE));
            return Objects.requireNonNull(CapturingSql.lastSql());
        }

        private record Workload(String name, List<String> texts) {}

        /** One way to run the search; returns the ids found, in order. Complete: runs the whole search. */
        private record Variant(String name, Search search, boolean complete) {}

        @FunctionalInterface
        private interface Search {
            long[] ids(String text) throws SQLException;
        }

        private List<LatencyStats> run(List<Variant> variants, Workload workload) throws SQLException {
            List<LatencyStats> stats = new ArrayList<>();
            variants.forEach(variant -> stats.add(new LatencyStats(queries)));
            long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            for (int i = 0; i < workload.texts().size(); i++) {
                if (i < warmup && System.nanoTime() > warmupEnd) {
                    i = warmup; // warm-up time budget spent: on to the measured queries
                }
                String text = workload.texts().get(i);
                long[][] found = new long[variants.size()][];
                for (int turn = 0; turn < variants.size(); turn++) {
                    int v = (i + turn) % variants.size();
                    long start = System.nanoTime();
                    found[v] = variants.get(v).search().ids(text);
                    long elapsed = System.nanoTime() - start;
                    if (i >= warmup) {
                        stats.get(v).add(elapsed);
                    }
                }
                for (int v = 1; v < variants.size(); v++) {
                    if (variants.get(v).complete() && !Arrays.equals(found[0], found[v])) {
                        mismatches.merge(
                                workload.name() + " / " + variants.get(v).name(), 1, Integer::sum);
                    }
                }
            }
            return stats;
        }

        /**
         * Plain JDBC: a connection from the same pool, one PreparedStatement, every selected column read
         * (as a hand-written DAO would map them).
         */
        private static long[] jdbc(DataSource dataSource, String sql, Binder binder, String text) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, binder, text);
                long[] ids = new long[PAGE_SIZE];
                int count = 0;
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        ids[count++] = result.getLong(1);
                        for (int column = 2; column <= columns; column++) {
                            result.getObject(column);
                        }
                    }
                }
                return Arrays.copyOf(ids, count);
            }
        }

        /**
         * The search as JPQL through a transactional shared EntityManager, without Spring Data and
         * method security: to tell what the kinds collection parameter costs (Hibernate does not
         * cache the translation of a query with a multi-valued parameter) from the rest.
         */
        private static long[] jpa(
                ConfigurableApplicationContext context,
                String jpql,
                String text,
                UnaryOperator<TypedQuery<Registration>> kinds) {
            EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
            EntityManager entityManager = SharedEntityManagerCreator.createSharedEntityManager(factory);
            TransactionTemplate transaction =
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            transaction.setReadOnly(true);
            String stripped = text.strip();
            return transaction.execute(status -> {
                TypedQuery<Registration> query = entityManager
                        .createQuery(jpql, Registration.class)
                        .setParameter("prefix", SearchKeys.prefixPattern(stripped))
                        .setMaxResults(PAGE_SIZE);
                return kinds.apply(query).getResultList().stream()
                        .mapToLong(Registration::getId)
                        .toArray();
            });
        }

        /**
         * As {@link #jdbc}, wrapped the way Spring's JpaTransactionManager wraps a
         * {@code @Transactional(readOnly = true)} method: read-only connection, autocommit off, commit,
         * both reset. Shows what the transaction's round trips cost.
         */
        private static long[] readOnlyTransaction(DataSource dataSource, String sql, Binder binder, String text)
                throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);
                long[] ids = new long[PAGE_SIZE];
                int count = 0;
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    bind(statement, binder, text);
                    try (ResultSet result = statement.executeQuery()) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            ids[count++] = result.getLong(1);
                            for (int column = 2; column <= columns; column++) {
                                result.getObject(column);
                            }
                        }
                    }
                    connection.commit();
                } finally {
                    connection.setAutoCommit(true);
                    connection.setReadOnly(false);
                }
                return Arrays.copyOf(ids, count);
            }
        }

        /** Binds the search text as ClientService does: LIKE pattern of the normalised text, klantnummer or -1. */
        private static void bind(PreparedStatement statement, Binder binder, String text) throws SQLException {
            String stripped = text.strip();
            long klantnummer = stripped.matches("[0-9]{1,18}") ? Long.parseLong(stripped) : -1;
            binder.bind(statement, SearchKeys.prefixPattern(stripped), klantnummer);
        }

        @FunctionalInterface
        private interface Binder {
            void bind(PreparedStatement statement, String pattern, long klantnummer) throws SQLException;
        }

        /** JDBC_SQL: kinds, pattern, klantnummer. */
        private static void bindBaseline(PreparedStatement statement, String pattern, long klantnummer)
                throws SQLException {
            statement.setString(1, KLANT_KINDS.get(0));
            statement.setString(2, KLANT_KINDS.get(1));
            statement.setString(3, pattern);
            statement.setLong(4, klantnummer);
        }

        /** PREFIX_SQL: kinds, pattern. */
        private static void bindPrefix(PreparedStatement statement, String pattern, long klantnummer)
                throws SQLException {
            statement.setString(1, KLANT_KINDS.get(0));
            statement.setString(2, KLANT_KINDS.get(1));
            statement.setString(3, pattern);
        }

        /**
         * The search as two statements, as ClientService does it since f6908c2: for a number the
         * klantnummer lookup, and only when that finds no klant the zoeknaam prefix query.
         */
        private static long[] twoQueries(DataSource dataSource, String text) throws SQLException {
            String stripped = text.strip();
            long klantnummer = stripped.matches("[0-9]{1,18}") ? Long.parseLong(stripped) : -1;
            List<Object[]> rows = new ArrayList<>();
            try (Connection connection = dataSource.getConnection()) {
                if (klantnummer >= 0) {
                    try (PreparedStatement statement = connection.prepareStatement(KLANTNUMMER_SQL)) {
                        statement.setString(1, KLANT_KINDS.get(0));
                        statement.setString(2, KLANT_KINDS.get(1));
                        statement.setLong(3, klantnummer);
                        readRows(statement, rows);
                    }
                }
                if (rows.isEmpty()) {
                    try (PreparedStatement statement = connection.prepareStatement(PREFIX_SQL)) {
                        bindPrefix(statement, SearchKeys.prefixPattern(stripped), klantnummer);
                        readRows(statement, rows);
                    }
                }
            }
            return rows.stream().mapToLong(row -> (Long) row[0]).toArray();
        }

        /** Reads every column; keeps id and search key (the last column). */
        private static void readRows(PreparedStatement statement, List<Object[]> rows) throws SQLException {
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int column = 2; column < columns; column++) {
                        result.getObject(column);
                    }
                    rows.add(new Object[] {result.getLong(1), result.getString(columns)});
                }
            }
        }

        /** UNION_SQL: kinds, pattern, kinds, klantnummer. */
        private static void bindUnion(PreparedStatement statement, String pattern, long klantnummer)
                throws SQLException {
            statement.setString(1, KLANT_KINDS.get(0));
            statement.setString(2, KLANT_KINDS.get(1));
            statement.setString(3, pattern);
            statement.setString(4, KLANT_KINDS.get(0));
            statement.setString(5, KLANT_KINDS.get(1));
            statement.setLong(6, klantnummer);
        }

        /** The query plan of a statement on this database: EXPLAIN, and with the row counts of a real run. */
        private void explain(DataSource dataSource, String label, String sql, Binder binder, String text)
                throws SQLException {
            out.append("#### Query plan: ")
                    .append(label)
                    .append("\n\n```sql\n")
                    .append(sql)
                    .append("\n```\n\n");
            try (Connection connection = dataSource.getConnection()) {
                for (String command :
                        database.isMariaDb() ? List.of("EXPLAIN", "ANALYZE") : List.of("EXPLAIN ANALYZE")) {
                    try (PreparedStatement statement = connection.prepareStatement(command + " " + sql)) {
                        bind(statement, binder, text);
                        out.append(command).append(":\n\n```\n");
                        try (ResultSet result = statement.executeQuery()) {
                            out.append(table(result));
                        }
                        out.append("```\n\n");
                    }
                }
            }
        }

        /** The service's SQL: the kinds, the LIKE pattern, the klantnummer, then the page size (and offset). */
        private static Binder hibernateBinder(String sql) {
            return (statement, pattern, klantnummer) -> bindLikeHibernate(statement, sql, pattern, klantnummer);
        }

        /**
         * Binds the service's SQL by what stands before each placeholder: a kind in the IN list, the LIKE
         * pattern, the klantnummer, the page size (limit, fetch first) or the offset.
         */
        private static void bindLikeHibernate(PreparedStatement statement, String sql, String pattern, long klantnummer)
                throws SQLException {
            String lower = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            int kind = 0;
            int index = 0;
            for (int at = lower.indexOf('?'); at >= 0; at = lower.indexOf('?', at + 1)) {
                index++;
                String before = lower.substring(Math.max(0, at - 30), at);
                if (before.endsWith("like")) {
                    statement.setString(index, pattern);
                } else if (before.endsWith("klantnummer=")) {
                    statement.setLong(index, klantnummer);
                } else if (before.endsWith("offset")) {
                    statement.setInt(index, 0);
                } else if (before.endsWith("limit") || before.endsWith("fetchfirst")) {
                    statement.setInt(index, PAGE_SIZE);
                } else {
                    statement.setString(index, KLANT_KINDS.get(kind++ % KLANT_KINDS.size()));
                }
            }
        }

        private static String table(ResultSet result) throws SQLException {
            ResultSetMetaData meta = result.getMetaData();
            StringBuilder text = new StringBuilder();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                text.append(column == 1 ? "" : " | ").append(meta.getColumnLabel(column));
            }
            text.append('\n');
            while (result.next()) {
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    text.append(column == 1 ? "" : " | ").append(result.getString(column));
                }
                text.append('\n');
            }
            return text.toString();
        }

        /** Search key and klantnummer of every 50th klant: what users search for. */
        private static void sample(DataSource dataSource, List<String> keys, List<String> klantnummers)
                throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT search_key, klantnummer FROM registration "
                            + "WHERE MOD(id, 50) = 0 AND kind IN ('PERSOON', 'BEDRIJF') ORDER BY id")) {
                while (result.next()) {
                    keys.add(result.getString(1));
                    klantnummers.add(result.getString(2));
                }
            }
        }

        /** The most frequent first two letters among the sampled keys: the worst case of a short prefix. */
        private static String commonPrefix(List<String> keys) {
            return keys.stream()
                    .filter(key -> key.length() >= 2)
                    .map(key -> key.substring(0, 2))
                    .collect(Collectors.groupingBy(prefix -> prefix, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
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

        private static void progress(String message) {
            System.out.println("[benchmark " + LocalTime.now().withNano(0) + "] " + message);
        }

        private void line(String format, Object... arguments) {
            out.append(String.format(Locale.ROOT, format, arguments)).append("  \n");
        }
    }

    /** Keeps the test classes (test configurations of other tests) out of the benchmark's component scan. */
    static final class ExcludeTestClasses extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }
    }
}
