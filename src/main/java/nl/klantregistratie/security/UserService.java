package nl.klantregistratie.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff accounts: sign-in lookup for Spring Security and the few account operations
 * other features need. Passwords are stored only as hashes.
 */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isActive())
                .authorities(user.getRole().included().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .collect(Collectors.toSet()))
                .build();
    }

    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username);
    }

    /** All accounts, by username. Applicatiebeheer only. */
    @RolesAllowed(Role.SUPPORT_NAME)
    public List<AppUser> findAll() {
        return users.findAll(Sort.by("username"));
    }

    public boolean hasUsers() {
        return users.count() > 0;
    }

    /** Creates an account; the password is hashed here and never stored as given. */
    @Transactional
    public AppUser create(String username, String displayName, String rawPassword, Role role) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new IllegalArgumentException("User already exists: " + username);
        }
        return users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role));
    }

    public boolean passwordMatches(AppUser user, String rawPassword) {
        return passwordEncoder.matches(rawPassword, user.getPasswordHash());
    }

    /** Remembers the UI language a user chose, so the next session opens in it. */
    @Transactional
    public void savePreferredLanguage(String username, Locale locale) {
        users.findByUsernameIgnoreCase(username)
                .ifPresent(user -> user.setPreferredLanguage(locale.getLanguage()));
    }
}
