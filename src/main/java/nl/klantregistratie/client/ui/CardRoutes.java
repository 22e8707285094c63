package nl.klantregistratie.client.ui;

import nl.klantregistratie.client.RegistrationKind;

/** Where the card of a registration opens, for lists in other features. */
public final class CardRoutes {

    private CardRoutes() {}

    /** The address of the card: "klanten/persoon/12", "klanten/bedrijf/7", "contactpersonen/31". */
    public static String of(RegistrationKind kind, long id) {
        String route = switch (kind) {
            case PERSOON -> ClientPersonView.ROUTE;
            case BEDRIJF -> ClientCompanyView.ROUTE;
            case CONTACT -> ContactPersonView.ROUTE;
        };
        return route + "/" + id;
    }
}
