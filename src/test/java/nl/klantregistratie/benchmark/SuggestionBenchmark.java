package nl.klantregistratie.benchmark;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.klantregistratie.base.FlywayDialect;
import nl.klantregistratie.client.SearchKeys;
import nl.klantregistratie.suggestion.DuplicateGenerator;
import nl.klantregistratie.suggestion.HardCases;
import nl.klantregistratie.suggestion.LinkSuggestion;
import nl.klantregistratie.suggestion.PersonRecord;
import nl.klantregistratie.suggestion.PersonRecordsQuery;
import nl.klantregistratie.suggestion.SuggestionFinder;
import nl.klantregistratie.suggestion.SuggestionScorer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Koppelvoorstellen at office scale: how long finding the suggestions among 10,000 and 100,000
 * person registrations takes (blocking and scoring, in memory, on records as the service reads them),
 * how much memory it allocates and at most holds, and precision and recall on generated data with
 * known duplicates ({@link DuplicateGenerator}: typos, missing fields, namesakes, twins). Baseline,
 * measured in the same run: scoring all pairs, timed on the first 3,000 registrations and extrapolated
 * to n(n−1)/2 pairs. A benchmark, not a test: runs only with {@code -Dbenchmark=true}
 * (docs/benchmarks.md, "Koppelvoorstellen"). Sizes: {@code benchmark.sizes} (10000,100000).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SuggestionBenchmark {

    private static final long SEED = 20261128;
    private static final int BASELINE_SAMPLE = 3_000;

    @Test
    void suggestions() throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("benchmark.sizes", "10000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        StringBuilder report = new StringBuilder();
        report.append("## Koppelvoorstellen benchmark ")
                .append(LocalDate.now())
                .append("\n\n")
                .append(Machine.describe())
                .append('\n');

        DuplicateGenerator.Dataset warmup = new DuplicateGenerator(SEED + 1).generate(10_000);
        for (int i = 0; i < 3; i++) {
            SuggestionFinder.find(warmup.records(), Set.of());
        }
        double nanosPerPair = allPairsNanosPerPair(warmup.records());
        report.append(String.format(
                Locale.ROOT,
                "Baseline: scoring all pairs of the first %,d registrations: %.0f ns " + "per pair%n%n",
                BASELINE_SAMPLE,
                nanosPerPair));
        report.append("| registrations | suggestions | time (s) | all pairs, extrapolated (s) | ratio | allocated (MB) "
                + "| peak heap (MB) | precision | recall |\n|---|---|---|---|---|---|---|---|---|\n");

        for (int size : sizes) {
            DuplicateGenerator.Dataset data = new DuplicateGenerator(SEED).generate(size);
            System.gc();
            resetPeaks();
            long heapBefore = heapUsed();
            long allocatedBefore = allocated();
            long start = System.nanoTime();
            List<LinkSuggestion> found = SuggestionFinder.find(data.records(), Set.of());
            long nanos = System.nanoTime() - start;
            long allocatedMb = (allocated() - allocatedBefore) / 1024 / 1024;
            long peakMb = Math.max(0, peakHeap() - heapBefore) / 1024 / 1024;
            DuplicateGenerator.Quality quality = DuplicateGenerator.Quality.of(data, found);
            long n = data.records().size();
            double allPairsSeconds = nanosPerPair * n * (n - 1) / 2 / 1e9;
            report.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %.2f | %.0f | %.0f× | %,d | %,d | %.3f | %.3f |%n",
                    n,
                    found.size(),
                    nanos / 1e9,
                    allPairsSeconds,
                    allPairsSeconds / (nanos / 1e9),
                    allocatedMb,
                    peakMb,
                    quality.precision(),
                    quality.recall()));
        }
        report.append("\nHow they were found (docs/domain.md, \"Koppelvoorstellen\"), correct / wrong:\n\n"
                + "| registrations | fields | through another | only the name | only at the address |\n"
                + "|---|---|---|---|---|\n");
        for (int size : sizes) {
            DuplicateGenerator.Dataset data = new DuplicateGenerator(SEED).generate(size);
            Map<LinkSuggestion.Basis, long[]> byBasis = new EnumMap<>(LinkSuggestion.Basis.class);
            for (LinkSuggestion suggestion : SuggestionFinder.find(data.records(), Set.of())) {
                boolean correct = data.personOfId(suggestion.follower().id())
                        == data.personOfId(suggestion.head().id());
                byBasis.computeIfAbsent(suggestion.basis(), b -> new long[2])[correct ? 0 : 1]++;
            }
            StringBuilder row = new StringBuilder(
                    String.format(Locale.ROOT, "| %,d ", data.records().size()));
            for (LinkSuggestion.Basis basis : LinkSuggestion.Basis.values()) {
                long[] counts = byBasis.getOrDefault(basis, new long[2]);
                row.append(String.format(Locale.ROOT, "| %,d / %,d ", counts[0], counts[1]));
            }
            report.append(row).append("|\n");
        }
        report.append("\nLinks and merge proposals together, on the same generator with merge cases added (3 % of "
                + "the klant-personen registered twice, 3 % of the contactpersonen twice at one klant-bedrijf); "
                + "recall against every pair of registrations of one person:\n\n"
                + "| registrations | link suggestions | merge proposals | pairs suggested | precision | recall |\n"
                + "|---|---|---|---|---|---|\n");
        for (int size : sizes) {
            DuplicateGenerator.Dataset data = new DuplicateGenerator(SEED, true).generate(size);
            SuggestionFinder.Found found = SuggestionFinder.findAll(data.records(), List.of(), Set.of());
            DuplicateGenerator.Quality quality = DuplicateGenerator.Quality.ofAll(data, found);
            report.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %,d | %,d | %.3f | %.3f |%n",
                    data.records().size(),
                    found.links().size(),
                    found.merges().size(),
                    quality.suggested(),
                    quality.precision(),
                    quality.recall()));
        }
        HardCases.Result hard = HardCases.run();
        report.append(String.format(
                Locale.ROOT,
                "%nHand-made hard cases (`HardCases`, %d cases): %d pairs suggested, %d correct of %d to find; "
                        + "precision %.3f, recall %.3f.%s%n",
                HardCases.cases().size(),
                hard.suggested(),
                hard.correct(),
                hard.expected(),
                hard.precision(),
                hard.recall(),
                hard.wrong().isEmpty() ? "" : " Wrong: " + String.join("; ", hard.wrong())));
        report.append(String.format(
                Locale.ROOT,
                "%nWith the database read (H2 in memory, schema from the Flyway "
                        + "migrations, the generated registrations inserted by JDBC; `PersonRecords.findUnlinked` then "
                        + "`SuggestionFinder.find`, as `SuggestionService.suggestions()` does):%n%n"
                        + "| registrations | read (s) | find (s) | total (s) |%n|---|---|---|---|%n"));
        for (int size : sizes) {
            report.append(withDatabase(new DuplicateGenerator(SEED).generate(size)));
        }
        report.append(String.format(
                Locale.ROOT,
                "%nPeak heap: the most the heap held above what it held before the run "
                        + "(the records themselves excluded). Precision: correct suggestions / suggestions; recall: correct "
                        + "suggestions / pairs of registrations of the same person (two klant-personen excepted).%n"));
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "suggestions-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    /** Loads the registrations into a fresh in-memory H2 and times reading them back plus finding. */
    private static String withDatabase(DuplicateGenerator.Dataset data) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:suggestions" + data.records().size() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(FlywayDialect.placeholders(false))
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // On a connection made like this, H2 2.4 reports every insert as "Check constraint invalid:
        // CK_REGISTRATION_KIND" (an error evaluating the check, not a violation; cause not found). The
        // generated kinds are valid, so the benchmark's throw-away database goes without that check.
        jdbc.sql("ALTER TABLE registration DROP CONSTRAINT ck_registration_kind")
                .update();
        insert(dataSource, data.records());
        PersonRecordsQuery.findUnlinked(jdbc); // warm-up of the query path, not reported
        long start = System.nanoTime();
        List<PersonRecord> read = PersonRecordsQuery.findUnlinked(jdbc);
        long readNanos = System.nanoTime() - start;
        long findStart = System.nanoTime();
        List<LinkSuggestion> found = SuggestionFinder.find(read, Set.of());
        long findNanos = System.nanoTime() - findStart;
        jdbc.sql("SHUTDOWN").update();
        if (read.size() != data.records().size() || found.isEmpty()) {
            throw new IllegalStateException(
                    "read " + read.size() + " of " + data.records().size());
        }
        return String.format(
                Locale.ROOT,
                "| %,d | %.2f | %.2f | %.2f |%n",
                read.size(),
                readNanos / 1e9,
                findNanos / 1e9,
                (readNanos + findNanos) / 1e9);
    }

    private static void insert(DataSource dataSource, List<PersonRecord> records) {
        String sql = "INSERT INTO registration (id, kind, version, klantnummer, zoeknaam, zoeknaam_handmatig, "
                + "search_key, created_at, updated_at, personal_voorletters, personal_voornamen, personal_tussenvoegsel, "
                + "personal_achternaam, personal_geboortedatum, personal_prive_email, personal_prive_mobiel, "
                + "personal_woonadres_postcode, personal_woonadres_huisnummer) "
                + "VALUES (?, ?, 0, ?, ?, FALSE, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            int batch = 0;
            for (PersonRecord r : records) {
                String zoeknaam = r.achternaam() + ", " + r.voorletters();
                insert.setLong(1, r.id());
                insert.setString(2, r.kind().name());
                insert.setLong(3, r.klantnummer());
                insert.setString(4, zoeknaam.length() > 100 ? zoeknaam.substring(0, 100) : zoeknaam);
                insert.setString(5, SearchKeys.normalize(zoeknaam));
                insert.setString(6, r.voorletters());
                insert.setString(7, r.voornamen());
                insert.setString(8, r.tussenvoegsel());
                insert.setString(9, r.achternaam());
                insert.setObject(10, r.geboortedatum());
                insert.setString(11, r.priveEmail());
                insert.setString(12, r.priveMobiel());
                insert.setString(13, r.postcode());
                insert.setObject(14, r.huisnummer());
                insert.addBatch();
                if (++batch % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Time per pair when every pair of a sample is scored (the comparison blocking avoids). */
    private static double allPairsNanosPerPair(List<PersonRecord> records) {
        List<SuggestionScorer.Prepared> sample = records.subList(0, BASELINE_SAMPLE).stream()
                .map(SuggestionScorer.Prepared::of)
                .toList();
        long pairs = 0;
        long suggested = 0;
        long start = System.nanoTime();
        for (int i = 0; i < sample.size(); i++) {
            for (int j = i + 1; j < sample.size(); j++) {
                if (SuggestionScorer.score(sample.get(i), sample.get(j)).isSuggestion()) {
                    suggested++;
                }
                pairs++;
            }
        }
        long nanos = System.nanoTime() - start;
        if (suggested < 0) {
            throw new IllegalStateException(); // keeps the loop from being optimised away
        }
        return (double) nanos / pairs;
    }

    private static long allocated() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
