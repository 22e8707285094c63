package nl.klantregistratie.portal;

/** How many portal calls were refused for one reason: today, and in the last seven days (today included). */
public record RefusedCallCounts(long today, long lastSevenDays) {}
