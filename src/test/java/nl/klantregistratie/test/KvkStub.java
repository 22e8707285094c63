package nl.klantregistratie.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/**
 * A stand-in for the KvK's Basisprofiel API (on a WireMock server, see {@link PdokStub#server()}),
 * answering in its documented JSON format (API Basisprofiel 1.4: statutaireNaam, handelsnamen[] with
 * volgorde, _embedded.hoofdvestiging.adressen[] with type bezoekadres/correspondentieadres, and
 * _embedded.eigenaar.rechtsvorm). The real API could not be reached from the build machines.
 */
public final class KvkStub {

    public static final String PATH = "/api";
    public static final String API_KEY = "l7xx-test-sleutel";

    private KvkStub() {}

    public static MappingBuilder asked(String kvkNummer) {
        return get(urlPathEqualTo(PATH + "/v1/basisprofielen/" + kvkNummer));
    }

    public static RequestPatternBuilder requestsFor(String kvkNummer) {
        return getRequestedFor(urlPathEqualTo(PATH + "/v1/basisprofielen/" + kvkNummer));
    }

    public static String basisprofiel(String kvkNummer, String statutaireNaam, String rechtsvorm, String adressen) {
        return """
                {"kvkNummer":"%1$s","indNonMailing":"Nee","naam":"%2$s","formeleRegistratiedatum":"20150622",
                 "materieleRegistratie":{"datumAanvang":"20150601"},"totaalWerkzamePersonen":12,
                 "statutaireNaam":"%2$s",
                 "handelsnamen":[{"naam":"Bakkerij De Korenbloem","volgorde":1},{"naam":"%2$s","volgorde":0}],
                 "sbiActiviteiten":[{"sbiCode":"1071","sbiOmschrijving":"Brood- en banketbakkerijen","indHoofdactiviteit":"Ja"}],
                 "_links":{"self":{"href":"https://api.kvk.nl/api/v1/basisprofielen/%1$s"}},
                 "_embedded":{
                   "hoofdvestiging":{"vestigingsnummer":"000037178598","kvkNummer":"%1$s","eersteHandelsnaam":"%2$s",
                     "indHoofdvestiging":"Ja","adressen":[%4$s]},
                   "eigenaar":{"rsin":"858126445","rechtsvorm":"%3$s","uitgebreideRechtsvorm":"%3$s"}}}""".formatted(kvkNummer, statutaireNaam, rechtsvorm, adressen);
    }

    public static String adres(String type, String straat, int huisnummer, String postcode, String plaats) {
        return """
                {"type":"%s","indAfgeschermd":"Nee","volledigAdres":"%s %d %s %s","straatnaam":"%2$s",
                 "huisnummer":%3$d,"postcode":"%4$s","plaats":"%5$s","land":"Nederland"}""".formatted(type, straat, huisnummer, postcode, plaats);
    }

    public static String postbus(int nummer, String postcode, String plaats) {
        return """
                {"type":"correspondentieadres","indAfgeschermd":"Nee","postbusnummer":%d,"postcode":"%s",
                 "plaats":"%s","land":"Nederland"}""".formatted(nummer, postcode, plaats);
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/hal+json")
                .withBody(body);
    }
}
