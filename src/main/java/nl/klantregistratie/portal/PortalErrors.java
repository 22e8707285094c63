package nl.klantregistratie.portal;

import jakarta.validation.ConstraintViolationException;
import nl.klantregistratie.base.i18n.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every answer of the portal API that is not a result is a JSON problem (RFC 9457): malformed input
 * 400 (Spring MVC's own exceptions, handled by the base class), no such person 404, an ambiguous
 * portal e-mail 409, anything unexpected 500 without details. The detail is Dutch, with a code.
 */
@RestControllerAdvice(assignableTypes = PortalController.class)
class PortalErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);
    private final TranslationProvider translations;

    PortalErrors(TranslationProvider translations) {
        this.translations = translations;
    }

    @ExceptionHandler(PortalRefusedException.class)
    ResponseEntity<ProblemDetail> refused(PortalRefusedException e) {
        return problem(e.isAmbiguous() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, e.getMessageKey());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
        return problem(HttpStatus.BAD_REQUEST, "portal.request.invalid");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("Portal API call failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "portal.error");
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, translations.getTranslation(key, TranslationProvider.DUTCH));
        problem.setProperty("code", key);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
