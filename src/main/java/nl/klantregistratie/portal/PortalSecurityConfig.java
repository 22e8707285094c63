package nl.klantregistratie.portal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.klantregistratie.base.i18n.TranslationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security of the portal API, separate from the staff application: a filter chain for
 * {@code /api/portal/**} and the OpenAPI description only, ordered before the Vaadin chain
 * (security/SecurityConfig, which keeps everything else). Stateless (no session, no CSRF token: no
 * browser session is involved), API key only; a key never authenticates a request outside this
 * chain, so it cannot open a Vaadin route.
 */
@Configuration
class PortalSecurityConfig {

    static final String[] OPENAPI_PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};

    @Bean
    @Order(1)
    SecurityFilterChain portalApiFilterChain(
            HttpSecurity http,
            ApiKeys apiKeys,
            PortalRateLimiter limiter,
            RefusedCalls refused,
            TranslationProvider translations,
            JsonMapper json)
            throws Exception {
        PortalUnauthorized unauthorized = new PortalUnauthorized(translations, json);
        http.securityMatcher(matched())
                .authorizeHttpRequests(auth -> auth.requestMatchers(OPENAPI_PATHS)
                        .permitAll()
                        .anyRequest()
                        .hasRole(PortalService.PORTAL_ROLE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
                .addFilterBefore(
                        new ApiKeyFilter(
                                apiKeys, limiter, refused, unauthorized, new PortalTooManyRequests(translations, json)),
                        AuthorizationFilter.class);
        return http.build();
    }

    private static String[] matched() {
        String[] paths = new String[OPENAPI_PATHS.length + 1];
        paths[0] = "/api/portal/**";
        System.arraycopy(OPENAPI_PATHS, 0, paths, 1, OPENAPI_PATHS.length);
        return paths;
    }

    /** The OpenAPI description's title and the API-key scheme every operation needs. */
    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Klantregistratie portal API")
                        .description(
                                "Client-Online: which klanten a person may reach in the portal (docs/domain.md R15). "
                                        + "Never returns a BSN or other people's private data.")
                        .version("1"))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(ApiKeyFilter.HEADER)))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
