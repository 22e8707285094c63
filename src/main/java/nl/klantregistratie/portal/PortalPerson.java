package nl.klantregistratie.portal;

import java.util.List;

/** A person as the portal sees it: the registration that leads its data (hoofd) and its access (R15). */
public record PortalPerson(long headId, List<PortalAccess> access) {

    public PortalPerson {
        access = List.copyOf(access);
    }
}
