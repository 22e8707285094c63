package nl.klantregistratie.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.kvk.KvkLookup;
import nl.klantregistratie.kvk.KvkUsage;
import nl.klantregistratie.security.CurrentUser;
import nl.klantregistratie.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/** Start page after sign-in. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.start", icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(HomeView.class);

    HomeView(CurrentUser currentUser, KvkLookup kvkLookup) {
        setId("home-view");
        String name = currentUser.get().map(u -> u.getDisplayName()).orElse("");
        add(new H2(getTranslation("home.welcome", name)), new Paragraph(getTranslation("home.intro")));
        if (kvkLookup.enabled() && currentUser.hasRole(Role.SUPPORT)) {
            // the KvK charges per query: support staff see the month's count without spending one
            try {
                KvkUsage usage = kvkLookup.usage();
                Paragraph count = new Paragraph(getTranslation("kvk.usage", usage.used(), usage.cap()));
                count.setId("home-kvk-usage");
                add(count);
            } catch (DataAccessException e) {
                // a line of information, not worth an error page: the start page shows without it
                LOG.warn("KvK usage not shown on the start page: {}", e.getMessage());
            }
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "nav.start");
    }
}
