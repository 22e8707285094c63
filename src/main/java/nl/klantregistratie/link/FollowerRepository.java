package nl.klantregistratie.link;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface FollowerRepository extends Repository<ContactPerson, Long> {

    @Query("select c from ContactPerson c join fetch c.company where c.head.id = :headId order by c.searchKey, c.id")
    List<ContactPerson> findFollowers(@Param("headId") long headId);

    /** The volgers of a hoofd as committed now, locked until the transaction ends (they are about to move). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ContactPerson c where c.head.id = :headId order by c.id")
    List<ContactPerson> lockFollowers(@Param("headId") long headId);

    @Query("select count(c) from ContactPerson c where c.head.id = :headId")
    long countFollowers(@Param("headId") long headId);

    /** The id of the hoofd the contactpersoon follows, as stored; empty when it follows none. */
    @Query("select c.head.id from ContactPerson c where c.id = :followerId and c.head is not null")
    Optional<Long> findHeadId(@Param("followerId") long followerId);

    @Query("select c.version from ContactPerson c where c.id = :id")
    Optional<Long> findVersion(@Param("id") long id);

    @Query("select p from PersonRegistration p where p.id = :id")
    Optional<PersonRegistration> findPerson(@Param("id") long id);

    @Query("select c from ContactPerson c where c.id = :id")
    Optional<ContactPerson> findContact(@Param("id") long id);

    /** Volger counts of the given registrations that are hoofd: [hoofd id, count]. */
    @Query("select c.head.id, count(c) from ContactPerson c where c.head.id in :ids group by c.head.id")
    List<Object[]> countFollowers(@Param("ids") Collection<Long> ids);

    /** Klant-personen that look like the same person: same achternaam and birth date, e-mail or initials. */
    @Query("""
            select p from ClientPerson p
            where p.personal.achternaam = :achternaam and p.mergedIntoId is null
              and (p.personal.geboortedatum = :geboortedatum or p.personal.priveEmail = :email
                   or p.personal.voorletters = :voorletters)
            order by p.klantnummer
            """)
    List<ClientPerson> findLookalikes(
            @Param("achternaam") String achternaam,
            @Param("geboortedatum") @Nullable LocalDate geboortedatum,
            @Param("email") @Nullable String email,
            @Param("voorletters") @Nullable String voorletters,
            Pageable page);

    /** Flushes pending changes; optimistic-lock conflicts come out as Spring exceptions. */
    void flush();
}
