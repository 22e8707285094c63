package nl.klantregistratie.kvk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.test.KvkStub;
import nl.klantregistratie.test.PdokStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The KvK lookup against a stub of the Basisprofiel API in its documented format: what it reads, what
 * it does with unknown numbers, slow, failing, refused and unexpected answers, and the monthly cap
 * counted over every instance (one table) and never passed.
 */
@SpringBootTest
@ActiveProfiles("test")
class KvkLookupTest {

    @RegisterExtension
    static final WireMockExtension KVK = PdokStub.server();

    @Autowired
    KvkUsageCounter counter;

    /** Each test its own month, so their counts do not meet in the shared table. */
    private static int months = 0;

    private final Clock clock = Clock.fixed(
            Instant.parse("2030-01-15T10:00:00Z")
                    .atZone(OfficeTime.ZONE)
                    .plusMonths(2L * months++)
                    .toInstant(),
            ZoneId.of("UTC"));

    @Test
    void readsTheBasisprofielWithTheApiKey() {
        KVK.stubFor(KvkStub.asked("69599084")
                .withHeader("apikey", equalTo(KvkStub.API_KEY))
                .willReturn(KvkStub.json(KvkStub.basisprofiel(
                        "69599084",
                        "Korenbloem Bakkers B.V.",
                        "Besloten Vennootschap",
                        KvkStub.adres("bezoekadres", "Dorpsstraat", 12, "1234AB", "Utrecht") + ","
                                + KvkStub.postbus(4010, "3500AA", "Utrecht")))));

        KvkAnswer answer = lookup(100).find("69599084");

        assertThat(answer).isInstanceOf(KvkAnswer.Found.class);
        KvkProfile profile = ((KvkAnswer.Found) answer).profile();
        assertThat(profile.statutaireNaam()).isEqualTo("Korenbloem Bakkers B.V.");
        assertThat(profile.handelsnamen())
                .as("in the KvK's order")
                .containsExactly("Korenbloem Bakkers B.V.", "Bakkerij De Korenbloem");
        assertThat(profile.rechtsvorm()).isEqualTo("Besloten Vennootschap");
        assertThat(profile.bezoekadres())
                .isEqualTo(new KvkProfile.KvkAddress("Dorpsstraat", 12, null, null, "1234AB", "Utrecht", true));
        assertThat(profile.correspondentieadres())
                .isEqualTo(new KvkProfile.KvkAddress("Postbus", 4010, null, null, "3500AA", "Utrecht", true));
        assertThat(((KvkAnswer.Found) answer).usage().used()).isEqualTo(1);
    }

    @Test
    void aShieldedAddressIsNotTaken() {
        KVK.stubFor(KvkStub.asked("12345678")
                .willReturn(KvkStub.json(KvkStub.basisprofiel(
                        "12345678",
                        "J. de Vries",
                        "Eenmanszaak",
                        KvkStub.adres("bezoekadres", "Geheimweg", 1, "1234AB", "Utrecht")
                                .replace("\"indAfgeschermd\":\"Nee\"", "\"indAfgeschermd\":\"Ja\"")))));

        KvkAnswer.Found found = (KvkAnswer.Found) lookup(100).find("12345678");

        assertThat(found.profile().bezoekadres()).isNull();
    }

