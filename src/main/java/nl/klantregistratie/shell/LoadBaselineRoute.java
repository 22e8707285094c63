package nl.klantregistratie.shell;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Registers the load test's baseline view, only when the application runs with the profile {@code loadtest}. */
@Component
@Profile("loadtest")
class LoadBaselineRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setAnnotatedRoute(LoadBaselineView.class);
    }
}
