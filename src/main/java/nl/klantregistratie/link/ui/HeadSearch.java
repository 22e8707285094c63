package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import nl.klantregistratie.base.ui.GridKeys;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.link.HeadCandidate;
import nl.klantregistratie.link.LinkService;

/**
 * Finds the hoofd by klantnummer or zoeknaam: klant-personen first, contactpersonen marked with
 * their klant-bedrijf, existing hoofden marked with their number of volgers.
 */
class HeadSearch extends Composite<VerticalLayout> {

    private final TextField search = new TextField();
    private final Grid<HeadCandidate> grid = new Grid<>();

    HeadSearch(LinkService links, long excludedId, Consumer<HeadCandidate> onSelect) {
        search.setId("head-search");
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setAriaLabel(getTranslation("search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.setMaxLength(200);
        search.addValueChangeListener(e -> {
            List<HeadCandidate> found = links.findHeadCandidates(e.getValue());
            List<HeadCandidate> others = found.stream()
                    .filter(candidate -> candidate.id() != excludedId)
                    .toList();
            grid.setItems(others);
            if (e.getValue().isBlank()) {
                grid.setEmptyStateText(getTranslation("link.search.empty"));
            } else if (others.size() < found.size()) {
                // what was typed finds only the registration being linked: say so, not "nobody found"
                grid.setEmptyStateText(
                        getTranslation("link.search.self", e.getValue().strip()));
            } else {
                grid.setEmptyStateText(
                        getTranslation("link.search.none", e.getValue().strip()));
            }
        });

        grid.setId("head-candidates");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("16em");
        grid.addColumn(HeadCandidate::klantnummer)
                .setHeader(getTranslation("registration.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HeadCandidate::naam)
                .setHeader(getTranslation("registration.naam"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::kindBadge)
                .setHeader(getTranslation("clients.kind"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("link.search.empty"));
        GridKeys.onEnter(grid, candidate -> grid.asSingleSelect().setValue(candidate));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onSelect.accept(e.getValue());
            }
        });
        getContent().setPadding(false);
        getContent().add(search, grid);
    }

    private Span kindBadge(HeadCandidate candidate) {
        String text = candidate.kind() == RegistrationKind.CONTACT
                ? getTranslation("link.candidate.contact", candidate.bedrijf())
                : getTranslation(candidate.kind().translationKey());
        if (candidate.isHead()) {
            text += " · " + getTranslation("link.candidate.head", candidate.followerCount());
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
}
