package nl.klantregistratie.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.base.validation.MailAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal API (Client-Online): a person's accessible klanten (docs/domain.md R15), looked up by portal
 * e-mail or by hoofd id. Answers only klantnummer, naam and type of each klant and the hoofd's id:
 * never a BSN, an address, a birth date or anyone's private contact data.
 */
@RestController
@RequestMapping(path = "/api/portal", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Portaaltoegang", description = "Which klanten a person may reach in Client-Online")
class PortalController {

    private final PortalService portal;

    /** What every refusal of the API is: a JSON problem (RFC 9457, PortalErrors). */
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    PortalController(PortalService portal) {
        this.portal = portal;
    }

    @GetMapping("/personen")
    @Operation(summary = "The klanten a person can reach, by the person's portal e-mail")
    @ApiResponse(responseCode = "200", description = "The person's hoofd id and accessible klanten")
    @ApiResponse(
            responseCode = "400",
            description = "Missing or malformed e-mail",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "401",
            description = "Missing, unknown, revoked or expired API key",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No person has this portal e-mail",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "More than one person has this portal e-mail",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "429",
            description = "Over the key's rate limit; Retry-After gives the seconds to wait",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "500",
            description = "Something went wrong on our side; the problem names no details",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PersonAccess byEmail(
            @RequestParam
                    @NotBlank
                    @Size(max = 254)
                    @MailAddress
                    @Parameter(description = "portal e-mail (docs/decisions/0011)")
                    String email,
            HttpServletRequest request) {
        return answered(portal.personByPortalEmail(email), request);
    }

    @GetMapping("/personen/{hoofdId}")
    @Operation(summary = "The klanten a person can reach, by the id of its hoofd registration")
    @ApiResponse(responseCode = "200", description = "The person's hoofd id and accessible klanten")
    @ApiResponse(
            responseCode = "400",
            description = "Malformed id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "401",
            description = "Missing, unknown, revoked or expired API key",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such person (or the id is a volger's)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "429",
            description = "Over the key's rate limit; Retry-After gives the seconds to wait",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "500",
            description = "Something went wrong on our side; the problem names no details",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PersonAccess byHead(@PathVariable("hoofdId") @Positive long headId, HttpServletRequest request) {
        return answered(portal.person(headId), request);
    }

    /** The answer, and whose access it is for the record of the call (the e-mail itself is not kept). */
    private static PersonAccess answered(PortalPerson person, HttpServletRequest request) {
        request.setAttribute(ApiKeyFilter.HEAD_READ, person.headId());
        return PersonAccess.of(person);
    }

    /** Nothing else lives under /api/portal: an unknown path is a JSON 404, never a page of the application. */
    @RequestMapping("/**")
    @Operation(hidden = true)
    void unknown() {
        throw new PortalRefusedException("portal.path.notfound", false);
    }

    /** The JSON speaks the portal's Dutch ({@code hoofdId}, {@code klanten}), as the paths do. */
    @Schema(description = "A person and the klanten it can reach in the portal")
    record PersonAccess(@JsonProperty("hoofdId") long headId, List<Klant> klanten) {

        static PersonAccess of(PortalPerson person) {
            Map<Long, Klant> klanten = new LinkedHashMap<>();
            person.access()
                    .forEach(access -> klanten.putIfAbsent(
                            access.klantnummer(), new Klant(access.klantnummer(), access.naam(), Klant.type(access))));
            return new PersonAccess(person.headId(), List.copyOf(klanten.values()));
        }
    }

    @Schema(description = "A klant: its klantnummer, name and type (KLANT_PERSOON or KLANT_BEDRIJF)")
    record Klant(long klantnummer, String naam, String type) {

        static String type(PortalAccess access) {
            return switch (access.kind()) {
                case PERSOON -> "KLANT_PERSOON";
                case BEDRIJF -> "KLANT_BEDRIJF";
                case CONTACT -> throw new IllegalStateException("A contactpersoon is no klant");
            };
        }
    }
}
