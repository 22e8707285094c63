package nl.klantregistratie.client;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /**
     * The registration as committed now, its row locked until the transaction ends: a link being made
     * to it (which locks the same row) is either done, and seen, or waits.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Registration r where r.id = :id")
    Optional<Registration> findLockedById(@Param("id") long id);

    /** With their hoofd: the mail address pick list of a klant-bedrijf reads each volger's hoofd. */
    @Query(
            "select c from ContactPerson c left join fetch c.head where c.company.id = :companyId and c.mergedIntoId is null "
                    + "order by c.searchKey")
    List<ContactPerson> findContactsOf(@Param("companyId") long companyId);

    @Query("select count(c) from ContactPerson c where c.company.id = :companyId and c.mergedIntoId is null")
    long countContactsOf(@Param("companyId") long companyId);

    /** The stored BSN as shown ("******123") of a klant-persoon, as committed (no flush before it). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select p.bsnMasked from ClientPerson p where p.id = :id and p.bsnMasked is not null")
    Optional<String> findMaskedBsn(@Param("id") long id);

    @Query("select count(r) > 0 from Registration r where r.id = :id and r.anonymisedAt is not null")
    boolean isAnonymised(@Param("id") long id);

    @Query("select count(r) > 0 from Registration r where r.id = :id and r.mergedIntoId is not null")
    boolean isMerged(@Param("id") long id);

    /** The registration a klantnummer's registration was merged into; empty when it was not merged. */
    @Query(
            "select r.mergedIntoId from Registration r where r.klantnummer = :klantnummer and r.mergedIntoId is not null")
    Optional<Long> findMergedIntoId(@Param("klantnummer") long klantnummer);

    /** The records of the registrations merged into this one (M6). */
    @Query("select r from Registration r where r.mergedIntoId = :id")
    List<Registration> findMergedInto(@Param("id") long id);

    /** Every contactpersoon at the klant-bedrijf, the records of merged ones included. */
    @Query("select c from ContactPerson c where c.company.id = :companyId order by c.id")
    List<ContactPerson> findContactsAndRecordsOf(@Param("companyId") long companyId);

    boolean existsByKlantnummer(long klantnummer);

    @Query("select r.version from Registration r where r.id = :id")
    Optional<Long> findVersionById(@Param("id") long id);

    Optional<Registration> findByKlantnummer(long klantnummer);

    @Query("select p from ClientPerson p where p.bsn = :bsn and p.mergedIntoId is null order by p.klantnummer")
    List<ClientPerson> findPersonsByBsn(@Param("bsn") String bsn);

    @Query("select c from ClientCompany c where c.kvkNummer = :kvk and c.mergedIntoId is null order by c.klantnummer")
    List<ClientCompany> findCompaniesByKvk(@Param("kvk") String kvk);

    @Query("select c from ClientCompany c where c.searchKey = :key and c.mergedIntoId is null order by c.klantnummer")
    List<ClientCompany> findCompaniesBySearchKey(@Param("key") String key);

    @Query("select r from PersonRegistration r where r.personal.geboortedatum = :born and r.mergedIntoId is null "
            + "order by r.klantnummer")
    List<PersonRegistration> findPersonsBornOn(@Param("born") LocalDate born);

    @Query("select r from PersonRegistration r where r.personal.priveEmail = :email and r.mergedIntoId is null "
            + "order by r.klantnummer")
    List<PersonRegistration> findPersonsByPriveEmail(@Param("email") String email);

    @Query("select p from ClientPerson p where p.klantnummer > :after and p.anonymisedAt is null "
            + "and p.mergedIntoId is null order by p.klantnummer")
    List<Registration> findPersonsAfter(@Param("after") long after, Pageable page);

    @Query(
            "select c from ClientCompany c where c.klantnummer > :after and c.mergedIntoId is null order by c.klantnummer")
    List<Registration> findCompaniesAfter(@Param("after") long after, Pageable page);

    @Query("select c from ContactPerson c join fetch c.company left join fetch c.head where c.klantnummer > :after "
            + "and c.anonymisedAt is null and c.mergedIntoId is null "
            + "order by c.klantnummer")
    List<Registration> findContactsAfter(@Param("after") long after, Pageable page);

    @Query(value = "SELECT NEXT VALUE FOR klantnummer_seq", nativeQuery = true)
    long nextKlantnummer();
}
