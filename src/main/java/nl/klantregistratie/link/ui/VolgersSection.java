package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.function.Consumer;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.link.LinkService;

/** The volgers of a hoofd (DOMAIN.md R11, R12): name, klant-bedrijf, functie, e-mailvoorkeur; a click opens one. */
public class VolgersSection extends Section {

    private final LinkService links;
    private final Grid<ContactPerson> grid = new Grid<>();
    private final H3 title = new H3();

    public VolgersSection(LinkService links, Consumer<ContactPerson> onOpen) {
        this.links = links;
        setId("section-volgers");
        addClassName("card-section");
        grid.setId("volgers-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ContactPerson::getKlantnummer)
                .setHeader(getTranslation("registration.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ContactPerson::getDisplayName).setHeader(getTranslation("registration.naam"));
        grid.addColumn(volger ->
                        volger.getCompany() == null ? "" : volger.getCompany().getDisplayName())
                .setHeader(getTranslation("contact.company"));
        grid.addColumn(volger -> volger.getBusiness().getFunctie()).setHeader(getTranslation("business.functie"));
        grid.addColumn(volger -> getTranslation(volger.getEmailvoorkeur().translationKey()))
                .setHeader(getTranslation("person.emailvoorkeur"));
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                onOpen.accept(e.getItem());
            }
        });
        add(title, grid);
    }

    /** Shows the volgers of this hoofd; hidden when there are none. */
    public void show(long hoofdId) {
        var volgers = links.volgersOf(hoofdId);
        title.setText(getTranslation("link.volgers.title", volgers.size()));
        grid.setItems(volgers);
        setVisible(!volgers.isEmpty());
    }

    public void scrollTo() {
        scrollIntoView();
    }
}
