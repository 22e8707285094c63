package nl.klantregistratie.link;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * The test's own picture of a set of privé gegevens: every field of {@link PersonalData} (an address
 * as the map of its fields), read and written by reflection. So the stateful test's expected values
 * come neither from {@link PersonalData#copy} nor from {@link PersonalData#equals} nor from the
 * {@code SyncedField} list they derive from: the code it checks.
 */
record PrivateValues(Map<String, @Nullable Object> values) {

    static PrivateValues of(PersonalData data) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (Field field : fields(PersonalData.class)) {
            Object value = read(field, data);
            values.put(field.getName(), field.getType() == Address.class ? addressValues((Address) value) : value);
        }
        return new PrivateValues(Collections.unmodifiableMap(values));
    }

    /** A new PersonalData holding these values, to change as a user would. */
    PersonalData toPersonalData() {
        PersonalData data = new PersonalData();
        for (Field field : fields(PersonalData.class)) {
            Object value = values.get(field.getName());
            write(field, data, field.getType() == Address.class ? address(asMap(value)) : value);
        }
        return data;
    }

    /** The same values, but this field's. */
    PrivateValues with(String field, @Nullable Object value) {
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException("No field " + field);
        }
        Map<String, @Nullable Object> changed = new LinkedHashMap<>(values);
        changed.put(field, value);
        return new PrivateValues(Collections.unmodifiableMap(changed));
    }

    @Nullable
    Object get(String field) {
        return values.get(field);
    }

    /** The fields whose values differ. */
    List<String> differingFields(PrivateValues other) {
        return values.keySet().stream()
                .filter(field -> !Objects.equals(values.get(field), other.values.get(field)))
                .toList();
    }

    /** An address as its fields; none (Hibernate leaves an all-empty address null) as all empty. */
    private static Map<String, @Nullable Object> addressValues(@Nullable Address address) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (Field field : fields(Address.class)) {
            values.put(field.getName(), address == null ? null : read(field, address));
        }
        return Collections.unmodifiableMap(values);
    }

    private static Address address(Map<String, @Nullable Object> values) {
        Address address = new Address();
        for (Field field : fields(Address.class)) {
            write(field, address, values.get(field.getName()));
        }
        return address;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> asMap(@Nullable Object value) {
        return (Map<String, @Nullable Object>) Objects.requireNonNull(value);
    }

    private static List<Field> fields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                .peek(field -> field.setAccessible(true))
                .toList();
    }

    private static @Nullable Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Field field, Object owner, @Nullable Object value) {
        try {
            field.set(owner, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
