package nl.klantregistratie.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.klantregistratie.base.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff accounts: sign-in lookup for Spring Security and the few account operations
 * other features need. Passwords are stored only as hashes. Every change of an account goes to the
 * audit log (docs/decisions/0017) when it commits: created, name or role changed, deactivated,
 * activated, password reset (never the password).
 */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;

    UserService(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            Validator validator,
            ApplicationEventPublisher events,
            LoginThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.events = events;
        this.throttle = throttle;
    }

    /**
     * Forgets the failed sign-ins that no longer slow anyone down (for the retention job: the table
     * holds client addresses and typed names, kept no longer than needed); returns how many.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public int forgetOldSignInFailures() {
        return throttle.forgetOld();
    }

    /**
     * The account's sessions must end now (deactivated, its role changed or its password reset): published after the
     * change is saved; {@link LiveSessions} ends them.
     */
    public record SessionsEnding(String username) {}

    /** For Spring Security's login, before anyone is signed in. */
    @Override
    @PermitAll
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isActive())
                .authorities(user.getRole().included().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .collect(Collectors.toSet()))
                .build();
    }

    /** The account itself, for the UI's signed-in user and for startup; never shown to others. */
    @PermitAll
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(Usernames.normalize(username));
    }

    /** All accounts, by username. Applicatiebeheer only. */
    @RolesAllowed(Role.SUPPORT_NAME)
    public List<AppUser> findAll() {
        return users.findAll(Sort.by("username"));
    }

    /** Whether any account exists: at startup, to make the first one. */
    @PermitAll
    public boolean hasUsers() {
        return users.count() > 0;
    }

    /**
     * Creates an account at startup (the demo users, the first support account); the password is
     * hashed here and never stored as given. Refused while a user is signed in: from the application
     * accounts are made with {@link #createUser}, for support only and under the password rules.
     */
    @Transactional
    @PermitAll
    public AppUser create(String username, String displayName, String rawPassword, Role role) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (Principals.isSignedIn(signedIn)) {
            throw new AuthorizationDeniedException("Accounts are created with createUser while signed in");
        }
        if (users.findByUsername(Usernames.normalize(username)).isPresent()) {
            throw new IllegalArgumentException("User already exists: " + username);
        }
        AppUser created = users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role));
        audit(AuditEvent.Type.USER_CREATED, created, "rol " + role.name());
        return created;
    }

    /**
     * Creates an account from the user administration (support only): the username must be free,
     * the password follow {@link PasswordRules}; the user chooses a new password at the first login.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public AppUser createUser(String username, String displayName, Role role, @Nullable String password) {
        AppUser user = new AppUser(username.strip(), displayName.strip(), "", role);
        validate(user);
        if (users.findByUsername(user.getUsername()).isPresent()) {
            throw new UserRefusedException("username", "users.username.taken", user.getUsername());
        }
        PasswordRules.check(password, user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setPasswordChangeRequired(true);
        AppUser created = users.save(user);
        audit(AuditEvent.Type.USER_CREATED, created, "rol " + role.name());
        return created;
    }

    /** Changes name and role (support only). A changed role ends the user's sessions, so it applies at once. */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public AppUser update(long id, String displayName, Role role) {
        AppUser user = byId(id);
        if (user.getRole() != role && isCurrentUser(user) && role != Role.SUPPORT) {
            throw new UserRefusedException("role", "users.self.role");
        }
        boolean roleChanged = user.getRole() != role;
        if (roleChanged && role != Role.SUPPORT) {
            keepOneActiveSupport(user, "role");
        }
        List<String> changes = new ArrayList<>();
        if (!user.getDisplayName().equals(displayName.strip())) {
            changes.add("naam: " + user.getDisplayName() + " → " + displayName.strip());
        }
        if (roleChanged) {
            changes.add("rol: " + user.getRole().name() + " → " + role.name());
        }
        user.setDisplayName(displayName.strip());
        user.setRole(role);
        validate(user);
        if (roleChanged) {
            events.publishEvent(new SessionsEnding(user.getUsername()));
        }
        if (!changes.isEmpty()) {
            audit(AuditEvent.Type.USER_CHANGED, user, String.join("; ", changes));
        }
        return user;
    }

    /**
     * Deactivates or reactivates an account (support only). A deactivated user cannot sign in and
     * every session of theirs ends at once. Nobody deactivates themselves.
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public AppUser setActive(long id, boolean active) {
        AppUser user = byId(id);
        if (!active && isCurrentUser(user)) {
            throw new UserRefusedException("", "users.self.deactivate");
        }
        if (!active) {
            keepOneActiveSupport(user, "");
        }
        boolean changed = user.isActive() != active;
        user.setActive(active);
        if (!active) {
            events.publishEvent(new SessionsEnding(user.getUsername()));
        }
        if (changed) {
            audit(active ? AuditEvent.Type.USER_ACTIVATED : AuditEvent.Type.USER_DEACTIVATED, user, null);
        }
        return user;
    }

    /**
     * Sets a new password chosen by applicatiebeheer (support only), which the user must change at
     * the next login; also lifts a lockout and ends the user's open sessions (a reset often means the
     * old password is no longer safe).
     */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public AppUser resetPassword(long id, @Nullable String password) {
        AppUser user = byId(id);
        PasswordRules.check(password, user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setPasswordChangeRequired(true);
        events.publishEvent(new SessionsEnding(user.getUsername()));
        audit(AuditEvent.Type.PASSWORD_RESET, user, null);
        return user;
    }

    /** The signed-in user changes their own password (any role). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(@Nullable String currentPassword, @Nullable String newPassword) {
        String username = Principals.currentUsername();
        AppUser user = users.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        if (currentPassword == null || !passwordMatches(user, currentPassword)) {
            throw new UserRefusedException("currentPassword", "users.password.current");
        }
        PasswordRules.check(newPassword, user.getUsername());
        if (passwordMatches(user, newPassword)) {
            throw new UserRefusedException("password", "users.password.same");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(false);
    }

    /**
     * Refuses to take the last active support account away (by a role change or deactivation):
     * without one nobody can administer users any more. The active support accounts stay locked
     * until the transaction ends, so two support users demoting each other at the same moment
     * cannot both succeed.
     */
    private void keepOneActiveSupport(AppUser leaving, String field) {
        if (leaving.getRole() != Role.SUPPORT || !leaving.isActive()) {
            return;
        }
        boolean othersRemain = users.lockActiveWithRole(Role.SUPPORT).stream()
                .anyMatch(other -> !other.getId().equals(leaving.getId()));
        if (!othersRemain) {
            throw new UserRefusedException(field, "users.lastSupport");
        }
    }

    /** For the audit log, when the transaction commits; the account by its username. */
    private void audit(AuditEvent.Type type, AppUser account, @Nullable String detail) {
        events.publishEvent(new AuditEvent(type, account.getUsername(), detail));
    }

    private AppUser byId(long id) {
        return users.findById(id).orElseThrow(() -> new UserRefusedException("", "users.notfound"));
    }

    private void validate(AppUser user) {
        Set<ConstraintViolation<AppUser>> violations = validator.validate(user);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static boolean isCurrentUser(AppUser user) {
        return user.getUsername().equals(Usernames.normalize(Principals.currentUsername()));
    }

    /** Whether the password is the account's: at startup, to refuse demo passwords in production. */
    @PermitAll
    public boolean passwordMatches(AppUser user, String rawPassword) {
        return passwordEncoder.matches(rawPassword, user.getPasswordHash());
    }

    /** Remembers the UI language a user chose, so the next session opens in it. */
    @Transactional
    @PermitAll
    public void savePreferredLanguage(String username, Locale locale) {
        users.findByUsername(Usernames.normalize(username))
                .ifPresent(user -> user.setPreferredLanguage(locale.getLanguage()));
    }
}
