package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The search field of the lists: "klantnummer or the start of the zoeknaam", searching a moment
 * after the user stops typing.
 */
public class SearchField extends TextField {

    public SearchField() {
        setPlaceholder(getTranslation("search.placeholder"));
        setAriaLabel(getTranslation("search.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(250);
        setWidth("24em");
        setMaxLength(200);
    }
}
