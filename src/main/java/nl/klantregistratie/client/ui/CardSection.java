package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** A titled part of a card: "Persoon", "Adressen", "Bedrijfsgegevens". */
class CardSection extends Section {

    CardSection(String id, String title, Component... content) {
        setId(id);
        addClassName("card-section");
        add(new H3(title));
        add(content);
    }
}
