package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The "Van" and "Tot en met" dates of a list's filter (office days, both included); a period that
 * ends before it begins is refused next to "Tot en met", keeping what was typed.
 */
public final class PeriodFilter {

    private final DutchDatePicker from;
    private final DutchDatePicker to;

    /** Fields with the ids {@code prefix-from} and {@code prefix-to}; {@code onChange} runs on every change. */
    public PeriodFilter(Component owner, String idPrefix, Runnable onChange) {
        from = new DutchDatePicker(owner.getTranslation("period.from"));
        from.setId(idPrefix + "-from");
        from.addValueChangeListener(e -> onChange.run());
        to = new DutchDatePicker(owner.getTranslation("period.to"));
        to.setId(idPrefix + "-to");
        to.addValueChangeListener(e -> onChange.run());
    }

    public DutchDatePicker fromField() {
        return from;
    }

    public DutchDatePicker toField() {
        return to;
    }

    public @Nullable LocalDate from() {
        return from.getValue();
    }

    public @Nullable LocalDate to() {
        return to.getValue();
    }

    /** Whether the period can be used; if not, "Tot en met" says why. */
    public boolean validate() {
        boolean valid = from() == null || to() == null || !to().isBefore(from());
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : to.getTranslation("period.to.beforefrom"));
        return valid;
    }
}
