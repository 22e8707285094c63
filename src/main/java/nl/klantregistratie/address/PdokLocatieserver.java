package nl.klantregistratie.address;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import nl.klantregistratie.base.RestClients;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * PDOK Locatieserver's {@code free} endpoint (BAG addresses): {@code GET /free?fq=postcode:1234AB
 * &fq=huisnummer:12&fq=type:adres}, answered as Solr JSON ({@code response.docs[]} with {@code
 * straatnaam} and {@code woonplaatsnaam}). Any answer it does not understand is an exception, so the
 * circuit breaker counts it as a failure.
 */
@Component
class PdokLocatieserver {

    private static final int MAX_STRAAT = 100;
    private static final int MAX_PLAATS = 80;

    private final RestClient rest;

    PdokLocatieserver(AddressLookupSettings settings) {
        this.rest = RestClients.withTimeout(settings.baseUrl(), settings.timeout(), true)
                .build();
    }

    /** The BAG's straat and plaats of this address, or empty when the BAG does not know it. */
    Optional<PostcodeAnswer.Found> find(String postcode, int huisnummer) {
        Answer answer = rest.get()
                .uri(uri -> uri.path("/free")
                        .queryParam("fq", "type:adres")
                        .queryParam("fq", "postcode:" + postcode)
                        .queryParam("fq", "huisnummer:" + huisnummer)
                        .queryParam("fl", "straatnaam,woonplaatsnaam,postcode,huisnummer")
                        .queryParam("rows", 5)
                        .build())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(Answer.class);
        if (answer == null || answer.response() == null || answer.response().docs() == null) {
            throw new UnexpectedAnswerException("no response.docs");
        }
        for (Doc doc : answer.response().docs()) {
            if (postcode.equals(doc.postcode()) && Integer.valueOf(huisnummer).equals(doc.huisnummer())) {
                return Optional.of(found(doc));
            }
        }
        return Optional.empty();
    }

    private static PostcodeAnswer.Found found(Doc doc) {
        String straat = doc.straatnaam();
        String plaats = doc.woonplaatsnaam();
        if (straat == null || straat.isBlank() || straat.length() > MAX_STRAAT) {
            throw new UnexpectedAnswerException("straatnaam missing or too long");
        }
        if (plaats == null || plaats.isBlank() || plaats.length() > MAX_PLAATS) {
            throw new UnexpectedAnswerException("woonplaatsnaam missing or too long");
        }
        return new PostcodeAnswer.Found(straat.strip(), plaats.strip());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(@Nullable Body response) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(@Nullable List<Doc> docs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Doc(
            @Nullable String straatnaam,
            @Nullable String woonplaatsnaam,
            @Nullable String postcode,
            @Nullable Integer huisnummer) {}

    static final class UnexpectedAnswerException extends RuntimeException {
        UnexpectedAnswerException(String what) {
            super("Unexpected answer from the postcode lookup: " + what);
        }
    }
}
