package nl.klantregistratie.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.portal.PortalAccess.Grant;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Portal access (docs/domain.md R15) and the portal e-mail lookup in the service, on H2
 * ({@link PortalServiceTest}) and MariaDB ({@link PortalServiceMariaDbTest}).
 */
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
abstract class PortalServiceContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    PortalService portal;

    @Test
    void aKlantPersoonReachesItselfAndTheCompaniesOfItsFollowersWithToegang() {
        String name = unique();
        ClientPerson head = clients.save(TestData.person(name, "A.", null));
        ClientCompany withAccess = clients.save(TestData.company("Met " + name));
        ClientCompany without = clients.save(TestData.company("Zonder " + name));
        ContactPerson follower = follow(contact(withAccess, true, null), head.getId());
        follow(contact(without, false, null), head.getId());

        assertThat(portal.accessOf(head.getId()))
                .extracting(PortalAccess::klantId, PortalAccess::grantedById, PortalAccess::grant)
                .containsExactly(
                        Tuple.tuple(head.getId(), head.getId(), Grant.KLANT_PERSOON),
                        Tuple.tuple(withAccess.getId(), follower.getId(), Grant.CLIENT_ONLINE));
    }

    @Test
    void aContactpersoonAsHeadCountsItsOwnToegangToo() {
        String name = unique();
        ClientCompany first = clients.save(TestData.company("Eerste " + name));
        ClientCompany second = clients.save(TestData.company("Tweede " + name));
        ContactPerson head = contact(first, true, null);
        follow(contact(second, true, null), head.getId());

        assertThat(portal.accessOf(head.getId()))
                .extracting(PortalAccess::klantId)
                .containsExactly(first.getId(), second.getId());
    }

    @Test
    void thePortalEmailFindsThePersonWhateverTheCase() {
        String name = unique();
        ClientPerson person = TestData.person(name, "B.", null);
        person.getPersonal().setPriveEmail(name + "@thuis.nl");
        ClientPerson head = clients.save(person);
        ClientCompany company = clients.save(TestData.company("Bedrijf " + name));
        ContactPerson follower = follow(contact(company, true, name + "@bedrijf.nl"), head.getId());
        contact(company, false, name + ".zonder@bedrijf.nl");

        assertThat(portal.personByPortalEmail(name.toUpperCase() + "@BEDRIJF.NL")
                        .headId())
                .isEqualTo(head.getId());
        assertThat(portal.personByPortalEmail(" " + name + "@thuis.nl ").headId())
                .isEqualTo(head.getId());
        assertThatThrownBy(() -> portal.personByPortalEmail(name + ".zonder@bedrijf.nl"))
                .isInstanceOfSatisfying(
                        PortalRefusedException.class,
                        e -> assertThat(e.isAmbiguous()).isFalse());
        assertThatThrownBy(() -> portal.person(follower.getId())).isInstanceOf(PortalRefusedException.class);
    }

    @Test
    void anAddressOfTwoPersonsIsAmbiguous() {
        String name = unique();
        ClientPerson one = TestData.person(name, "C.", null);
        one.getPersonal().setPriveEmail(name + "@gedeeld.nl");
        clients.save(one);
        ClientCompany company = clients.save(TestData.company("Gedeeld " + name));
        contact(company, true, name + "@gedeeld.nl");

        assertThatThrownBy(() -> portal.personByPortalEmail(name + "@gedeeld.nl"))
                .isInstanceOfSatisfying(
                        PortalRefusedException.class,
                        e -> assertThat(e.isAmbiguous()).isTrue());
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void keysAreMadeAndRevoked() {
        NewApiKey created = portal.createApiKey("Portaal " + unique(), null);

        ApiKey revoked = portal.revokeApiKey(created.apiKey().getId());

        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.getRevokedBy()).isEqualTo("support");
        assertThat(portal.apiKeys())
                .extracting(ApiKey::getId)
                .contains(created.apiKey().getId());
    }

    @Test
    @WithMockUser(
            username = "support",
            roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
    void aKeyMayExpireAtTheEndOfADayNotBeforeToday() {
        LocalDate today = LocalDate.now(OfficeTime.ZONE);

        ApiKey expiring =
                portal.createApiKey("Tijdelijk " + unique(), today.plusDays(30)).apiKey();

        assertThat(expiring.getExpiryDate()).isEqualTo(today.plusDays(30));
        assertThat(expiring.getExpiresAt())
                .isEqualTo(today.plusDays(31).atStartOfDay(OfficeTime.ZONE).toInstant());
        assertThat(expiring.isExpired()).isFalse();
        assertThat(portal.createApiKey("Vandaag " + unique(), today).apiKey().isExpired())
                .isFalse();
        assertThat(portal.createApiKey("Altijd " + unique(), null).apiKey().getExpiresAt())
                .isNull();
        String name = "Gisteren " + unique();
        assertThatThrownBy(() -> portal.createApiKey(name, today.minusDays(1)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations())
                                .singleElement()
                                .satisfies(violation -> {
                                    assertThat(violation.getPropertyPath().toString())
                                            .isEqualTo("expiryDate");
                                    assertThat(violation.getMessageTemplate()).isEqualTo("{portal.keys.expiry.past}");
                                }));
        assertThat(portal.apiKeys()).extracting(ApiKey::getName).doesNotContain(name);
    }

    private static String unique() {
        return "Portaal" + TestData.uniqueSuffix(RUN.incrementAndGet());
    }

    private ContactPerson contact(ClientCompany company, boolean toegang, @Nullable String email) {
        ContactPerson contact = TestData.contact(company, "Contact", "D.");
        contact.getBusiness().setToegangClientOnline(toegang);
        contact.getBusiness().setZakelijkEmail(email);
        return clients.save(contact);
    }

    private ContactPerson follow(ContactPerson contact, long headId) {
        return links.link(contact.getId(), contact.getVersion(), headId);
    }
}
