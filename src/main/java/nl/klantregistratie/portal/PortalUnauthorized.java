package nl.klantregistratie.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantregistratie.base.i18n.TranslationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal API's 401 for a missing, wrong or revoked API key: a JSON problem (RFC 9457) with the
 * Dutch detail from the translations and a code, like every other error of the API ({@link PortalErrors}),
 * and a {@code WWW-Authenticate} header naming the key's header.
 */
final class PortalUnauthorized implements AuthenticationEntryPoint {

    static final String CODE = "portal.key.required";

    private final String body;

    PortalUnauthorized(TranslationProvider translations, JsonMapper json) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.UNAUTHORIZED.getReasonPhrase());
        problem.put("status", HttpStatus.UNAUTHORIZED.value());
        problem.put("detail", translations.getTranslation(CODE, TranslationProvider.DUTCH, ApiKeyFilter.HEADER));
        problem.put("code", CODE);
        this.body = json.writeValueAsString(problem);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response);
    }

    void write(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyFilter.HEADER + "\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
