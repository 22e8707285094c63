package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.function.Consumer;
import nl.klantregistratie.base.ui.GridKeys;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.link.LinkService;

/** The volgers of a hoofd (docs/domain.md R11, R12): name, klant-bedrijf, functie, e-mailvoorkeur; a click opens one. */
public class FollowersSection extends Section {

    private final LinkService links;
    private final Grid<ContactPerson> grid = new Grid<>();
    private final H3 title = new H3();

    public FollowersSection(LinkService links, Consumer<ContactPerson> onOpen) {
        this.links = links;
        setId("section-followers");
        addClassName("card-section");
        grid.setId("followers-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ContactPerson::getKlantnummer)
                .setHeader(getTranslation("registration.klantnummer"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ContactPerson::getDisplayName).setHeader(getTranslation("registration.naam"));
        grid.addColumn(follower -> follower.getCompany() == null
                        ? ""
                        : follower.getCompany().getDisplayName())
                .setHeader(getTranslation("contact.company"));
        grid.addColumn(follower -> follower.getBusiness().getFunctie()).setHeader(getTranslation("business.functie"));
        grid.addColumn(follower -> getTranslation(follower.getEmailvoorkeur().translationKey()))
                .setHeader(getTranslation("person.emailvoorkeur"));
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                onOpen.accept(e.getItem());
            }
        });
        GridKeys.onEnter(grid, onOpen);
        add(title, grid);
    }

    /** Shows the volgers of this hoofd; hidden when there are none. */
    public void show(long headId) {
        var followers = links.followersOf(headId);
        title.setText(getTranslation("link.followers.title", followers.size()));
        grid.setItems(followers);
        setVisible(!followers.isEmpty());
    }

    public void scrollTo() {
        scrollIntoView();
    }
}
