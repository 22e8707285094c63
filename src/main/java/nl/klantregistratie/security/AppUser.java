package nl.klantregistratie.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member of the office staff who signs in to the application. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @NotBlank(message = "{users.validation.username.required}")
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{users.validation.username}")
    @Column(nullable = false, unique = true, length = 100)
    private String username = "";

    @NotBlank(message = "{users.validation.name.required}")
    @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName = "";

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role = Role.MEDEWERKER;

    @Column(nullable = false)
    private boolean active = true;

    /** Set when applicatiebeheer chose the password: the user must choose a new one at the next login. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** Failed logins since the last successful one (or since the last lockout). */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    /** Until when sign-in is refused after too many failed logins; null when not locked. */
    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    /** ISO language code of the chosen UI language, or null for the default (Dutch). */
    @Column(name = "preferred_language", length = 10)
    private @Nullable String preferredLanguage;

    protected AppUser() {}

    public AppUser(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Whether sign-in is refused at that moment because of too many failed logins. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed login; the {@code maxFailures}-th in a row locks the account until
     * {@code now + lockout} and starts the count again.
     */
    void registerFailedLogin(Instant now, int maxFailures, Duration lockout) {
        if (isLockedAt(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    /** A successful login (or a password reset) clears the count and any lockout. */
    void clearFailedLogins() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
