package nl.klantregistratie.portal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.ui.CardRoutes;
import nl.klantregistratie.portal.PortalAccess;
import nl.klantregistratie.portal.PortalService;

/**
 * "Portaaltoegang" on the card of a hoofd (or any person registration that is no volger): the
 * klanten the person can reach in Client-Online and which registration grants each (docs/domain.md R15),
 * as the service computes it. Hidden on a volger's card: its hoofd's card shows the person's access.
 */
public class PortalAccessSection extends Section {

    private final PortalService portal;
    private final Grid<PortalAccess> grid = new Grid<>();

    public PortalAccessSection(PortalService portal) {
        this.portal = portal;
        setId("section-portaaltoegang");
        addClassName("card-section");
        setWidthFull();
        grid.setId("portal-access-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(access -> new Anchor(
                        CardRoutes.of(access.kind(), access.klantId()),
                        access.naam() + " (" + access.klantnummer() + ")"))
                .setHeader(getTranslation("portal.klant"));
        grid.addColumn(access -> getTranslation(access.kind().translationKey()))
                .setHeader(getTranslation("portal.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(access -> new Anchor(
                        CardRoutes.of(access.grant().grantedByKind(), access.grantedById()),
                        getTranslation(access.grant().translationKey(), String.valueOf(access.grantedByKlantnummer()))))
                .setHeader(getTranslation("portal.via"));
        grid.setEmptyStateText(getTranslation("portal.section.empty"));
        add(
                new H3(getTranslation("portal.section.title")),
                new Paragraph(getTranslation("portal.section.intro")),
                grid);
    }

    /** Shows the access of the person this registration leads; hidden for a volger, a new or an anonymised one. */
    public void show(PersonRegistration registration) {
        boolean follower = registration instanceof ContactPerson contact && contact.getHead() != null;
        setVisible(!follower && !registration.isNew() && !registration.isAnonymised());
        if (isVisible()) {
            grid.setItems(portal.accessOf(registration.getId()));
        }
    }
}
