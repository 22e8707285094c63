package nl.klantregistratie.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    /** The account with this username, given as {@link Usernames#normalize} makes it. */
    Optional<AppUser> findByUsername(String username);

    /** The active accounts with this role, locked for this transaction (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = :role and u.active = true order by u.id")
    List<AppUser> lockActiveWithRole(@Param("role") Role role);
}
