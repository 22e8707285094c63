package nl.klantregistratie.test;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.klantregistratie.base.i18n.TranslationProvider;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for browserless UI tests: the Spring context (cached by Spring across test classes with
 * this configuration), a mocked Vaadin environment with Spring's servlet, a signed-in demo user of
 * the chosen role so {@code @RolesAllowed} on views and services behaves as in production, and the
 * UI in Dutch.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
public abstract class KaribuTest {

    private static Routes routes = new Routes();
    private static Set<Class<? extends RouterLayout>> layouts = new HashSet<>();

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserService userService;

    @BeforeAll
    static void discoverRoutes() {
        routes = discoverRoutes("nl.klantregistratie");
        layouts = discoverLayouts("nl.klantregistratie");
    }

    /** The {@code @Layout} classes, which Karibu's route registration leaves out. */
    @SuppressWarnings("unchecked")
    static Set<Class<? extends RouterLayout>> discoverLayouts(String basePackage) {
        Set<Class<? extends RouterLayout>> found = new HashSet<>();
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages(basePackage)
                .scan()) {
            scan.getClassesWithAnnotation(Layout.class)
                    .loadClasses()
                    .forEach(layout -> found.add((Class<? extends RouterLayout>) layout));
        }
        return found;
    }

    /**
     * Like Karibu's {@code Routes.autoDiscoverViews}, but also finds package-private views (Karibu's
     * scan sees public classes only, and our views are package-private by design).
     */
    @SuppressWarnings("unchecked")
    static Routes discoverRoutes(String basePackage) {
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages(basePackage)
                .scan()) {
            // as the application: a route with registerAtStartup = false exists only once registered
            scan.getClassesWithAnnotation(Route.class).loadClasses().stream()
                    .filter(view -> view.getAnnotation(Route.class).registerAtStartup())
                    .forEach(view -> views.add((Class<? extends Component>) view));
            scan.getClassesImplementing(HasErrorParameter.class)
                    .filter(info -> !info.isAbstract())
                    .loadClasses()
                    .forEach(view -> errorViews.add((Class<? extends HasErrorParameter<?>>) view));
        }
        return new Routes(views, errorViews, true);
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        ApplicationRouteRegistry registry =
                ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        layouts.forEach(registry::setLayout);
        UI.getCurrent().setLocale(TranslationProvider.DUTCH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        logout();
    }

    /** Signs in the demo user of the given role (username = role name in lower case). */
    protected void login(Role role) {
        login(role.name().toLowerCase(Locale.ROOT));
    }

    /** Signs in an existing user, with the authorities the real login would give. */
    protected void login(String username) {
        UserDetails user = userService.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        // as after a real login: UI.access work on other threads (push) finds the user in the session
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        Set<String> authorities = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains("ROLE_" + role));
        // A real sign-in loads a new page, so a new UI with its own main layout and views; without
        // it, Vaadin would reuse the views the previous user saw (same class, same UI).
        if (!UI.getCurrent().getInternals().getActiveRouterTargetsChain().isEmpty()) {
            UI.getCurrent().getPage().reload();
        }
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getSession() != null) {
            VaadinSession.getCurrent()
                    .getSession()
                    .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        if (VaadinServletRequest.getCurrent() != null
                && VaadinServletRequest.getCurrent().getRequest() instanceof FakeRequest request) {
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /**
     * Opens an address as a user would by typing it in the browser (a page load). Unlike
     * {@code UI.navigate}, this also reaches the error views for unknown addresses.
     */
    protected UI navigate(String location) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PAGE_LOAD);
        return ui;
    }
}
