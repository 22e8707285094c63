package nl.klantregistratie.address;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import nl.klantregistratie.test.MovableClock;
import nl.klantregistratie.test.PdokStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The postcode lookup against a stub of PDOK answering in its documented format, also slowly,
 * wrongly or not at all: it answers what the BAG says, caches it in the database, and never makes a
 * form wait or fail for a service that is down.
 */
@SpringBootTest
@ActiveProfiles("test")
class AddressLookupTest {

    @RegisterExtension
    static final WireMockExtension PDOK = PdokStub.server();

    @Autowired
    AddressLookupCache cache;

    private final MovableClock clock = new MovableClock();

    @Test
    void findsStraatAndPlaatsOfAPostcodeAndHuisnummer() {
        PdokStub.address(PDOK, "5611EB", 1, "Markt", "Eindhoven");

        assertThat(lookup().find("5611 eb", 1)).isEqualTo(new PostcodeAnswer.Found("Markt", "Eindhoven"));
        PDOK.verify(1, PdokStub.requestsFor("5611EB", 1));
    }

    @Test
    void anAddressFoundOnceIsTakenFromTheDatabaseUntilItsCacheTimeHasPassed() {
        PdokStub.address(PDOK, "3511AB", 7, "Oudegracht", "Utrecht");
        AddressLookup lookup = lookup();

        lookup.find("3511AB", 7);
        assertThat(lookup.find("3511 AB", 7)).isEqualTo(new PostcodeAnswer.Found("Oudegracht", "Utrecht"));
        assertThat(lookup().find("3511AB", 7))
                .as("another instance, same database")
                .isInstanceOf(PostcodeAnswer.Found.class);
        PDOK.verify(1, PdokStub.requestsFor("3511AB", 7));

        clock.pass(Duration.ofDays(31));
        PdokStub.address(PDOK, "3511AB", 7, "Oudegracht aan de Werf", "Utrecht");
        assertThat(lookup.find("3511AB", 7)).isEqualTo(new PostcodeAnswer.Found("Oudegracht aan de Werf", "Utrecht"));
        PDOK.verify(2, PdokStub.requestsFor("3511AB", 7));
    }

    @Test
    void anAddressTheBagDoesNotKnowIsUnknown() {
        PdokStub.unknown(PDOK, "9999ZZ", 1);

        assertThat(lookup().find("9999ZZ", 1)).isInstanceOf(PostcodeAnswer.Unknown.class);
    }

    @Test
    void onlyADocumentOfTheAskedAddressCounts() {
        PDOK.stubFor(PdokStub.asked("1012JS", 3)
                .willReturn(PdokStub.json(PdokStub.answer(1, PdokStub.doc("1012JT", 3, "Damrak", "Amsterdam")))));

        assertThat(lookup().find("1012JS", 3)).isInstanceOf(PostcodeAnswer.Unknown.class);
    }

    @Test
    void aSlowAnswerIsNoAnswer() {
        PDOK.stubFor(PdokStub.asked("2511CV", 4)
                .willReturn(PdokStub.json(PdokStub.answer(1, PdokStub.doc("2511CV", 4, "Plein", "Den Haag")))
                        .withFixedDelay(2000)));

        assertThat(lookup().find("2511CV", 4)).isInstanceOf(PostcodeAnswer.Unavailable.class);
    }

