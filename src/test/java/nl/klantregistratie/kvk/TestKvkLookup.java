package nl.klantregistratie.kvk;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * For UI tests outside this package: a KvK lookup that asks the given stub, with the context's
 * counter. Each lookup counts in a month of its own (far ahead), so tests sharing a database never
 * meet each other's count.
 */
public final class TestKvkLookup {

    private static final AtomicInteger MONTHS = new AtomicInteger();

    private TestKvkLookup() {}

    public static KvkLookup against(String baseUrl, String apiKey, int monthlyCap, ApplicationContext context) {
        KvkSettings settings = new KvkSettings(apiKey, URI.create(baseUrl), Duration.ofMillis(500), monthlyCap);
        Clock ownMonth = Clock.fixed(
                Instant.parse("2100-01-15T12:00:00Z")
                        .atZone(ZoneOffset.UTC)
                        .plusMonths(MONTHS.getAndIncrement())
                        .toInstant(),
                ZoneOffset.UTC);
        return new KvkLookup(settings, new KvkClient(settings), context.getBean(KvkUsageCounter.class), ownMonth);
    }

    /** A lookup whose month's count cannot be read: the database does not answer. */
    public static KvkLookup withUnreadableUsage(String apiKey, ApplicationContext context) {
        KvkSettings settings =
                new KvkSettings(apiKey, URI.create("http://127.0.0.1:9/api"), Duration.ofMillis(500), 25);
        return new KvkLookup(settings, new KvkClient(settings), context.getBean(KvkUsageCounter.class)) {
            @Override
            public KvkUsage usage() {
                throw new DataAccessResourceFailureException("the database does not answer");
            }
        };
    }
}
