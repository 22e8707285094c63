package nl.klantregistratie.address;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The postcode lookup (docs/decisions/0022-address-lookup.md).
 *
 * @param enabled off switch: false leaves the forms exactly as without the lookup
 * @param baseUrl PDOK Locatieserver's search API (its {@code free} endpoint lies below it)
 * @param timeout for connecting and for the whole answer; the form waits at most this long
 * @param cacheFor how long a found address is used without asking again
 * @param pause how long the lookup stays off after repeated failures before it tries once more
 */
@ConfigurationProperties("klantregistratie.address-lookup")
public record AddressLookupSettings(
        @Nullable Boolean enabled,
        @Nullable URI baseUrl,
        @Nullable Duration timeout,
        @Nullable Duration cacheFor,
        @Nullable Duration pause) {

    public static final URI PDOK = URI.create("https://api.pdok.nl/bzk/locatieserver/search/v3_1");

    public AddressLookupSettings {
        enabled = enabled == null || enabled;
        baseUrl = baseUrl == null ? PDOK : baseUrl;
        timeout = timeout == null ? Duration.ofMillis(1500) : timeout;
        cacheFor = cacheFor == null ? Duration.ofDays(30) : cacheFor;
        pause = pause == null ? Duration.ofMinutes(1) : pause;
    }

    public boolean on() {
        return Boolean.TRUE.equals(enabled);
    }
}
