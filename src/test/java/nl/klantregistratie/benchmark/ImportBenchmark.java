package nl.klantregistratie.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.klantregistratie.Application;
import nl.klantregistratie.importing.ImportBatch;
import nl.klantregistratie.importing.ImportProgress;
import nl.klantregistratie.importing.ImportReport;
import nl.klantregistratie.importing.ImportService;
import nl.klantregistratie.importing.ImportSettings;
import nl.klantregistratie.importing.RowOutcome;
import nl.klantregistratie.test.MariaDbTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * How fast does Importeren take an office's file, and does its memory stay flat as the file grows? A
 * benchmark, not a test: it runs only with {@code -Dbenchmark=true} (docs/benchmarks.md, section
 * "Import", gives the command). Goal: at least 2,000 rows/s on MariaDB with history.
 *
 * <p>On the MariaDB benchmark database (schema dropped and migrated, history on as the application
 * runs): a mixed CSV file made here, one klant-bedrijf per ten rows, six klant-personen (BSN, address,
 * birth date, e-mail) and three contactpersonen at those klant-bedrijven (by KvK-nummer), per size of
 * {@code benchmark.rows} (default 10,000 and 100,000). Per size: "Controleren" (the check, which
 * writes nothing), then the import for real in chunks of 500 ({@link ImportService#run} on this
 * thread), then as the baseline of the same run a plain JDBC batch insert of the same registrations
 * (the same number of rows with the same columns, 1,000 per batch, one transaction per batch, no
 * history, no validation, no matching). Live heap is read after a full GC every tenth chunk (while
 * the import runs) and its peak printed, with the size of the file.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Test
    void importsMixedFiles() throws Exception {
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("benchmark.rows", "10000,100000").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        StringBuilder report =
                new StringBuilder("## Import, ").append(LocalDate.now()).append("\n\n");
        report.append(Machine.describe()).append('\n');
        BenchmarkDatabase database = BenchmarkDatabase.mariaDb();
        try (ConfigurableApplicationContext context = start(database)) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "benchmark", null, AuthorityUtils.createAuthorityList("ROLE_MEDEWERKER", "ROLE_MANAGER")));
            ImportService imports = context.getBean(ImportService.class);
            ImportProgress progress = context.getBean(ImportProgress.class);
            DataSource dataSource = context.getBean(DataSource.class);
            report.append("Database: ")
                    .append(database.url())
                    .append(" (")
                    .append(database.describeServer())
                    .append(")\n\n");
            report.append(
                    "| rows | file | check rows/s | import rows/s | JDBC batch insert rows/s (baseline) | import ÷ baseline | live heap before → peak during import | outcome |\n");
            report.append("|---|---|---|---|---|---|---|---|\n");
            int run = 0;
            for (int size : sizes) {
                run++;
                byte[] file = file(size, run);
                ImportSettings settings = new ImportSettings(
                        null, imports.analyse("bench.csv", file, null).mapping(), ImportSettings.OnMatch.UPDATE, false);

                long started = System.nanoTime();
                ImportReport checked = imports.check("bench.csv", file, settings, Locale.ROOT);
                double checkSeconds = (System.nanoTime() - started) / 1e9;

                long heapBefore = liveHeap();
                AtomicLong peak = new AtomicLong(heapBefore);
                ImportBatch batch = imports.start("bench.csv", file, settings, Locale.ROOT);
                int[] chunks = {0};
                AutoCloseable watching = progress.register(batch.getId(), () -> {
                    if (++chunks[0] % 10 == 0) {
                        peak.accumulateAndGet(liveHeap(), Math::max);
                    }
                });
                started = System.nanoTime();
                imports.run(batch.getId());
                double importSeconds = (System.nanoTime() - started) / 1e9;
                watching.close();
                ImportBatch done = imports.batch(batch.getId()).orElseThrow();

                double baselineSeconds = baseline(dataSource, size, run);

                String line = String.format(
                        Locale.ROOT,
                        "| %,d | %.1f MB | %,.0f | %,.0f | %,.0f | %.1f× slower | %d → %d MB | %s |%n",
                        size,
                        file.length / 1e6,
                        size / checkSeconds,
                        size / importSeconds,
                        size / baselineSeconds,
                        importSeconds / baselineSeconds,
                        heapBefore / 1_000_000,
                        peak.get() / 1_000_000,
                        "created " + done.getCreatedCount() + ", suggested " + done.getSuggestedCount()
                                + ", rejected " + done.getRejectedCount() + " (check: rejected "
                                + checked.count(RowOutcome.REJECTED) + ")");
                System.out.print(line);
                report.append(line);
            }
        }
        report.append('\n')
                .append(String.format(
                        Locale.ROOT,
                        "Load average at the end: %.2f%n",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Path out = Path.of("target", "benchmark", "import-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Report written to " + out.toAbsolutePath());
    }

    private static ConfigurableApplicationContext start(BenchmarkDatabase database) {
        return new SpringApplicationBuilder(Application.class, MariaDbTestSupport.CleanSchemaConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(
                        ApplicationContextFactory.of(() -> new GenericWebApplicationContext(new MockServletContext())))
                .profiles("test")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("benchmarkExcludesTestClasses", new SearchBenchmark.ExcludeTestClasses()))
                .run(
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.datasource.driver-class-name=org.mariadb.jdbc.Driver",
                        "--spring.flyway.clean-disabled=false",
                        "--spring.datasource.hikari.connection-init-sql=SET SESSION innodb_lock_wait_timeout = 5",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--klantregistratie.import.chunk-size=500");
    }

    /** A mixed file as an office's export: Type, the klant-bedrijf's KvK for a contactpersoon, Dutch dates. */
    private static byte[] file(int rows, int run) {
        StringBuilder csv = new StringBuilder(rows * 200);
        csv.append("Type;Statutaire naam;Rechtsvorm;KvK-nummer;KvK-nummer bedrijf;Voorletters;Tussenvoegsel;"
                + "Achternaam;Geboortedatum;BSN;Straat;Huisnummer;Postcode;Plaats;E-mail;Mobiel\r\n");
        int company = 0;
        for (int i = 0; i < rows; i++) {
            int slot = i % 10;
            String kvk = String.format("%08d", run * 10_000_000 + company);
            if (slot == 0) {
                company++;
                kvk = String.format("%08d", run * 10_000_000 + company);
                csv.append("Klant-bedrijf;Bedrijf ")
                        .append(run)
                        .append('-')
                        .append(company)
                        .append(" B.V.;BV;")
                        .append(kvk)
                        .append(";;;;;;;Industrieweg;")
                        .append(1 + company % 300)
                        .append(";3511 AB;Utrecht;;\r\n");
            } else if (slot <= 6) {
                csv.append("Klant-persoon;;;;;")
                        .append((char) ('A' + i % 26))
                        .append(".;")
                        .append(i % 7 == 0 ? "van" : "")
                        .append(";Persoon")
                        .append(run)
                        .append('x')
                        .append(i)
                        .append(';')
                        .append(String.format("%02d-%02d-%d", 1 + i % 28, 1 + i % 12, 1940 + i % 60))
                        .append(';')
                        .append(bsn(run * 10_000_000 + i))
                        .append(";Dorpsstraat;")
                        .append(1 + i % 200)
                        .append(";1234 AB;Ede;p")
                        .append(run)
                        .append('x')
                        .append(i)
                        .append("@example.nl;06 1234")
                        .append(String.format("%04d", i % 10_000))
                        .append("\r\n");
            } else {
                csv.append("Contactpersoon;;;;")
                        .append(kvk)
                        .append(';')
                        .append((char) ('A' + i % 26))
                        .append(".;;Contact")
                        .append(run)
                        .append('x')
                        .append(i)
                        .append(";;;;;;;;\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid BSN (elfproef) made from a number. */
    private static String bsn(int number) {
        for (int attempt = 0; ; attempt++) {
            String first = String.format("%08d", (number * 7 + attempt * 13) % 100_000_000);
            int sum = 0;
            for (int d = 0; d < 8; d++) {
                sum += (9 - d) * (first.charAt(d) - '0');
            }
            if (sum % 11 < 10 && !first.equals("00000000")) {
                return first + (sum % 11);
            }
        }
    }

    /** The same number of registrations by a plain JDBC batch insert (then removed): what the database itself costs. */
    private static double baseline(DataSource dataSource, int rows, int run) throws Exception {
        long base = 9_000_000_000L + run * 1_000_000L;
        String sql =
                "INSERT INTO registration (id, version, kind, klantnummer, zoeknaam, zoeknaam_handmatig, search_key, "
                        + "created_at, updated_at, personal_achternaam, personal_voorletters, personal_geboortedatum, "
                        + "personal_woonadres_straat, personal_woonadres_huisnummer, personal_woonadres_postcode, "
                        + "personal_woonadres_plaats, personal_prive_email, bsn, emailvoorkeur, "
                        + "personal_correspondentie_zelfde_als_woonadres) VALUES (?, 0, 'PERSOON', ?, ?, false, ?, ?, ?, ?, ?, ?, "
                        + "'Dorpsstraat', 1, '1234 AB', 'Ede', ?, ?, 'ZAKELIJK', true)";
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < rows; i++) {
                    long id = base + i;
                    insert.setLong(1, id);
                    insert.setLong(2, id);
                    insert.setString(3, "Baseline" + i + ", B.");
                    insert.setString(4, "baseline" + i + " b");
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.setString(7, "Baseline" + i);
                    insert.setString(8, "B.");
                    insert.setObject(9, LocalDate.of(1940 + i % 60, 1 + i % 12, 1 + i % 28));
                    insert.setString(10, "b" + i + "@example.nl");
                    insert.setString(11, bsn(run * 10_000_000 + i + 5_000_000));
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM registration WHERE id >= " + base + " AND id < " + (base + rows));
                connection.commit();
            }
            return seconds;
        }
    }

    private static long liveHeap() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
