package nl.klantregistratie.link;

import nl.klantregistratie.client.RegistrationKind;
import org.jspecify.annotations.Nullable;

/** A registration that can be chosen as hoofd, as the link dialog lists it. */
public record HeadCandidate(
        long id,
        long klantnummer,
        String naam,
        RegistrationKind kind,
        @Nullable String bedrijf,
        long followerCount) {

    public boolean isHead() {
        return followerCount > 0;
    }
}
