package nl.klantregistratie.client;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /** Zoeknaam prefix (on the normalised key), within the given kinds. */
    @Query("""
            select r from Registration r
            where type(r) in :kinds and r.searchKey like :prefix escape '!'
            """)
    List<Registration> search(@Param("kinds") Collection<Class<? extends Registration>> kinds,
            @Param("prefix") String prefix, Pageable page);

    @Query("select r from Registration r where type(r) in :kinds")
    List<Registration> findAllOf(@Param("kinds") Collection<Class<? extends Registration>> kinds, Pageable page);

    Optional<Registration> findByKlantnummer(long klantnummer);

    @Query("""
            select c from ContactPerson c join fetch c.company co
            where c.searchKey like :prefix escape '!'
            """)
    List<ContactPerson> searchContacts(@Param("prefix") String prefix, Pageable page);

    @Query("select c from ContactPerson c join fetch c.company")
    List<ContactPerson> findAllContacts(Pageable page);

    @Query("select c from ContactPerson c where c.company.id = :companyId order by c.searchKey")
    List<ContactPerson> findContactsOf(@Param("companyId") long companyId);

    @Query("select count(c) from ContactPerson c where c.company.id = :companyId")
    long countContactsOf(@Param("companyId") long companyId);

    @Query(value = "SELECT NEXT VALUE FOR klantnummer_seq", nativeQuery = true)
    long nextKlantnummer();
}
