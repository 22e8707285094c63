package nl.klantregistratie.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The portal chain's authentication: a request to {@code /api/portal/**} must carry an active API
 * key in the {@value #HEADER} header, otherwise it gets 401 with a JSON problem. With a valid key
 * the request runs as role {@value PortalService#PORTAL_ROLE} only (never a staff role), for this
 * request only, unless the key is over its rate limit ({@link PortalRateLimiter}): then the answer
 * is 429 with {@code Retry-After}. Every call with a valid key within its limit is recorded with its
 * key, path and status; calls without a valid key (401) and over the limit (429) are only counted
 * per day ({@link RefusedCalls}), so they cannot fill the database. Not a bean, so Spring Boot does
 * not put it in front of every request: {@link PortalSecurityConfig} adds it to its chain.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    static final String API_PATH = "/api/portal";
    /** Request attribute: the hoofd whose access the call read, for the record of the call. */
    static final String HEAD_READ = ApiKeyFilter.class.getName() + ".head";

    private final ApiKeys apiKeys;
    private final PortalRateLimiter limiter;
    private final RefusedCalls refused;
    private final PortalUnauthorized unauthorized;
    private final PortalTooManyRequests tooMany;

    ApiKeyFilter(
            ApiKeys apiKeys,
            PortalRateLimiter limiter,
            RefusedCalls refused,
            PortalUnauthorized unauthorized,
            PortalTooManyRequests tooMany) {
        this.apiKeys = apiKeys;
        this.limiter = limiter;
        this.refused = refused;
        this.unauthorized = unauthorized;
        this.tooMany = tooMany;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !path.equals(API_PATH) && !path.startsWith(API_PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        Optional<Long> keyId = apiKeys.authenticate(request.getHeader(HEADER));
        if (keyId.isEmpty()) {
            unauthorized.write(response);
            refused.count(HttpStatus.UNAUTHORIZED.value()); // counted, not recorded: anyone can call without a key
            return;
        }
        PortalRateLimiter.Verdict verdict = limiter.tryCall(keyId.get());
        if (!verdict.allowed()) {
            tooMany.write(response, limiter.perMinute(), verdict.retryAfter());
            refused.count(HttpStatus.TOO_MANY_REQUESTS.value()); // counted like a call without a key
            return;
        }
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "api-key:" + keyId.get(),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + PortalService.PORTAL_ROLE))));
        strategy.setContext(context);
        int status = HttpStatus.INTERNAL_SERVER_ERROR.value();
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            strategy.clearContext();
            apiKeys.record(
                    keyId.get(),
                    request.getMethod(),
                    path,
                    status,
                    request.getAttribute(HEAD_READ) instanceof Long headId ? headId : null);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
