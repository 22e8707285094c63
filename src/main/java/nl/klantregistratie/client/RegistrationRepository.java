package nl.klantregistratie.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /** With their hoofd: the mail address pick list of a klant-bedrijf reads each volger's hoofd. */
    @Query("select c from ContactPerson c left join fetch c.head where c.company.id = :companyId order by c.searchKey")
    List<ContactPerson> findContactsOf(@Param("companyId") long companyId);

    @Query("select count(c) from ContactPerson c where c.company.id = :companyId")
    long countContactsOf(@Param("companyId") long companyId);

    @Query(value = "SELECT NEXT VALUE FOR klantnummer_seq", nativeQuery = true)
    long nextKlantnummer();
}
