package nl.klantregistratie.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.klantregistratie.base.ui.PageTitle;
import nl.klantregistratie.security.CurrentUser;

/** Start page after sign-in. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.start", icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser) {
        setId("home-view");
        String name = currentUser.get().map(u -> u.getDisplayName()).orElse("");
        add(new H2(getTranslation("home.welcome", name)), new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "nav.start");
    }
}
