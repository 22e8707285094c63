package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;

/** Where the card of a registration opens: the one place that builds a card's address. */
public final class CardRoutes {

    /** The id part of the address of a registration that is being created. */
    static final String NEW = "nieuw";

    /** On a new contactpersoon's address: the id of its klant-bedrijf. */
    static final String COMPANY_PARAMETER = "bedrijf";

    private CardRoutes() {}

    /** The route of this kind of card, without id: "klanten/persoon", "klanten/bedrijf", "contactpersonen". */
    static String base(RegistrationKind kind) {
        return switch (kind) {
            case PERSOON -> ClientPersonView.ROUTE;
            case BEDRIJF -> ClientCompanyView.ROUTE;
            case CONTACT -> ContactPersonView.ROUTE;
        };
    }

    /** The address of the card: "klanten/persoon/12", "klanten/bedrijf/7", "contactpersonen/31". */
    public static String of(RegistrationKind kind, long id) {
        return base(kind) + "/" + id;
    }

    /** The address of the registration's card (its kind is asked, so a lazy reference will do). */
    public static String of(Registration registration) {
        return of(registration.getKind(), registration.getId());
    }

    /** The address of an empty card of this kind. */
    static String ofNew(RegistrationKind kind) {
        return base(kind) + "/" + NEW;
    }

    /** Opens the registration's card. */
    public static void open(Component from, Registration registration) {
        open(from, registration.getKind(), registration.getId());
    }

    /** Opens the card of the registration with this kind and id. */
    public static void open(Component from, RegistrationKind kind, long id) {
        from.getUI().ifPresent(ui -> ui.navigate(of(kind, id)));
    }

    /**
     * Opens the card of a new contactpersoon at the klant-bedrijf, with the features' own
     * parameters ({@link CardPart#prepareNew}).
     */
    public static void openNewContact(Component from, long companyId, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(COMPANY_PARAMETER, String.valueOf(companyId));
        all.putAll(parameters);
        from.getUI().ifPresent(ui -> ui.navigate(ofNew(RegistrationKind.CONTACT), QueryParameters.simple(all)));
    }
}
