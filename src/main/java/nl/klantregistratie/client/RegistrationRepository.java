package nl.klantregistratie.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /** Zoeknaam prefix (on the normalised key), within the given kinds (one to three). */
    default List<Registration> search(List<Class<? extends Registration>> kinds, String prefix, Pageable page) {
        return search(kind(kinds, 0), kind(kinds, 1), kind(kinds, 2), prefix, page);
    }

    /** All registrations of the given kinds (one to three). */
    default List<Registration> findAllOf(List<Class<? extends Registration>> kinds, Pageable page) {
        return findAllOf(kind(kinds, 0), kind(kinds, 1), kind(kinds, 2), page);
    }

    /*
     * The kinds as three single parameters rather than one collection parameter: Hibernate caches
     * the SQL of a query only when no parameter is multi-valued, and translated it again on every
     * search otherwise (a third of the search's time, docs/benchmarks.md "Search"). A set of fewer
     * kinds repeats its last one.
     */
    @Query("""
            select r from Registration r
            where type(r) in (:kind1, :kind2, :kind3) and r.searchKey like :prefix escape '!'
            """)
    List<Registration> search(@Param("kind1") Class<? extends Registration> kind1,
            @Param("kind2") Class<? extends Registration> kind2, @Param("kind3") Class<? extends Registration> kind3,
            @Param("prefix") String prefix, Pageable page);

    @Query("select r from Registration r where type(r) in (:kind1, :kind2, :kind3)")
    List<Registration> findAllOf(@Param("kind1") Class<? extends Registration> kind1,
            @Param("kind2") Class<? extends Registration> kind2, @Param("kind3") Class<? extends Registration> kind3,
            Pageable page);

    private static Class<? extends Registration> kind(List<Class<? extends Registration>> kinds, int index) {
        if (kinds.isEmpty() || kinds.size() > 3) {
            throw new IllegalArgumentException("One to three kinds, not " + kinds.size());
        }
        return kinds.get(Math.min(index, kinds.size() - 1));
    }

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
