package nl.klantregistratie.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The roles of docs/domain.md. Each role includes the rights of the roles before it:
 * a MANAGER may do all a MEDEWERKER may, SUPPORT all a MANAGER may.
 */
public enum Role {
    MEDEWERKER,
    MANAGER,
    SUPPORT;

    /** Names for {@code @RolesAllowed}, so annotations and code share one spelling. */
    public static final String MEDEWERKER_NAME = "MEDEWERKER";

    public static final String MANAGER_NAME = "MANAGER";
    public static final String SUPPORT_NAME = "SUPPORT";

    /** This role and every role it includes. */
    public Set<Role> included() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.ordinal() <= ordinal()) {
                roles.add(role);
            }
        }
        return roles;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String translationKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
