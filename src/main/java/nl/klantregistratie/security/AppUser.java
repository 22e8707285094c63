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

    /** ISO language code of the chosen UI language, or null for the default (Dutch). */
    @Column(name = "preferred_language", length = 10)
    private @Nullable String preferredLanguage;

    protected AppUser() {}

    public AppUser(String username, String displayName, String passwordHash, Role role) {
        this.username = Usernames.normalize(username);
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

    public @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
