package nl.klantregistratie.test;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Sets a field's value as a user would (a client-originated change), for Karibu tests.
 * Workaround: Karibu 2.6.2's {@code _setValue} calls a 4-argument
 * {@code AbstractFieldSupport.setValue} that Vaadin 25.1+ no longer has. Delete this class and use
 * {@code _setValue} once Karibu 2.7 can be used.
 */
public final class UserInput {

    private UserInput() {}

    public static <V> void setValue(HasValue<?, V> field, V value) {
        Component component = (Component) field;
        BasicUtilsKt._expectEditableByUser(component);
        if (!(field instanceof AbstractField<?, ?>)) {
            field.setValue(value);
            return;
        }
        try {
            Object support = fieldSupport((AbstractField<?, ?>) field);
            Method setValue =
                    support.getClass().getDeclaredMethod("setValue", Object.class, boolean.class, boolean.class);
            setValue.setAccessible(true);
            setValue.invoke(support, value, false, true);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set value of " + field, e);
        }
    }

    private static Object fieldSupport(AbstractField<?, ?> field) throws ReflectiveOperationException {
        Field support = AbstractField.class.getDeclaredField("fieldSupport");
        support.setAccessible(true);
        return support.get(field);
    }
}
