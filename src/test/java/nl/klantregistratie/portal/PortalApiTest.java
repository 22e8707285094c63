package nl.klantregistratie.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The portal API (docs/domain.md R15) through the real filter chains: API keys, 401s, the access set as it
 * changes, no private data in any answer, JSON problems for malformed input, the call record, the
 * OpenAPI description, and that a key never opens the staff application.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalApiTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String BSN = "111222333";
    private static final String PRIVE = "jan.dekker@thuis.nl";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    PortalService portal;

    @Autowired
    ApiKeyRepository keyRepository;

    @Autowired
    JdbcTemplate jdbc;

    private String key;
    private ClientPerson head;
    private ClientCompany companyA;
    private ClientCompany companyB;
    private ContactPerson followerA;
    private ContactPerson followerB;
    private ClientPerson other;
    private String portalEmail;

    @BeforeEach
    void registrations() {
        key = as(Role.SUPPORT, () -> portal.createApiKey("Client-Online test", null))
                .key();
        String surname = "Dekker" + TestData.uniqueSuffix(RUN.incrementAndGet());
        portalEmail = "j." + surname.toLowerCase() + "@bakkerij.nl";
        as(Role.MEDEWERKER, () -> {
            ClientPerson person = TestData.person(surname, "J.", null);
            person.setBsn(BSN);
            person.getPersonal().setPriveEmail(surname + "." + PRIVE);
            person.getPersonal().setGeboortedatum(LocalDate.of(1970, 5, 17));
            person.getPersonal().setWoonadres(new Address("Kerkstraat", 5, "3511 LX", "Utrecht"));
            person.setEmailvoorkeur(EmailPreference.PRIVE);
            head = clients.save(person);
            companyA = clients.save(TestData.company("Bakkerij " + surname + " B.V."));
            companyB = clients.save(TestData.company("Holding " + surname + " B.V."));
            followerA = follower(companyA, true, portalEmail);
            followerB = follower(companyB, false, null);
            ClientPerson someoneElse = TestData.person("Anders" + surname, "X.", null);
            someoneElse.getPersonal().setPriveEmail("x.anders@thuis.nl");
            other = clients.save(someoneElse);
            return null;
        });
    }

    private ContactPerson follower(ClientCompany company, boolean access, String email) {
        ContactPerson contact = TestData.contact(company, "x", "x");
        contact.getBusiness().setToegangClientOnline(access);
        contact.getBusiness().setZakelijkEmail(email);
        contact = clients.save(contact);
        return links.link(contact.getId(), contact.getVersion(), head.getId());
    }

    @Test
    void withoutOrWithAWrongKeyTheAnswerIs401Json() throws Exception {
        mvc.perform(get("/api/portal/personen/" + head.getId()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("Een geldige API-sleutel is nodig in de header X-API-Key."))
                .andExpect(header().string("WWW-Authenticate", "ApiKey header=\"X-API-Key\""));
        mvc.perform(get("/api/portal/personen/" + head.getId()).header("X-API-Key", key + "x"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("portal.key.required"));
        mvc.perform(get("/api/portal/personen").param("email", portalEmail).header("X-API-Key", ""))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/portal"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() throws Exception {
        byHead(head.getId()).andExpect(status().isOk());
        ApiKey apiKey = as(Role.SUPPORT, () -> portal.apiKeys()).stream()
                .filter(k -> key.startsWith(k.getKeyPrefix()) && !k.isRevoked())
                .findFirst()
                .orElseThrow();
        as(Role.SUPPORT, () -> portal.revokeApiKey(apiKey.getId()));

        byHead(head.getId()).andExpect(status().isUnauthorized());
        assertThat(as(Role.SUPPORT, () -> portal.apiKeys()))
                .filteredOn(k -> k.getId().equals(apiKey.getId()))
                .singleElement()
                .satisfies(k -> assertThat(k.getRevokedBy()).isEqualTo("support"));
    }

    @Test
    void aKeyWorksUpToAndIncludingItsExpiryDateAndIsRefusedAfterwards() throws Exception {
        NewApiKey expiring =
                as(Role.SUPPORT, () -> portal.createApiKey("Verloopt vandaag", LocalDate.now(OfficeTime.ZONE)));
        String expiringKey = expiring.key();
        mvc.perform(get("/api/portal/personen/" + head.getId()).header("X-API-Key", expiringKey))
                .andExpect(status().isOk());

        // the day has passed: the key stopped working at the start of the next day, Dutch time
        jdbc.update(
                "update portal_api_key set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                expiring.apiKey().getId());

        mvc.perform(get("/api/portal/personen/" + head.getId()).header("X-API-Key", expiringKey))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("portal.key.required"));
        assertThat(as(Role.SUPPORT, () -> portal.apiKeys()))
                .filteredOn(k -> k.getId().equals(expiring.apiKey().getId()))
                .singleElement()
                .satisfies(k -> {
                    assertThat(k.isExpired()).isTrue();
                    assertThat(k.isRevoked()).isFalse();
                });
        byHead(head.getId()).andExpect(status().isOk());
    }

    @Test
    void theAccessSetIsTheHeadAndTheFollowersWithToegangClientOnline() throws Exception {
        byHead(head.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hoofdId").value(head.getId()))
                .andExpect(jsonPath("$.klanten", hasSize(2)))
                .andExpect(jsonPath("$.klanten[*].klantnummer")
                        .value(containsInAnyOrder(
                                head.getKlantnummer().intValue(),
                                companyA.getKlantnummer().intValue())))
                .andExpect(jsonPath("$.klanten[?(@.klantnummer == " + companyA.getKlantnummer() + ")].type")
                        .value("KLANT_BEDRIJF"))
                .andExpect(jsonPath("$.klanten[?(@.klantnummer == " + head.getKlantnummer() + ")].type")
                        .value("KLANT_PERSOON"));
    }

    @Test
    void theAccessSetChangesAtOnceAfterTogglingLinkingAndUnlinking() throws Exception {
        as(Role.MEDEWERKER, () -> {
            ContactPerson b = clients.getContact(followerB.getId());
            b.getBusiness().setToegangClientOnline(true);
            return clients.save(b);
        });
        assertThat(klantnummers(head.getId()))
                .containsExactlyInAnyOrder(head.getKlantnummer(), companyA.getKlantnummer(), companyB.getKlantnummer());

        as(
                Role.SUPPORT,
                () -> links.unlink(
                        followerA.getId(), clients.get(followerA.getId()).getVersion()));
        assertThat(klantnummers(head.getId()))
                .containsExactlyInAnyOrder(head.getKlantnummer(), companyB.getKlantnummer());

        as(
                Role.MEDEWERKER,
                () -> links.link(
                        followerA.getId(), clients.get(followerA.getId()).getVersion(), other.getId()));
        assertThat(klantnummers(other.getId()))
                .containsExactlyInAnyOrder(other.getKlantnummer(), companyA.getKlantnummer());
        assertThat(klantnummers(head.getId())).doesNotContain(companyA.getKlantnummer());

        as(Role.MEDEWERKER, () -> {
            ContactPerson b = clients.getContact(followerB.getId());
            b.getBusiness().setToegangClientOnline(false);
            return clients.save(b);
        });
        assertThat(klantnummers(head.getId())).containsExactly(head.getKlantnummer());
    }

    @Test
    void lookupByPortalEmailFindsThePersonOfTheRegistration() throws Exception {
        mvc.perform(get("/api/portal/personen")
                        .param("email", portalEmail.toUpperCase())
                        .header("X-API-Key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hoofdId").value(head.getId()))
                .andExpect(jsonPath("$.klanten", hasSize(2)));
        mvc.perform(get("/api/portal/personen")
                        .param("email", head.getPersonal().getPriveEmail())
                        .header("X-API-Key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hoofdId").value(head.getId()));
        mvc.perform(get("/api/portal/personen")
                        .param("email", "niemand@nergens.nl")
                        .header("X-API-Key", key))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("portal.person.notfound"));
    }

    @Test
    void noAnswerHoldsTheBsnOrPrivateData() throws Exception {
        for (ResultActions call : List.of(
                byHead(head.getId()),
                mvc.perform(
                        get("/api/portal/personen").param("email", portalEmail).header("X-API-Key", key)))) {
            String body =
                    call.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain(BSN, PRIVE, "Kerkstraat", "3511", "1970", "x.anders", portalEmail);
            assertThat(body)
                    .doesNotContainIgnoringCase("bsn")
                    .doesNotContainIgnoringCase("email")
                    .doesNotContainIgnoringCase("adres");
        }
        byHead(head.getId()).andExpect(jsonPath("$.*", hasSize(2))).andExpect(jsonPath("$.klanten[0].*", hasSize(3)));
    }

    @Test
    void malformedInputGets400Json() throws Exception {
        for (var request : List.of(
                get("/api/portal/personen/abc"),
                get("/api/portal/personen/-4"),
                get("/api/portal/personen").param("email", "geen-mail"),
                get("/api/portal/personen").param("email", "jan@192.0.2.1"),
                get("/api/portal/personen"))) {
            mvc.perform(request.header("X-API-Key", key))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400));
        }
        mvc.perform(get("/api/portal/iets-anders").header("X-API-Key", key))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        byHead(followerA.getId())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("portal.person.notfound"));
        byHead(companyA.getId()).andExpect(status().isNotFound());
    }

    @Test
    void callsWithAKeyAreRecordedWithKeyPathAndStatusAndThoseWithoutOnlyCounted() throws Exception {
        long countedBefore = as(Role.SUPPORT, () -> portal.unauthorizedCalls()).today();
        long weekBefore = as(Role.SUPPORT, () -> portal.unauthorizedCalls()).lastSevenDays();
        Long latestBefore = as(Role.SUPPORT, () -> portal.calls(PageRequest.of(0, 1))).stream()
                .findFirst()
                .map(ApiCall::getId)
                .orElse(null);

        byHead(head.getId());
        byHead(companyA.getId());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/portal/personen/" + other.getId()).header("X-API-Key", "kr_geraden" + i))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/portal/personen/" + other.getId())).andExpect(status().isUnauthorized());

        List<ApiCall> calls = as(Role.SUPPORT, () -> portal.calls(PageRequest.of(0, 10)));
        assertThat(calls.stream().takeWhile(call -> !call.getId().equals(latestBefore)))
                .as("only the calls with a valid key are in the call log")
                .extracting(ApiCall::getPath, ApiCall::getStatus)
                .containsExactly(
                        tuple("/api/portal/personen/" + companyA.getId(), 404),
                        tuple("/api/portal/personen/" + head.getId(), 200));
        ApiCall answered = calls.get(1);
        assertThat(answered.getApiKeyId()).isNotNull();
        assertThat(answered.getMethod()).isEqualTo("GET");
        assertThat(answered.getHeadId()).isEqualTo(head.getId());
        assertThat(calls.get(0).getHeadId()).isNull();
        RefusedCallCounts counted = as(Role.SUPPORT, () -> portal.unauthorizedCalls());
        assertThat(counted.today()).isEqualTo(countedBefore + 6);
        assertThat(counted.lastSevenDays()).isEqualTo(weekBefore + 6);
    }

    @Test
    void theCallLogIsReadAPageAtATimeNewestFirst() throws Exception {
        for (int i = 0; i < 3; i++) {
            byHead(head.getId());
        }
        byHead(other.getId());

        List<ApiCall> first = as(Role.SUPPORT, () -> portal.calls(PageRequest.of(0, 2)));
        List<ApiCall> second = as(Role.SUPPORT, () -> portal.calls(PageRequest.of(1, 2)));

        assertThat(first).hasSize(2);
        assertThat(first.getFirst().getHeadId()).isEqualTo(other.getId());
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(second.getFirst().getCalledAt())
                .isBeforeOrEqualTo(first.getLast().getCalledAt());
    }

    @Test
    void aLookupByEMailIsRecordedWithThePersonItReadButNotTheAddress() throws Exception {
        mvc.perform(get("/api/portal/personen").param("email", portalEmail).header("X-API-Key", key))
                .andExpect(status().isOk());

        ApiCall call = latestCall();
        assertThat(call.getPath()).isEqualTo("/api/portal/personen").doesNotContain(portalEmail);
        assertThat(call.getHeadId()).isEqualTo(head.getId());
        assertThat(as(Role.SUPPORT, () -> portal.personsRead(List.of(call))))
                .containsEntry(head.getId(), head.getDisplayName() + " (" + head.getKlantnummer() + ")");
    }

    @Test
    void anApiKeyNeverOpensTheStaffApplication() throws Exception {
        for (String path : List.of("/", "/klanten", "/klanten/persoon/" + head.getId(), "/gebruikers")) {
            int status = mvc.perform(get(path).header("X-API-Key", key))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isNotEqualTo(200).isBetween(300, 401);
        }
    }

    @Test
    void keysAreStoredHashedAndOnlySupportManagesThem() {
        NewApiKey created = as(Role.SUPPORT, () -> portal.createApiKey("Tweede portaal", null));

        ApiKey stored = keyRepository.findById(created.apiKey().getId()).orElseThrow();
        assertThat(stored.getKeyHash()).isEqualTo(ApiKeys.hash(created.key())).doesNotContain(created.key());
        assertThat(created.key()).startsWith(stored.getKeyPrefix()).hasSizeGreaterThan(40);
        assertThat(created.toString()).doesNotContain(created.key());
        assertThatThrownBy(() -> as(Role.MANAGER, () -> portal.createApiKey("x", null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(Role.MANAGER, () -> portal.apiKeys()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(Role.MEDEWERKER, () -> portal.revokeApiKey(stored.getId())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theOpenApiDescriptionCoversThePortalApiOnly() throws Exception {
        var description = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.paths.*", hasSize(2)))
                .andExpect(jsonPath("$.paths['/api/portal/personen'].get").exists())
                .andExpect(jsonPath("$.paths['/api/portal/personen/{hoofdId}'].get")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-API-Key"));
        // every refusal as it really comes: a JSON problem (RFC 9457)
        for (String code : List.of("400", "401", "404", "409", "429", "500")) {
            description.andExpect(jsonPath("$.paths['/api/portal/personen'].get.responses['" + code
                            + "'].content['application/problem+json']")
                    .exists());
        }
        for (String code : List.of("400", "401", "404", "429", "500")) {
            description.andExpect(jsonPath("$.paths['/api/portal/personen/{hoofdId}'].get.responses['" + code
                            + "'].content['application/problem+json']")
                    .exists());
        }
    }

    private ApiCall latestCall() {
        return as(Role.SUPPORT, () -> portal.calls(PageRequest.of(0, 1))).getFirst();
    }

    private ResultActions byHead(long id) throws Exception {
        return mvc.perform(get("/api/portal/personen/" + id).header("X-API-Key", key));
    }

    private List<Long> klantnummers(long headId) throws Exception {
        String body = byHead(headId)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Pattern.compile("\"klantnummer\":(\\d+)")
                .matcher(body)
                .results()
                .map(match -> Long.parseLong(match.group(1)))
                .toList();
    }

    private static <T> T as(Role role, Supplier<T> call) {
        return SignedIn.as(role, call);
    }
}
