package nl.klantregistratie.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date field that shows and accepts dates as Dutch offices write them (dd-MM-yyyy), with month
 * and day names in the user's language and Monday as first day of the week.
 */
public class DutchDatePicker extends DatePicker {

    public DutchDatePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Locale locale = getLocale();
        setI18n(new DatePickerI18n()
                .setDateFormats("dd-MM-yyyy", "d-M-yyyy", "ddMMyyyy", "d-M-yy", "yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                .setToday(getTranslation("datepicker.today"))
                .setCancel(getTranslation("datepicker.cancel")));
    }

    /** Sunday first, as the web component expects. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Arrays.stream(new DayOfWeek[] {
                    DayOfWeek.SUNDAY,
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY,
                    DayOfWeek.SATURDAY
                })
                .map(day -> day.getDisplayName(style, locale))
                .toList();
    }
}
