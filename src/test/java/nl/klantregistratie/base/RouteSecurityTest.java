package nl.klantregistratie.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every route of the application states who may open it. */
class RouteSecurityTest {

    @Test
    void everyRouteDeclaresItsAccess() {
        List<String> unguarded;
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("nl.klantregistratie")
                .rejectPackages("nl.klantregistratie.test")
                .scan()) {
            unguarded = scan.getClassesWithAnnotation(Route.class).stream()
                    .filter(view -> !view.getName().contains("Test"))
                    .filter(view -> !view.hasAnnotation(PermitAll.class)
                            && !view.hasAnnotation(RolesAllowed.class)
                            && !view.hasAnnotation(AnonymousAllowed.class)
                            && !view.hasAnnotation(DenyAll.class))
                    .map(view -> view.getName())
                    .toList();
            assertThat(scan.getClassesWithAnnotation(Route.class))
                    .as("routes found")
                    .isNotEmpty();
        }
        assertThat(unguarded)
                .as("routes without @PermitAll, @RolesAllowed, @AnonymousAllowed or @DenyAll")
                .isEmpty();
    }
}