    @Test
    void aNumberTheKvkDoesNotKnowIsUnknown() {
        KVK.stubFor(
                KvkStub.asked("87654321")
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"fout\":[{\"code\":\"IPD0004\",\"omschrijving\":\"Het KVK-nummer is niet gevonden\"}]}")));

        assertThat(lookup(100).find("87654321")).isInstanceOf(KvkAnswer.Unknown.class);
    }

    @Test
    void slowFailingRefusedAndUnexpectedAnswersAreNoAnswer() {
        KVK.stubFor(KvkStub.asked("10000001")
                .willReturn(KvkStub.json(KvkStub.basisprofiel("10000001", "Traag B.V.", "BeslotenVennootschap", ""))
                        .withFixedDelay(2000)));
        KVK.stubFor(KvkStub.asked("10000002").willReturn(aResponse().withStatus(500)));
        KVK.stubFor(KvkStub.asked("10000003").willReturn(aResponse().withStatus(401)));
        KVK.stubFor(KvkStub.asked("10000004").willReturn(KvkStub.json("{\"kvkNummer\":\"10000004\",\"naam\":")));
        KVK.stubFor(KvkStub.asked("10000005")
                .willReturn(KvkStub.json(KvkStub.basisprofiel("99999999", "Ander B.V.", "BeslotenVennootschap", ""))));
        KVK.stubFor(KvkStub.asked("10000006")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html/>")));

        KvkLookup lookup = lookup(100);
        for (String number : List.of("10000001", "10000002", "10000003", "10000004", "10000005", "10000006")) {
            assertThat(lookup.find(number)).as(number).isInstanceOf(KvkAnswer.Unavailable.class);
        }
    }

    @Test
    void theMonthlyCapIsNeverPassedAndNothingIsSentBeyondIt() {
        KVK.stubFor(KvkStub.asked("69599084")
                .willReturn(KvkStub.json(KvkStub.basisprofiel("69599084", "Korenbloem Bakkers B.V.", "BV", ""))));
        KvkLookup one = lookup(2);
        KvkLookup other = lookup(2); // another instance, the same table

        assertThat(one.find("69599084")).isInstanceOf(KvkAnswer.Found.class);
        assertThat(other.find("69599084")).isInstanceOf(KvkAnswer.Found.class);
        KvkAnswer third = one.find("69599084");

        assertThat(third).isEqualTo(new KvkAnswer.CapReached(new KvkUsage(month(), 2, 2)));
        KVK.verify(2, KvkStub.requestsFor("69599084"));
        assertThat(other.usage()).isEqualTo(new KvkUsage(month(), 2, 2));
    }

    @Test
    void aNewMonthCountsFromZero() {
        KVK.stubFor(KvkStub.asked("69599084")
                .willReturn(KvkStub.json(KvkStub.basisprofiel("69599084", "Korenbloem Bakkers B.V.", "BV", ""))));
        lookup(1).find("69599084");
        KvkSettings settings = settings(KvkStub.API_KEY, 1);
        KvkLookup nextMonth =
                new KvkLookup(settings, new KvkClient(settings), counter, Clock.offset(clock, Duration.ofDays(31)));

        assertThat(nextMonth.find("69599084")).isInstanceOf(KvkAnswer.Found.class);
    }

    @Test
    void withoutAnApiKeyItIsOffAndAsksNothing() {
        KvkSettings off = settings("", 100);
        KvkLookup lookup = new KvkLookup(off, new KvkClient(off), counter, clock);

        assertThat(lookup.enabled()).isFalse();
        assertThat(lookup.find("69599084")).isInstanceOf(KvkAnswer.Unavailable.class);
        KVK.verify(0, anyRequestedFor(anyUrl()));
        assertThat(off.toString()).doesNotContain("l7xx");
    }

    @Test
    void noKvkNummerAsksNothingAndCountsNothing() {
        KvkLookup lookup = lookup(100);

        assertThat(lookup.find("1234")).isInstanceOf(KvkAnswer.Unavailable.class);
        KVK.verify(0, anyRequestedFor(anyUrl()));
        assertThat(lookup.usage().used()).isZero();
    }

    private String month() {
        return YearMonth.now(clock.withZone(OfficeTime.ZONE)).toString();
    }

    private KvkLookup lookup(int cap) {
        KvkSettings settings = settings(KvkStub.API_KEY, cap);
        return new KvkLookup(settings, new KvkClient(settings), counter, clock);
    }

    private KvkSettings settings(String apiKey, int cap) {
        return new KvkSettings(apiKey, URI.create(KVK.baseUrl() + KvkStub.PATH), Duration.ofMillis(500), cap);
    }
}
