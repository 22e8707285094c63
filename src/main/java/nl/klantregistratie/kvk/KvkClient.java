package nl.klantregistratie.kvk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.klantregistratie.base.RestClients;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The KvK's Basisprofiel API: {@code GET /v1/basisprofielen/{kvkNummer}} with the header {@code
 * apikey}, answered as JSON with {@code statutaireNaam}, {@code handelsnamen[]} and, embedded, the
 * {@code hoofdvestiging} with its {@code adressen[]} and the {@code eigenaar} with its {@code
 * rechtsvorm}. 404: no such company. Anything else it does not understand is an exception.
 */
@Component
class KvkClient {

    private final RestClient rest;

    KvkClient(KvkSettings settings) {
        this.rest = RestClients.withTimeout(settings.baseUrl(), settings.timeout(), false)
                .defaultHeader("apikey", settings.apiKey())
                .build();
    }

    Optional<KvkProfile> basisprofiel(String kvkNummer) {
        Basisprofiel answer;
        try {
            answer = rest.get()
                    .uri("/v1/basisprofielen/{kvkNummer}", kvkNummer)
                    .accept(MediaType.APPLICATION_JSON, MediaType.valueOf("application/hal+json"))
                    .retrieve()
                    .body(Basisprofiel.class);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        if (answer == null || !kvkNummer.equals(answer.kvkNummer())) {
            throw new IllegalStateException("Unexpected answer from the KvK: another or no kvkNummer");
        }
        Embedded embedded = answer.embedded();
        List<Adres> adressen = embedded == null || embedded.mainBranch() == null
                ? List.of()
                : Objects.requireNonNullElse(embedded.mainBranch().adressen(), List.of());
        Eigenaar eigenaar = embedded == null ? null : embedded.eigenaar();
        return Optional.of(new KvkProfile(
                kvkNummer,
                answer.statutaireNaam() != null ? answer.statutaireNaam() : answer.naam(),
                Objects.requireNonNullElse(answer.handelsnamen(), List.<Handelsnaam>of()).stream()
                        .filter(naam -> naam.naam() != null && !naam.naam().isBlank())
                        .sorted(Comparator.comparing(
                                Handelsnaam::volgorde, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(Handelsnaam::naam)
                        .toList(),
                eigenaar == null
                        ? null
                        : eigenaar.uitgebreideRechtsvorm() != null
                                ? eigenaar.uitgebreideRechtsvorm()
                                : eigenaar.rechtsvorm(),
                address(adressen, "bezoekadres"),
                address(adressen, "correspondentieadres")));
    }

    private static KvkProfile.@Nullable KvkAddress address(List<Adres> adressen, String type) {
        return adressen.stream()
                .filter(adres -> type.equalsIgnoreCase(adres.type()))
                .filter(adres -> !"ja".equalsIgnoreCase(adres.indAfgeschermd()))
                .findFirst()
                .map(adres -> adres.postbusnummer() != null
                        ? new KvkProfile.KvkAddress(
                                "Postbus",
                                adres.postbusnummer(),
                                null,
                                null,
                                adres.postcode(),
                                adres.plaats(),
                                dutch(adres))
                        : new KvkProfile.KvkAddress(
                                adres.straatnaam(),
                                adres.huisnummer(),
                                adres.huisletter(),
                                adres.huisnummerToevoeging(),
                                adres.postcode(),
                                adres.plaats(),
                                dutch(adres)))
                .orElse(null);
    }

    private static boolean dutch(Adres adres) {
        return adres.land() == null || adres.land().toLowerCase(Locale.ROOT).startsWith("nederland");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Basisprofiel(
            @Nullable String kvkNummer,
            @Nullable String naam,
            @Nullable String statutaireNaam,
            @Nullable List<Handelsnaam> handelsnamen,
            @JsonProperty("_embedded") @Nullable Embedded embedded) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Handelsnaam(@Nullable String naam, @Nullable Integer volgorde) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Embedded(
            @JsonProperty("hoofdvestiging") @Nullable Vestiging mainBranch,
            @Nullable Eigenaar eigenaar) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Vestiging(@Nullable List<Adres> adressen) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Eigenaar(@Nullable String rechtsvorm, @Nullable String uitgebreideRechtsvorm) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Adres(
            @Nullable String type,
            @Nullable String indAfgeschermd,
            @Nullable String straatnaam,
            @Nullable Integer huisnummer,
            @Nullable String huisletter,
            @Nullable String huisnummerToevoeging,
            @Nullable String postcode,
            @Nullable Integer postbusnummer,
            @Nullable String plaats,
            @Nullable String land) {}
}