    @Test
    void failingAndUnexpectedAnswersAreNoAnswer() {
        PdokStub.down(PDOK, "6211CK", 1);
        PDOK.stubFor(PdokStub.asked("6211CK", 2)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html>Onderhoud</html>")));
        PDOK.stubFor(PdokStub.asked("6211CK", 3).willReturn(PdokStub.json("{\"response\":{\"docs\":[{\"straat")));
        PDOK.stubFor(PdokStub.asked("6211CK", 4).willReturn(PdokStub.json("{\"error\":\"undefined field\"}")));
        PDOK.stubFor(PdokStub.asked("6211CK", 5)
                .willReturn(PdokStub.json(PdokStub.answer(1, PdokStub.doc("6211CK", 5, "", "Maastricht")))));
        PDOK.stubFor(PdokStub.asked("6211CK", 6).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        for (int huisnummer = 1; huisnummer <= 6; huisnummer++) { // a new lookup each: its breaker stays closed
            assertThat(lookup().find("6211CK", huisnummer))
                    .as("huisnummer %d", huisnummer)
                    .isInstanceOf(PostcodeAnswer.Unavailable.class);
        }
    }

    @Test
    void nobodyListeningIsNoAnswer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AddressLookupSettings settings =
                settings(URI.create("http://127.0.0.1:" + closedPort + PdokStub.PATH), true, Duration.ofMinutes(1));

        assertThat(new AddressLookup(settings, new PdokLocatieserver(settings), cache, clock).find("7511JE", 1))
                .isInstanceOf(PostcodeAnswer.Unavailable.class);
    }

    @Test
    void afterRepeatedFailuresItStopsAskingForItsPauseAndThenTriesAgain() {
        PdokStub.down(PDOK, "8011CW", 1);
        AddressLookup lookup = lookup();
        for (int attempt = 0; attempt < 3; attempt++) {
            lookup.find("8011CW", 1);
        }
        PDOK.verify(3, PdokStub.requestsFor("8011CW", 1));

        PdokStub.address(PDOK, "8011CW", 1, "Grote Kerkplein", "Zwolle");
        assertThat(lookup.find("8011CW", 1)).isInstanceOf(PostcodeAnswer.Unavailable.class);
        PDOK.verify(3, PdokStub.requestsFor("8011CW", 1));
    }

    @Test
    void afterItsPauseItAsksAgain() throws InterruptedException {
        PdokStub.down(PDOK, "8011CX", 1);
        AddressLookupSettings settings = settings(URI.create(PdokStub.baseUrl(PDOK)), true, Duration.ofMillis(200));
        AddressLookup lookup = new AddressLookup(settings, new PdokLocatieserver(settings), cache, clock);
        for (int attempt = 0; attempt < 3; attempt++) {
            lookup.find("8011CX", 1);
        }
        PdokStub.address(PDOK, "8011CX", 1, "Grote Kerkplein", "Zwolle");
        Thread.sleep(400); // the circuit breaker's own clock

        assertThat(lookup.find("8011CX", 1)).isEqualTo(new PostcodeAnswer.Found("Grote Kerkplein", "Zwolle"));
    }

    @Test
    void anOlderAnswerServesWhilePdokIsDown() {
        cache.save(
                "9711LM",
                12,
                new PostcodeAnswer.Found("Vismarkt", "Groningen"),
                LocalDateTime.now(clock).minusDays(400));
        PdokStub.down(PDOK, "9711LM", 12);

        assertThat(lookup().find("9711LM", 12)).isEqualTo(new PostcodeAnswer.Found("Vismarkt", "Groningen"));
    }

    @Test
    void switchedOffItAsksNothing() {
        PdokStub.address(PDOK, "4811XJ", 1, "Grote Markt", "Breda");
        AddressLookupSettings off = settings(URI.create(PdokStub.baseUrl(PDOK)), false, Duration.ofMinutes(1));
        AddressLookup lookup = new AddressLookup(off, new PdokLocatieserver(off), cache, clock);

        assertThat(lookup.enabled()).isFalse();
        assertThat(lookup.find("4811XJ", 1)).isInstanceOf(PostcodeAnswer.Unavailable.class);
        PDOK.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void noDutchPostcodeAsksNothing() {
        AddressLookup lookup = lookup();

        assertThat(lookup.find("B-1000", 1)).isInstanceOf(PostcodeAnswer.Unavailable.class);
        assertThat(lookup.find("1234AB", 0)).isInstanceOf(PostcodeAnswer.Unavailable.class);
        PDOK.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theDefaultsAskPdokWithAShortTimeout() {
        AddressLookupSettings defaults = new AddressLookupSettings(null, null, null, null, null);

        assertThat(defaults.on()).isTrue();
        assertThat(defaults.baseUrl()).isEqualTo(AddressLookupSettings.PDOK);
        assertThat(defaults.timeout()).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    private AddressLookup lookup() {
        AddressLookupSettings settings = settings(URI.create(PdokStub.baseUrl(PDOK)), true, Duration.ofMinutes(1));
        return new AddressLookup(settings, new PdokLocatieserver(settings), cache, clock);
    }

    private static AddressLookupSettings settings(URI baseUrl, boolean enabled, Duration pause) {
        return new AddressLookupSettings(enabled, baseUrl, Duration.ofMillis(300), Duration.ofDays(30), pause);
    }
}
