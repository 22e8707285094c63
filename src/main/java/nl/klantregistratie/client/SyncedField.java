package nl.klantregistratie.client;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The privé gegevens a hoofd passes on to its volgers (docs/domain.md, Data; R5, R6), defined once:
 * one constant per field of {@link PersonalData}, in form order. Copying and comparing privé
 * gegevens, the fields the history and the link preview list, and the fields a volger's form shows
 * read-only all derive from this list. {@code SyncedFieldTest} fails when {@link PersonalData} gains
 * a field that is not here.
 */
public enum SyncedField {
    AANHEF("aanhef", "person.aanhef", Salutation.class, PersonalData::getAanhef, (d, v) -> d.setAanhef((Salutation) v)),
    TITEL("titel", "person.titel", String.class, PersonalData::getTitel, (d, v) -> d.setTitel((String) v)),
    VOORLETTERS(
            "voorletters",
            "person.voorletters",
            String.class,
            PersonalData::getVoorletters,
            (d, v) -> d.setVoorletters((String) v)),
    VOORNAMEN(
            "voornamen",
            "person.voornamen",
            String.class,
            PersonalData::getVoornamen,
            (d, v) -> d.setVoornamen((String) v)),
    ROEPNAAM(
            "roepnaam",
            "person.roepnaam",
            String.class,
            PersonalData::getRoepnaam,
            (d, v) -> d.setRoepnaam((String) v)),
    TUSSENVOEGSEL(
            "tussenvoegsel",
            "person.tussenvoegsel",
            String.class,
            PersonalData::getTussenvoegsel,
            (d, v) -> d.setTussenvoegsel((String) v)),
    ACHTERNAAM(
            "achternaam",
            "person.achternaam",
            String.class,
            PersonalData::getAchternaam,
            (d, v) -> d.setAchternaam((String) v)),
    GEBOORTEDATUM(
            "geboortedatum",
            "person.geboortedatum",
            LocalDate.class,
            PersonalData::getGeboortedatum,
            (d, v) -> d.setGeboortedatum((LocalDate) v)),
    WOONADRES(
            "woonadres",
            "person.woonadres",
            Address.class,
            PersonalData::getWoonadres,
            (d, v) -> d.setWoonadres((Address) v)),
    CORRESPONDENTIE_ZELFDE(
            "correspondentieZelfdeAlsWoonadres",
            "person.correspondentieZelfde",
            Boolean.class,
            PersonalData::isCorrespondentieZelfdeAlsWoonadres,
            (d, v) -> d.setCorrespondentieZelfdeAlsWoonadres((Boolean) v)),
    CORRESPONDENTIEADRES(
            "correspondentieadres",
            "person.correspondentieadres",
            Address.class,
            PersonalData::getCorrespondentieadres,
            (d, v) -> d.setCorrespondentieadres((Address) v)),
    /** Passed on only while the hoofd's e-mailvoorkeur is PRIVE (R8). */
    PRIVE_EMAIL(
            "priveEmail",
            "person.priveEmail",
            String.class,
            PersonalData::getPriveEmail,
            (d, v) -> d.setPriveEmail((String) v)),
    PRIVE_MOBIEL(
            "priveMobiel",
            "person.priveMobiel",
            String.class,
            PersonalData::getPriveMobiel,
            (d, v) -> d.setPriveMobiel((String) v)),
    PRIVE_TELEFOON(
            "priveTelefoon",
            "person.priveTelefoon",
            String.class,
            PersonalData::getPriveTelefoon,
            (d, v) -> d.setPriveTelefoon((String) v));

    private final String property;
    private final String labelKey;
    private final Class<?> type;
    private final Function<PersonalData, @Nullable Object> getter;
    private final BiConsumer<PersonalData, @Nullable Object> setter;

    SyncedField(
            String property,
            String labelKey,
            Class<?> type,
            Function<PersonalData, @Nullable Object> getter,
            BiConsumer<PersonalData, @Nullable Object> setter) {
        this.property = property;
        this.labelKey = labelKey;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
    }

    /** The field's name in {@link PersonalData}, and its property path below {@code personal}. */
    public String property() {
        return property;
    }

    /** The translation key of the field's label, in the form and in the history. */
    public String labelKey() {
        return labelKey;
    }

    /** The type of the value: String, LocalDate, Boolean, {@link Address} or an enum. */
    public Class<?> type() {
        return type;
    }

    public @Nullable Object get(PersonalData data) {
        return getter.apply(data);
    }

    public void set(PersonalData data, @Nullable Object value) {
        setter.accept(data, value);
    }

    /**
     * The value that counts: the correspondentieadres only when it is not "zelfde als woonadres"
     * (then nothing else is used, and nothing else is shown in the history).
     */
    public @Nullable Object effectiveValue(PersonalData data) {
        if (this == CORRESPONDENTIEADRES && data.isCorrespondentieZelfdeAlsWoonadres()) {
            return null;
        }
        return get(data);
    }

    /** Copies this field's value from one set of privé gegevens to another (an address as a copy). */
    public void copy(PersonalData from, PersonalData to) {
        Object value = get(from);
        set(to, value instanceof Address address ? address.copy() : value);
    }
}
