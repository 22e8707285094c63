package nl.klantregistratie.kvk;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The KvK lookup (docs/decisions/0023-kvk-lookup.md).
 *
 * @param apiKey the office's key for the KvK API; empty switches the lookup off
 * @param baseUrl the KvK API (the Basisprofiel lies below it at {@code /v1/basisprofielen/{kvkNummer}})
 * @param timeout for connecting and for the whole answer
 * @param monthlyCap the most queries per calendar month (Dutch time), over all users and instances
 */
@ConfigurationProperties("klantregistratie.kvk")
public record KvkSettings(
        @Nullable String apiKey,
        @Nullable URI baseUrl,
        @Nullable Duration timeout,
        @Nullable Integer monthlyCap) {

    public static final URI KVK = URI.create("https://api.kvk.nl/api");

    public KvkSettings {
        apiKey = apiKey == null ? "" : apiKey.strip();
        baseUrl = baseUrl == null ? KVK : baseUrl;
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        monthlyCap = monthlyCap == null ? 100 : monthlyCap;
    }

    public boolean on() {
        return apiKey != null && !apiKey.isEmpty();
    }

    @Override
    public String toString() { // never the key
        return "KvkSettings[baseUrl=" + baseUrl + ", timeout=" + timeout + ", monthlyCap=" + monthlyCap + "]";
    }
}
