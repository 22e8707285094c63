package nl.klantregistratie.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryFields;
import org.junit.jupiter.api.Test;

/**
 * Every field of a person registration is classified: synced from the hoofd (a {@link SyncedField},
 * in {@link PersonalData}) or never synced (listed here, with why). A new field that nobody
 * classified fails the build, and so do copy and equality if they miss a field: both are checked
 * here through reflection, not through the list they derive from.
 */
class SyncedFieldTest {

    /** The fields of person registrations that a hoofd never passes on (docs/domain.md, Data). */
    private static final Map<Class<?>, Set<String>> NOT_SYNCED = Map.of(
            Registration.class,
                    Set.of(
                            "id",
                            "version",
                            "klantnummer",
                            "zoeknaam",
                            "zoeknaamHandmatig",
                            "searchKey",
                            "notities",
                            "createdAt",
                            "updatedAt",
                            "anonymisedAt",
                            "anonymisedBy",
                            "mergedIntoId"),
            PersonRegistration.class, Set.of("emailvoorkeur"),
            ClientPerson.class, Set.of("bsn", "bsnMasked", "zakelijkEmail"),
            ContactPerson.class, Set.of("company", "business", "head"));

    @Test
    void everyFieldOfThePrivateDataIsASyncedField() {
        assertThat(instanceFields(PersonalData.class))
                .as("fields of PersonalData; a field that must not follow the hoofd belongs outside it")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SyncedField.values())
                        .map(SyncedField::property)
                        .toList());
    }

    @Test
    void everyOtherFieldOfAPersonRegistrationIsClassifiedAsNotSynced() {
        assertThat(instanceFields(PersonRegistration.class))
                .as("PersonRegistration")
                .contains("personal");
        NOT_SYNCED.forEach((type, notSynced) -> {
            Set<String> fields = instanceFields(type);
            fields.remove("personal");
            assertThat(fields)
                    .as("fields of %s to classify as not synced", type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(notSynced);
        });
    }

    @Test
    void aCopyHoldsEveryFieldAndSharesNoAddress() throws IllegalAccessException {
        PersonalData original = everyFieldSet();

        PersonalData copy = original.copy();

        assertThat(values(copy)).isEqualTo(values(original));
        for (Field field : fields(PersonalData.class)) {
            if (field.getType() == Address.class) {
                assertThat(field.get(copy)).as(field.getName()).isNotSameAs(field.get(original));
            }
        }
    }

    @Test
    void privateDataDifferingInAnyOneFieldIsNotEqual() throws IllegalAccessException {
        for (Field field : fields(PersonalData.class)) {
            PersonalData one = everyFieldSet();
            PersonalData other = everyFieldSet();
            assertThat(one).isEqualTo(other);
            field.set(other, otherValue(field.getType()));
            assertThat(one).as("differs in %s", field.getName()).isNotEqualTo(other);
        }
    }

    @Test
    void theHistoryAndTheLinkPreviewListEverySyncedField() {
        PersonalData empty = new PersonalData();
        empty.setCorrespondentieZelfdeAlsWoonadres(false);

        List<String> listed = HistoryFields.personalDataChanges(empty, everyFieldSet()).stream()
                .map(HistoryEntry.FieldChange::fieldKey)
                .toList();

        assertThat(listed)
                .containsExactlyElementsOf(Arrays.stream(SyncedField.values())
                        .filter(field -> field != SyncedField.CORRESPONDENTIE_ZELFDE)
                        .map(SyncedField::labelKey)
                        .toList());
    }

    /** Every field given a value other than a new PersonalData's, set directly (no setter, no SyncedField). */
    static PersonalData everyFieldSet() {
        PersonalData data = new PersonalData();
        try {
            for (Field field : fields(PersonalData.class)) {
                field.set(data, sampleValue(field.getType()));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return data;
    }

    private static Object sampleValue(Class<?> type) {
        if (type == String.class) {
            return "waarde";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1970, 5, 17);
        }
        if (type == boolean.class) {
            return false; // a new PersonalData has true ("zelfde als woonadres")
        }
        if (type == Salutation.class) {
            return Salutation.MEVR;
        }
        if (type == Address.class) {
            return new Address("Lindelaan", 12, "3581 AB", "Utrecht");
        }
        throw new IllegalStateException("No sample value for a field of type " + type.getName());
    }

    private static Object otherValue(Class<?> type) {
        if (type == String.class) {
            return "andere waarde";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1971, 6, 18);
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == Salutation.class) {
            return Salutation.DHR;
        }
        if (type == Address.class) {
            return new Address("Lindelaan", 14, "3581 AB", "Utrecht");
        }
        throw new IllegalStateException("No other value for a field of type " + type.getName());
    }

    private static Map<String, Object> values(PersonalData data) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields(PersonalData.class)) {
            values.put(field.getName(), field.get(data));
        }
        return values;
    }

    private static List<Field> fields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                .peek(field -> field.setAccessible(true))
                .toList();
    }

    private static Set<String> instanceFields(Class<?> type) {
        return fields(type).stream().map(Field::getName).collect(Collectors.toSet());
    }
}
