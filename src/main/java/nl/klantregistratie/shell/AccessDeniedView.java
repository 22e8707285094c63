package nl.klantregistratie.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.ui.PageTitle;
import org.springframework.context.ApplicationEventPublisher;

/**
 * "Geen toegang": a signed-in user opened a page their role does not allow. Recorded in the audit log
 * with the page's address (without its query, which may hold what was searched for).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new AuditEvent(
                AuditEvent.Type.ACCESS_DENIED, "/" + event.getLocation().getPath(), null));
        removeAll();
        setId("access-denied-view");
        add(
                new H2(getTranslation("error.denied.title")),
                new Paragraph(getTranslation("error.denied.message")),
                new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return PageTitle.ofKey(this, "error.denied.title");
    }
}
