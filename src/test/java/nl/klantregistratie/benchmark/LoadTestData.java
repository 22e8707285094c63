package nl.klantregistratie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Not a benchmark but its loader, for the load test and the failover test (docs/benchmarks.md):
 * fills the registration table of a migrated, running installation's MariaDB database with
 * {@code -Drows} (100,000) generated registrations ({@link RegistrationLoader}), klantnummers
 * 100001 onwards. The database comes from {@code BENCH_MARIADB_URL}, {@code BENCH_MARIADB_USER},
 * {@code BENCH_MARIADB_PASSWORD}. A table that already holds exactly that many rows is left as it
 * is; one with other rows is refused. Run by name only, never by {@code ./mvnw verify}:
 *
 * <pre>
 * ./mvnw -B -o -Pbenchmark test -Dtest=LoadTestData -Drows=20000 -DBENCH_MARIADB_URL=jdbc:mariadb://127.0.0.1:3311/klantregistratie
 * </pre>
 */
class LoadTestData {

    @Test
    void fill() throws Exception {
        BenchmarkDatabase database = BenchmarkDatabase.mariaDb();
        int rows = Integer.getInteger("rows", 100_000);
        long existing = database.registrationCount();
        assertThat(existing)
                .as(
                        "registrations in %s (run the application once first: its migrations make the table)",
                        database.url())
                .isNotNegative();
        if (existing == rows) {
            System.out.printf("%s already holds %,d registrations%n", database.url(), rows);
            return;
        }
        assertThat(existing).as("registrations already in %s", database.url()).isZero();
        RegistrationLoader.Result loaded = new RegistrationLoader().load(database, rows);
        System.out.printf(
                "Loaded %,d registrations into %s in %.1f s: klantnummers %d-%d%n",
                loaded.rows(),
                database.url(),
                loaded.millis() / 1000.0,
                RegistrationLoader.FIRST_KLANTNUMMER,
                RegistrationLoader.FIRST_KLANTNUMMER + rows - 1);
    }
}
