package nl.klantregistratie.overview;

import java.util.Collection;
import java.util.List;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read-only queries of the Koppelingen overview. */
interface LinkOverviewRepository extends Repository<PersonRegistration, Long> {

    /**
     * Registrations that have at least one volger, by search key: {@code pattern} a LIKE prefix of the
     * search key (escape '!'), or the klantnummer; {@code type} one of {@link HeadType}'s names.
     */
    @Query("""
            select h from PersonRegistration h
            where exists (select 1 from ContactPerson v where v.head = h)
              and (h.searchKey like :pattern escape '!' or h.klantnummer = :klantnummer)
              and (:type = 'ALL' or (:type = 'CLIENT_PERSON' and type(h) = ClientPerson)
                   or (:type = 'CONTACT_PERSON' and type(h) = ContactPerson))
            order by h.searchKey, h.id
            """)
    List<PersonRegistration> findHeads(
            @Param("pattern") String pattern,
            @Param("klantnummer") long klantnummer,
            @Param("type") String type,
            Pageable page);

    /** The volgers of the given hoofden with their klant-bedrijf. */
    @Query("""
            select v from ContactPerson v join fetch v.company
            where v.head.id in :headIds
            order by v.searchKey, v.id
            """)
    List<ContactPerson> findFollowers(@Param("headIds") Collection<Long> headIds);
}
