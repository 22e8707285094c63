package nl.klantregistratie.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.SyncedField;
import nl.klantregistratie.history.HistoryFields;
import org.jspecify.annotations.Nullable;

/**
 * A field that Samenvoegen lets the user choose per registration (docs/domain.md M3): its label
 * key (the form's and the history's), whether it belongs to the privé gegevens (which a volger takes
 * from its hoofd, R5, so there is no choice for it), how its value is read and how it is taken from
 * one registration into another. An address is one field, so a merge never mixes a street of one
 * with the house number of another; so are a correspondentieadres or postadres and its "zelfde als"
 * flag.
 */
public final class MergeField {

    private final String key;
    private final Class<? extends Registration> type;
    private final boolean personal;
    private final Function<Registration, @Nullable Object> value;
    private final BiConsumer<Registration, Registration> copy;

    private <T extends Registration> MergeField(
            String key, Class<T> type, boolean personal, Function<T, @Nullable Object> value, BiConsumer<T, T> copy) {
        this.key = key;
        this.type = type;
        this.personal = personal;
        this.value = registration -> value.apply(type.cast(registration));
        this.copy = (from, to) -> copy.accept(type.cast(from), type.cast(to));
    }

    private static final List<MergeField> FIELDS = fields();

    /** The fields of this registration's kind, in form order. */
    public static List<MergeField> of(Registration registration) {
        return FIELDS.stream()
                .filter(field -> field.type.isInstance(registration))
                .toList();
    }

    public String key() {
        return key;
    }

    public boolean isPersonal() {
        return personal;
    }

    public @Nullable Object value(Registration registration) {
        return value.apply(registration);
    }

    /** The value as the side-by-side view and the history show it (a translation key where {@link #isTranslatable}). */
    public String text(Registration registration) {
        return HistoryFields.display(value(registration));
    }

    public boolean isTranslatable(Registration registration) {
        return HistoryFields.isTranslatable(value(registration));
    }

    /** Nothing there: no text, an empty address, a flag that is off. What another registration may fill. */
    public boolean isEmpty(Registration registration) {
        return switch (value(registration)) {
            case null -> true;
            case String text -> text.isBlank();
            case Address address -> address.isEmpty();
            case Boolean flag -> !flag;
            default -> false;
        };
    }

    /** Gives {@code to} the value {@code from} has. */
    public void copy(Registration from, Registration to) {
        copy.accept(from, to);
    }

