package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.link.HoofdCandidate;
import nl.klantregistratie.link.LinkService;

/**
 * Finds the hoofd by klantnummer or zoeknaam: klant-personen first, contactpersonen marked with
 * their klant-bedrijf, existing hoofden marked with their number of volgers.
 */
class HoofdSearch extends Composite<VerticalLayout> {

    private final TextField search = new TextField();
    private final Grid<HoofdCandidate> grid = new Grid<>();

    HoofdSearch(LinkService links, long excludedId, Consumer<HoofdCandidate> onSelect) {
        search.setId("hoofd-search");
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setAriaLabel(getTranslation("search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.setMaxLength(200);
        search.addValueChangeListener(e -> {
            grid.setItems(links.findHoofdCandidates(e.getValue()).stream()
                    .filter(candidate -> candidate.id() != excludedId)
                    .toList());
            grid.setEmptyStateText(
                    e.getValue().isBlank()
                            ? getTranslation("link.search.empty")
                            : getTranslation("link.search.none", e.getValue().strip()));
        });

        grid.setId("hoofd-candidates");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("16em");
        grid.addColumn(HoofdCandidate::klantnummer)
                .setHeader(getTranslation("registration.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HoofdCandidate::naam)
                .setHeader(getTranslation("registration.naam"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::kindBadge)
                .setHeader(getTranslation("clients.kind"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("link.search.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onSelect.accept(e.getValue());
            }
        });
        getContent().setPadding(false);
        getContent().add(search, grid);
    }

    private Span kindBadge(HoofdCandidate candidate) {
        String text = candidate.kind() == RegistrationKind.CONTACT
                ? getTranslation("link.candidate.contact", candidate.bedrijf())
                : getTranslation(candidate.kind().translationKey());
        if (candidate.isHoofd()) {
            text += " · " + getTranslation("link.candidate.hoofd", candidate.volgerCount());
        }
        Span badge = new Span(text);
        badge.getElement()
                .getThemeList()
                .add(candidate.kind() == RegistrationKind.CONTACT ? "badge contrast" : "badge");
        return badge;
    }

    void focus() {
        search.focus();
    }

    void search(String text) {
        search.setValue(text);
    }
}
