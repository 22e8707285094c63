package nl.klantregistratie.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The office's clock: Dutch time, and how staff read a moment ("28-11-2026 14:05"). */
public final class OfficeTime {

    /** The time zone of the office: dates typed and shown are Dutch dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private OfficeTime() {}

    /** The moment as staff read it, to the minute, in Dutch time. */
    public static String format(Instant instant) {
        return MINUTE.format(instant.atZone(ZONE));
    }

    /** The moment to the second, in Dutch time ("28-11-2026 14:05:09"), where the order of events matters. */
    public static String formatToTheSecond(Instant instant) {
        return SECOND.format(instant.atZone(ZONE));
    }

    /** Where an office day begins (midnight in Dutch time): a period "from" a day includes that moment. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** Where an office day ends (midnight after it, in Dutch time): a period "up to and including" a day stops before it. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** The moment a period before this one, in Dutch calendar terms (7 years ago is the same date and time). */
    public static Instant before(Instant instant, Period period) {
        return instant.atZone(ZONE).minus(period).toInstant();
    }

    /** A date as staff read it: "28-11-2026". */
    public static String formatDate(LocalDate date) {
        return DAY.format(date);
    }
}