    private static List<MergeField> fields() {
        List<MergeField> fields = new ArrayList<>();
        fields.add(new MergeField(
                "registration.zoeknaam",
                Registration.class,
                false,
                Registration::getZoeknaam,
                // a zoeknaam nobody typed follows the survivor's name
                (from, to) -> to.setZoeknaam(from.isZoeknaamHandmatig() ? from.getZoeknaam() : null)));
        for (SyncedField field : SyncedField.values()) {
            if (field == SyncedField.CORRESPONDENTIE_ZELFDE) {
                continue; // one choice with the correspondentieadres
            }
            fields.add(new MergeField(
                    field.labelKey(),
                    PersonRegistration.class,
                    true,
                    person -> field.effectiveValue(person.getPersonal()),
                    (from, to) -> copyPersonal(field, from.getPersonal(), to.getPersonal())));
        }
        fields.add(new MergeField(
                "person.emailvoorkeur",
                PersonRegistration.class,
                false,
                PersonRegistration::getEmailvoorkeur,
                (from, to) -> to.setEmailvoorkeur(from.getEmailvoorkeur())));
        fields.add(new MergeField(
                "person.zakelijkEmail",
                ClientPerson.class,
                false,
                ClientPerson::getZakelijkEmail,
                (from, to) -> to.setZakelijkEmail(from.getZakelijkEmail())));
        fields.add(new MergeField(
                "person.bsn",
                ClientPerson.class,
                false,
                ClientPerson::getMaskedBsn,
                (from, to) -> to.setBsn(from.getBsn())));
        business(
                fields,
                "business.functie",
                c -> c.getBusiness().getFunctie(),
                (from, to) -> to.getBusiness().setFunctie(from.getBusiness().getFunctie()));
        business(
                fields,
                "business.afdeling",
                c -> c.getBusiness().getAfdeling(),
                (from, to) -> to.getBusiness().setAfdeling(from.getBusiness().getAfdeling()));
        business(
                fields,
                "business.zakelijkEmail",
                c -> c.getBusiness().getZakelijkEmail(),
                (from, to) ->
                        to.getBusiness().setZakelijkEmail(from.getBusiness().getZakelijkEmail()));
        business(
                fields,
                "business.directTelefoon",
                c -> c.getBusiness().getDirectTelefoon(),
                (from, to) ->
                        to.getBusiness().setDirectTelefoon(from.getBusiness().getDirectTelefoon()));
        business(
                fields,
                "business.zakelijkMobiel",
                c -> c.getBusiness().getZakelijkMobiel(),
                (from, to) ->
                        to.getBusiness().setZakelijkMobiel(from.getBusiness().getZakelijkMobiel()));
        business(
                fields,
                "business.toegangClientOnline",
                c -> c.getBusiness().isToegangClientOnline(),
                (from, to) -> to.getBusiness()
                        .setToegangClientOnline(from.getBusiness().isToegangClientOnline()));
        company(
                fields,
                "company.statutaireNaam",
                ClientCompany::getStatutaireNaam,
                (from, to) -> to.setStatutaireNaam(from.getStatutaireNaam()));
        company(
                fields,
                "company.handelsnaam",
                ClientCompany::getHandelsnaam,
                (from, to) -> to.setHandelsnaam(from.getHandelsnaam()));
        company(
                fields,
                "company.rechtsvorm",
                ClientCompany::getRechtsvorm,
                (from, to) -> to.setRechtsvorm(from.getRechtsvorm()));
        company(
                fields,
                "company.kvkNummer",
                ClientCompany::getKvkNummer,
                (from, to) -> to.setKvkNummer(from.getKvkNummer()));
        company(
                fields,
                "history.field.vestigingsadres",
                ClientCompany::getVestigingsadres,
                (from, to) -> to.setVestigingsadres(from.getVestigingsadres().copy()));
        company(
                fields,
                "history.field.postadres",
                c -> c.isPostadresZelfdeAlsVestigingsadres() ? null : c.getPostadres(),
                (from, to) -> {
                    to.setPostadresZelfdeAlsVestigingsadres(from.isPostadresZelfdeAlsVestigingsadres());
                    to.setPostadres(from.getPostadres().copy());
                });
        company(
                fields,
                "company.telefoon",
                ClientCompany::getTelefoon,
                (from, to) -> to.setTelefoon(from.getTelefoon()));
        company(fields, "company.email", ClientCompany::getEmail, (from, to) -> to.setEmail(from.getEmail()));
        company(fields, "company.website", ClientCompany::getWebsite, (from, to) -> to.setWebsite(from.getWebsite()));
        fields.add(new MergeField(
                "registration.notities",
                Registration.class,
                false,
                Registration::getNotities,
                (from, to) -> to.setNotities(from.getNotities())));
        return List.copyOf(fields);
    }

    /** A correspondentieadres comes with its "zelfde als woonadres"; an address as a copy. */
    private static void copyPersonal(SyncedField field, PersonalData from, PersonalData to) {
        if (field == SyncedField.CORRESPONDENTIEADRES) {
            to.setCorrespondentieZelfdeAlsWoonadres(from.isCorrespondentieZelfdeAlsWoonadres());
        }
        field.copy(from, to);
    }

    private static void business(
            List<MergeField> fields,
            String key,
            Function<ContactPerson, @Nullable Object> value,
            BiConsumer<ContactPerson, ContactPerson> copy) {
        fields.add(new MergeField(key, ContactPerson.class, false, value, copy));
    }

    private static void company(
            List<MergeField> fields,
            String key,
            Function<ClientCompany, @Nullable Object> value,
            BiConsumer<ClientCompany, ClientCompany> copy) {
        fields.add(new MergeField(key, ClientCompany.class, false, value, copy));
    }

    @Override
    public String toString() {
        return key;
    }
}
