package nl.klantregistratie.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/**
 * A stand-in for PDOK's Locatieserver (WireMock on a free port), answering its {@code free}
 * endpoint in the documented Solr JSON format. The real service could not be reached from the build
 * machines; this is the answer format of its documentation (response.docs[] with straatnaam,
 * woonplaatsnaam, postcode "1234AB" and huisnummer as a number).
 *
 * <pre>{@code
 * @RegisterExtension static final WireMockExtension PDOK = PdokStub.server();
 * PdokStub.address(PDOK, "5611EB", 1, "Markt", "Eindhoven");
 * }</pre>
 */
public final class PdokStub {

    /** Where the search API lies on the stub; the {@code free} endpoint is below it. */
    public static final String PATH = "/bzk/locatieserver/search/v3_1";

    private PdokStub() {}

    public static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(WireMockConfiguration.wireMockConfig().dynamicPort())
                .build();
    }

    public static String baseUrl(WireMockExtension server) {
        return server.baseUrl() + PATH;
    }

    /** The request for this postcode ("1234AB") and huisnummer. */
    public static MappingBuilder asked(String postcode, int huisnummer) {
        return get(urlPathEqualTo(PATH + "/free"))
                .withQueryParam("fq", havingExactly("type:adres", "postcode:" + postcode, "huisnummer:" + huisnummer));
    }

    public static RequestPatternBuilder requestsFor(String postcode, int huisnummer) {
        return getRequestedFor(urlPathEqualTo(PATH + "/free"))
                .withQueryParam("fq", havingExactly("type:adres", "postcode:" + postcode, "huisnummer:" + huisnummer));
    }

    /** The BAG knows the address. */
    public static void address(
            WireMockExtension server, String postcode, int huisnummer, String straat, String plaats) {
        server.stubFor(
                asked(postcode, huisnummer).willReturn(json(answer(1, doc(postcode, huisnummer, straat, plaats)))));
    }

    /** The BAG has no such address. */
    public static void unknown(WireMockExtension server, String postcode, int huisnummer) {
        server.stubFor(asked(postcode, huisnummer).willReturn(json(answer(0, ""))));
    }

    /** PDOK is down: 503 for this address. */
    public static void down(WireMockExtension server, String postcode, int huisnummer) {
        server.stubFor(asked(postcode, huisnummer).willReturn(aResponse().withStatus(503)));
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    public static String answer(int numFound, String docs) {
        return """
                {"response":{"numFound":%d,"start":0,"maxScore":7.42,"numFoundExact":true,"docs":[%s]}}""".formatted(numFound, docs);
    }

    public static String doc(String postcode, int huisnummer, String straat, String plaats) {
        return """
                {"type":"adres","weergavenaam":"%3$s %2$d, %1$s %4$s","straatnaam":"%3$s","huisnummer":%2$d,\
                "postcode":"%1$s","woonplaatsnaam":"%4$s","gemeentenaam":"%4$s","score":7.42}""".formatted(postcode, huisnummer, straat, plaats);
    }
}
