package nl.klantregistratie.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.klantregistratie.base.ErrorReference;

/** Shown when opening a page fails unexpectedly: a Dutch message and a reference, never the cause. */
@AnonymousAllowed
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.log(parameter.getCaughtException());
        removeAll();
        setId("error-view");
        add(
                new H2(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
