package nl.klantregistratie.client;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which records of BSNs shown in full to list: by whom, of which klantnummer, in which period (office days). */
public record BsnRevealQuery(
        @Nullable String username,
        @Nullable Long klantnummer,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static BsnRevealQuery all() {
        return new BsnRevealQuery(null, null, null, null);
    }
}
