package nl.klantregistratie.kvk;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;

/**
 * A klant-bedrijf's data from the KvK by its KvK-nummer (docs/decisions/0023-kvk-lookup.md). Only
 * with an API key configured. Each query sent counts in the month (Dutch calendar), over all
 * users and instances, and none is sent past the month's cap. Never throws for the KvK's sake: what
 * went wrong is an answer.
 */
@Service
@RolesAllowed(Role.MEDEWERKER_NAME)
public class KvkLookup {

    private static final Logger log = LoggerFactory.getLogger(KvkLookup.class);

    private final KvkSettings settings;
    private final KvkClient kvk;
    private final KvkUsageCounter counter;
    private final Clock clock;

    @Autowired
    KvkLookup(KvkSettings settings, KvkClient kvk, KvkUsageCounter counter) {
        this(settings, kvk, counter, Clock.system(OfficeTime.ZONE));
    }

    KvkLookup(KvkSettings settings, KvkClient kvk, KvkUsageCounter counter, Clock clock) {
        this.settings = settings;
        this.kvk = kvk;
        this.counter = counter;
        this.clock = clock.withZone(OfficeTime.ZONE);
    }

    /** Whether the lookup is offered at all: an API key is configured. */
    public boolean enabled() {
        return settings.on();
    }

    /** The Basisprofiel of an 8-digit KvK-nummer, counted against this month's cap. */
    public KvkAnswer find(String kvkNummer) {
        if (!settings.on() || !DutchNumbers.isValidKvkNummer(kvkNummer)) {
            return new KvkAnswer.Unavailable();
        }
        String number = DutchNumbers.normalizeKvkNummer(kvkNummer);
        String month = YearMonth.now(clock).toString();
        if (!counter.reserve(month, settings.monthlyCap())) {
            return new KvkAnswer.CapReached(usage(month));
        }
        try {
            Optional<KvkProfile> profile = kvk.basisprofiel(number);
            return profile.<KvkAnswer>map(found -> new KvkAnswer.Found(found, usage(month)))
                    .orElseGet(() -> new KvkAnswer.Unknown(usage(month)));
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
            log.warn("KvK lookup refused: the API key is wrong or has no access to the Basisprofiel");
            return new KvkAnswer.Unavailable();
        } catch (RuntimeException e) {
            log.warn("KvK lookup failed: {}", e.getClass().getSimpleName());
            return new KvkAnswer.Unavailable();
        }
    }

    /** This month's queries and the cap, for support staff keeping an eye on the cost. */
    @RolesAllowed(Role.SUPPORT_NAME)
    public KvkUsage usage() {
        return usage(YearMonth.now(clock).toString());
    }

    private KvkUsage usage(String month) {
        return new KvkUsage(month, counter.used(month), settings.monthlyCap());
    }
}
