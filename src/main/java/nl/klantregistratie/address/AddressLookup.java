package nl.klantregistratie.address;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Postcode + huisnummer → straat and plaats (docs/decisions/0022-address-lookup.md). Asks the
 * database first (answers of up to {@code cache-for} ago), then PDOK within the timeout, through a
 * circuit breaker: after repeated failures it stops asking for {@code pause} and answers {@link
 * PostcodeAnswer.Unavailable} at once, so a form never waits for a service that is down. An older
 * cached answer serves when PDOK cannot. Never throws: the lookup is a help, not a condition.
 */
@Service
@RolesAllowed(Role.MEDEWERKER_NAME)
public class AddressLookup {

    private static final Logger log = LoggerFactory.getLogger(AddressLookup.class);
    private static final PostcodeAnswer UNAVAILABLE = new PostcodeAnswer.Unavailable();

    private final AddressLookupSettings settings;
    private final PdokLocatieserver pdok;
    private final AddressLookupCache cache;
    private final Clock clock;
    private final CircuitBreaker breaker;

    @Autowired
    AddressLookup(AddressLookupSettings settings, PdokLocatieserver pdok, AddressLookupCache cache) {
        this(settings, pdok, cache, Clock.systemUTC());
    }

    AddressLookup(AddressLookupSettings settings, PdokLocatieserver pdok, AddressLookupCache cache, Clock clock) {
        this.settings = settings;
        this.pdok = pdok;
        this.cache = cache;
        this.clock = clock;
        this.breaker = CircuitBreaker.of(
                "postcode-lookup",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(3)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(settings.pause())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .build());
        breaker.getEventPublisher()
                .onStateTransition(event -> log.warn(
                        "Postcode lookup {}", event.getStateTransition().name().toLowerCase(Locale.ROOT)));
    }

    /** Keeps PDOK's answer for next time; a cache that cannot be written costs only that. */
    private void remember(String key, int huisnummer, PostcodeAnswer.@Nullable Found found, LocalDateTime now) {
        try {
            if (found == null) {
                cache.forget(key, huisnummer);
            } else {
                cache.save(key, huisnummer, found, now);
            }
        } catch (DataAccessException e) {
            log.warn("Postcode lookup: cache not writable: {}", e.getClass().getSimpleName());
        }
    }

    /** Whether the forms offer the lookup at all (the off switch). */
    public boolean enabled() {
        return settings.on();
    }

    /**
     * The BAG's straat and plaats of a Dutch postcode ("1234 AB" or "1234ab") and huisnummer; {@link
     * PostcodeAnswer.Unavailable} when switched off, the input is no Dutch postcode, or no answer
     * came in time.
     */
    public PostcodeAnswer find(String postcode, int huisnummer) {
        if (!settings.on() || !DutchNumbers.isValidPostcode(postcode) || huisnummer < 1 || huisnummer > 99999) {
            return UNAVAILABLE;
        }
        String key = DutchNumbers.normalizePostcode(postcode).replace(" ", "");
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<AddressLookupCache.Entry> cached = Optional.empty();
        try {
            cached = cache.find(key, huisnummer);
        } catch (DataAccessException e) {
            log.warn("Postcode lookup: cache not readable: {}", e.getClass().getSimpleName());
        }
        if (cached.isPresent()
                && cached.get().lookedUpAt().plus(settings.cacheFor()).isAfter(now)) {
            return cached.get().found();
        }
        try {
            Optional<PostcodeAnswer.Found> found = breaker.executeSupplier(() -> pdok.find(key, huisnummer));
            remember(key, huisnummer, found.orElse(null), now);
            return found.isPresent() ? found.get() : new PostcodeAnswer.Unknown();
        } catch (CallNotPermittedException e) {
            return cached.<PostcodeAnswer>map(AddressLookupCache.Entry::found).orElse(UNAVAILABLE);
        } catch (RuntimeException e) {
            // the exception's message may hold the address asked for: only its kind goes into the log
            log.warn("Postcode lookup failed: {}", e.getClass().getSimpleName());
            return cached.<PostcodeAnswer>map(AddressLookupCache.Entry::found).orElse(UNAVAILABLE);
        }
    }
}
