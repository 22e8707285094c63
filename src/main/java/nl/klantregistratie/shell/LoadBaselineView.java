package nl.klantregistratie.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The load test's baseline (docs/benchmarks.md, "Load"): a view that does next to nothing, so that
 * the same protocol against it measures what Vaadin and the server cost without our work. Not part
 * of the product: it is only reachable with the Spring profile {@code loadtest} ({@link LoadBaselineRoute}).
 * Typing in the field and clicking the button each change one text, as a real action changes a view.
 */
@Route(value = LoadBaselineView.ROUTE, registerAtStartup = false, autoLayout = false)
@PermitAll
class LoadBaselineView extends VerticalLayout {

    static final String ROUTE = "load-baseline";

    private int clicks;

    LoadBaselineView() {
        Span answer = new Span();
        answer.setId("baseline-answer");
        TextField text = new TextField();
        text.setId("baseline-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> answer.setText(
                getTranslation("loadbaseline.characters", e.getValue().length())));
        Button button = new Button(
                getTranslation("loadbaseline.click"),
                e -> answer.setText(getTranslation("loadbaseline.clicks", ++clicks)));
        button.setId("baseline-button");
        add(text, button, answer);
    }
}
