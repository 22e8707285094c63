package nl.klantregistratie.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.function.Supplier;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal API's per-key rate limit through the real filter chain, with a small limit (6 a minute,
 * 2 at once): 429 with Retry-After and a Dutch JSON problem, per key, counted and not in the call
 * log.
 */
@SpringBootTest(
        properties = {"klantregistratie.portal.rate-limit.per-minute=6", "klantregistratie.portal.rate-limit.burst=2"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalRateLimitTest {

    /** Needs a valid key, answers 404 with one: no registrations needed. */
    private static final String PATH = "/api/portal/personen/999999999";

    @Autowired
    MockMvc mvc;

    @Autowired
    PortalService portal;

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndADutchProblem() throws Exception {
        String key = newKey("Druk portaal");
        String other = newKey("Rustig portaal");
        RefusedCallCounts before = as(() -> portal.rateLimitedCalls());
        mvc.perform(get(PATH).header(ApiKeyFilter.HEADER, key)).andExpect(status().isNotFound());
        mvc.perform(get(PATH).header(ApiKeyFilter.HEADER, key)).andExpect(status().isNotFound());

        MockHttpServletResponse refused = mvc.perform(get(PATH).header(ApiKeyFilter.HEADER, key))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.code").value("portal.key.ratelimited"))
                .andReturn()
                .getResponse();

        long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
        assertThat(retryAfter).as("6 a minute: the next call within 10 seconds").isBetween(1L, 10L);
        MockHttpServletResponse again = mvc.perform(get(PATH).header(ApiKeyFilter.HEADER, key))
                .andReturn()
                .getResponse();
        long wait = Long.parseLong(again.getHeader("Retry-After"));
        assertThat(JsonPath.<String>read(again.getContentAsString(), "$.detail"))
                .as("the text says the same wait as the header")
                .isEqualTo("Te veel aanroepen met deze API-sleutel: gemiddeld 6 per minuut is het maximum. "
                        + "Probeer het over " + (wait == 1 ? "1 seconde" : wait + " seconden") + " opnieuw.");
        // another key has a limit of its own
        mvc.perform(get(PATH).header(ApiKeyFilter.HEADER, other)).andExpect(status().isNotFound());
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());

        RefusedCallCounts after = as(() -> portal.rateLimitedCalls());
        assertThat(after.today()).isEqualTo(before.today() + 2);
        assertThat(after.lastSevenDays()).isEqualTo(before.lastSevenDays() + 2);
        List<ApiCall> logged = as(() -> portal.calls(PageRequest.of(0, 10)));
        assertThat(logged)
                .as("the refused calls are counted, not in the call log")
                .extracting(ApiCall::getStatus)
                .doesNotContain(429);
        assertThat(logged.getFirst().getApiKeyId()).isNotEqualTo(logged.get(1).getApiKeyId());
    }

    @Test
    void aRevokedKeyOverItsLimitIsStill401() throws Exception {
        NewApiKey created = SignedIn.as(Role.SUPPORT, () -> portal.createApiKey("Ingetrokken portaal", null));
        for (int i = 0; i < 3; i++) {
            mvc.perform(get(PATH).header(ApiKeyFilter.HEADER, created.key()));
        }
        SignedIn.as(Role.SUPPORT, () -> portal.revokeApiKey(created.apiKey().getId()));

        mvc.perform(get(PATH).header(ApiKeyFilter.HEADER, created.key())).andExpect(status().isUnauthorized());
    }

    private String newKey(String name) {
        return as(() -> portal.createApiKey(name, null)).key();
    }

    private static <T> T as(Supplier<T> call) {
        return SignedIn.as(Role.SUPPORT, call);
    }
}
