package nl.klantregistratie.security;

import java.util.List;

/**
 * The demo accounts, one per role, that the {@code demo} profile creates. Known here so that
 * outside the demo no account may keep a demo password ({@link ProductionUsers}, {@link PasswordRules}).
 */
public final class DemoAccounts {

    public record DemoAccount(String username, String displayName, String password, Role role) {}

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("medewerker", "Mila Medewerker", "medewerker123", Role.MEDEWERKER),
            new DemoAccount("manager", "Maarten Manager", "manager123", Role.MANAGER),
            new DemoAccount("support", "Sanne Support", "support123", Role.SUPPORT));

    private DemoAccounts() {}
}
