package nl.klantregistratie.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import nl.klantregistratie.security.ui.LoginView;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form login through the Vaadin login view, users from the database, method security
 * ({@code @RolesAllowed}) on services whose refusals are published for the audit log, and the health
 * endpoint for the local machine and the load balancers ({@link HealthProbes}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Method security for {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services,
     * and on nothing that is a Vaadin component. Views carry the same annotations for Vaadin's own
     * navigation check; with Spring Security's {@code jsr250Enabled} every view became a proxy, so
     * that each navigation worked out the proxy's advice anew (a fifth of the server's CPU under
     * load, docs/benchmarks.md "Load") and each call on a view was authorised again. Otherwise the
     * interceptor {@code jsr250Enabled} makes: the same order, the same role prefix, the refusals
     * published for the audit log.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceRolesAllowed(ApplicationEventPublisher events) {
        ClassFilter notComponents = type -> !Component.class.isAssignableFrom(type);
        Pointcut annotated =
                AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut();
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(notComponents).intersection(annotated), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        interceptor.setAuthorizationEventPublisher(authorizationEventPublisher(events));
        return interceptor;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            SessionLimitsSettings sessionLimits,
            @Value("${klantregistratie.health.allowed-addresses:}") String healthProbes)
            throws Exception {
        // Idle and absolute session limits, before the security context is read from the session.
        http.addFilterBefore(new SessionLimits(sessionLimits, Clock.systemUTC()), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(new HealthProbes(healthProbes))
                .permitAll()
                .requestMatchers("/actuator/**")
                .denyAll()
                .requestMatchers("/styles/**")
                .permitAll());
        // Every login is registered, so deactivating an account can expire its sessions (LiveSessions);
        // a request in an expired session is signed out and sent to the login page.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/" + LiveSessions.ENDED_LOCATION));
        // Security headers (HSTS over https, nosniff, no caching) on every response, the pages Vaadin
        // writes itself (the login page) included: written before the response, not at its commit.
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // A throttled sign-in goes back to the login page with how long to wait; others with ?error.
        // After Vaadin's configurer, so its login view is known before the form login initialises
        // (before it, Spring Security would generate its own login page).
        http.formLogin(form -> form.failureHandler(SecurityConfig::loginFailed));
        return http.build();
    }

    /**
     * Publishes every refusal of method security ({@code @RolesAllowed} on a service) as Spring's
     * {@code AuthorizationDeniedEvent}, for the audit log (docs/decisions/0017); also the web
     * requests' refusals, which the audit log records only for signed-in users.
     */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when an HTTP session ends. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void loginFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String query = failure instanceof LoginThrottledException throttled
                ? LoginView.THROTTLED_PARAMETER + "=" + throttled.waitSeconds()
                : "error";
        // the login page fills the name in again: only the password needs typing a second time
        String username = request.getParameter("username");
        if (username != null && username.length() <= LoginView.MAX_USERNAME) {
            request.getSession().setAttribute(LoginView.LAST_USERNAME, username);
        }
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
