package nl.klantregistratie.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * What a volger receives from its hoofd: the hoofd's privé gegevens, without the privé e-mail when
 * the hoofd's e-mailvoorkeur is ZAKELIJK (DOMAIN.md R8). And the field-by-field difference between
 * two sets of privé gegevens, for the preview before linking.
 */
public final class SyncedData {

    private SyncedData() {
    }

    /** The privé gegevens a volger of this hoofd must hold. */
    public static PersonalData of(PersonRegistration hoofd) {
        PersonalData data = hoofd.getPersonal().copy();
        if (hoofd.getEmailvoorkeur() == EmailPreference.ZAKELIJK) {
            data.setPriveEmail(null);
        }
        return data;
    }

    /** One field that differs: a translation key for its label, the old and the new value as text. */
    public record FieldChange(String fieldKey, String oldValue, String newValue) {
    }

    private record Field(String key, Function<PersonalData, @Nullable Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("person.aanhef", PersonalData::getAanhef),
            new Field("person.titel", PersonalData::getTitel),
            new Field("person.voorletters", PersonalData::getVoorletters),
            new Field("person.voornamen", PersonalData::getVoornamen),
            new Field("person.roepnaam", PersonalData::getRoepnaam),
            new Field("person.tussenvoegsel", PersonalData::getTussenvoegsel),
            new Field("person.achternaam", PersonalData::getAchternaam),
            new Field("person.geboortedatum", PersonalData::getGeboortedatum),
            new Field("person.woonadres", data -> data.getWoonadres().format()),
            new Field("person.correspondentieadres", data -> data.effectiveCorrespondentieadres().format()),
            new Field("person.priveEmail", PersonalData::getPriveEmail),
            new Field("person.priveMobiel", PersonalData::getPriveMobiel),
            new Field("person.priveTelefoon", PersonalData::getPriveTelefoon));

    /** The fields whose values differ, in form order. Values are plain text (dates ISO, addresses on one line). */
    public static List<FieldChange> differences(PersonalData before, PersonalData after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            String old = text(field.value().apply(before));
            String now = text(field.value().apply(after));
            if (!old.equals(now)) {
                changes.add(new FieldChange(field.key(), old, now));
            }
        }
        return changes;
    }

    private static String text(@Nullable Object value) {
        if (value instanceof Address address) {
            return address.format();
        }
        if (value instanceof java.time.LocalDate date) {
            return date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        }
        return Objects.toString(value, "");
    }
}
