package nl.klantregistratie.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantregistratie.base.i18n.TranslationProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal API's 429 for a key over its rate limit: a {@code Retry-After} header in whole seconds
 * (at least 1) and a JSON problem (RFC 9457) with the Dutch detail from the translations and a code,
 * like every other error of the API ({@link PortalErrors}, {@link PortalUnauthorized}).
 */
final class PortalTooManyRequests {

    static final String CODE = "portal.key.ratelimited";

    private final TranslationProvider translations;
    private final JsonMapper json;

    PortalTooManyRequests(TranslationProvider translations, JsonMapper json) {
        this.translations = translations;
        this.json = json;
    }

    void write(HttpServletResponse response, long perMinute, Duration retryAfter) throws IOException {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", translations.getTranslation(CODE, TranslationProvider.DUTCH, perMinute, seconds));
        problem.put("code", CODE);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
