package nl.klantregistratie.portal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read-only queries of the registry for portal access (R15); the portal never changes registrations. */
interface PortalRegistrations extends Repository<PersonRegistration, Long> {

    @Query("select p from PersonRegistration p where p.id = :id")
    Optional<PersonRegistration> findPerson(@Param("id") long id);

    @Query("select p from PersonRegistration p where p.id in :ids")
    List<PersonRegistration> findPersons(@Param("ids") Collection<Long> ids);

    /** Contactpersonen following this hoofd that have "toegang Client-Online", with their klant-bedrijf. */
    @Query("""
            select c from ContactPerson c join fetch c.company
            where c.head.id = :headId and c.business.toegangClientOnline = true
            order by c.company.searchKey, c.id
            """)
    List<ContactPerson> findFollowersWithPortalAccess(@Param("headId") long headId);

    /**
     * Contactpersonen with "toegang Client-Online" whose zakelijk e-mail is this portal e-mail (lower
     * case, as the registry stores addresses; an index finds it).
     */
    @Query("""
            select c from ContactPerson c
            where c.business.toegangClientOnline = true and c.business.zakelijkEmail = :email
              and c.mergedIntoId is null
            """)
    List<ContactPerson> findPortalContacts(@Param("email") String email);

    /** Klant-personen whose privé e-mail is this portal e-mail. */
    @Query("select p from ClientPerson p where p.personal.priveEmail = :email and p.mergedIntoId is null")
    List<ClientPerson> findPersonsByPriveEmail(@Param("email") String email);
}
