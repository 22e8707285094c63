package nl.klantregistratie.address;

import java.net.URI;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** For UI tests outside this package: a lookup that asks the given stub, with the context's cache. */
public final class TestAddressLookup {

    private TestAddressLookup() {}

    public static AddressLookup against(String baseUrl, ApplicationContext context) {
        AddressLookupSettings settings = new AddressLookupSettings(
                true, URI.create(baseUrl), Duration.ofMillis(300), Duration.ofDays(30), Duration.ofMinutes(1));
        return new AddressLookup(settings, new PdokLocatieserver(settings), context.getBean(AddressLookupCache.class));
    }
}
