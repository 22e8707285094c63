package nl.klantregistratie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.AuditEvent.Type;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The audit log as the database holds and searches it: texts beyond the Basic Multilingual Plane kept,
 * a long text cut to its column, the text filter taking % and _ literally and ignoring case, periods in
 * Dutch time, newest first a page at a time, and an export that reads in batches without losing or
 * repeating an entry. Runs on H2 ({@link AuditLogTest}) and MariaDB ({@link AuditLogMariaDbTest}).
 */
@WithMockUser(
        username = "support",
        roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
abstract class AuditLogContract {

    @Autowired
    AuditService audit;

    @Autowired
    AuditRecorder recorder;

    @Autowired
    JdbcTemplate jdbc;

    private static String marker() {
        return "log" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static AuditFilter text(String text) {
        return new AuditFilter(null, null, null, null, text, null);
    }

    private void stored(Instant when, Type type, String subject, @Nullable String detail) {
        jdbc.update(
                "INSERT INTO audit_log (occurred_at, username, event_type, subject, detail) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(when),
                "support",
                type.name(),
                subject,
                detail);
    }

    @Test
    void anEntryKeepsEveryCharacter_andALongTextIsCutToItsColumn() {
        String marker = marker();
        String name = "Zoë Çelik-Ğüneş \uD83D\uDE00 " + marker;

        recorder.record(new AuditEvent(Type.BSN_REVEALED, name, "x".repeat(600)));

        AuditEntry entry = audit.search(text(marker), 0, 10).getFirst();
        assertThat(entry.getSubject()).isEqualTo(name);
        assertThat(entry.getDetail()).hasSize(500).endsWith("x…");
        assertThat(entry.getUsername()).isEqualTo("support");
    }

    @Test
    void theTextFilterTakesPercentAndUnderscoreLiterally_andIgnoresCase() {
        String marker = marker();
        recorder.record(new AuditEvent(Type.EXPORT, "Koppelingen " + marker, "50%_korting"));
        recorder.record(new AuditEvent(Type.EXPORT, "Koppelingen " + marker, "50 korting"));

        assertThat(audit.search(text(marker.toUpperCase()), 0, 10)).hasSize(2);
        assertThat(audit.search(text(marker + "%"), 0, 10)).isEmpty();
        assertThat(audit.search(text("50%_korting"), 0, 10))
                .extracting(AuditEntry::getDetail)
                .containsOnly("50%_korting");
    }

    @Test
    void aPeriodIsInDutchTime() {
        String marker = marker();
        stored(Instant.parse("2026-06-01T21:59:59Z"), Type.LOGIN, marker, "1 June, 23:59:59 Dutch time");
        stored(Instant.parse("2026-06-01T22:00:00Z"), Type.LOGIN, marker, "2 June, 00:00 Dutch time");

        assertThat(audit.search(period(marker, LocalDate.of(2026, 6, 1)), 0, 10))
                .extracting(AuditEntry::getDetail)
                .containsExactly("1 June, 23:59:59 Dutch time");
        assertThat(audit.search(period(marker, LocalDate.of(2026, 6, 2)), 0, 10))
                .extracting(AuditEntry::getDetail)
                .containsExactly("2 June, 00:00 Dutch time");
    }

    private static AuditFilter period(String marker, LocalDate day) {
        return new AuditFilter(null, null, day, day, marker, null);
    }

    @Test
    void newestFirstAPageAtATime_andNothingRecordedAfterTheMomentShown() {
        String marker = marker();
        Instant base = Instant.parse("2026-02-01T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            stored(base.plusSeconds(i), Type.LOGIN, marker, "entry " + i);
        }

        AuditFilter filter = text(marker);
        assertThat(audit.search(filter, 0, 2)).extracting(AuditEntry::getDetail).containsExactly("entry 4", "entry 3");
        assertThat(audit.search(filter, 2, 2)).extracting(AuditEntry::getDetail).containsExactly("entry 2", "entry 1");
        assertThat(audit.search(filter.withUntil(base.plusSeconds(2)), 0, 10))
                .extracting(AuditEntry::getDetail)
                .containsExactly("entry 2", "entry 1", "entry 0");
        assertThat(audit.usernames()).contains("support");
    }

    @Test
    void theExportReadsInBatchesWithoutLosingOrRepeatingAnEntry_evenAtTheSameMoment() {
        String marker = marker();
        Instant moment = Instant.parse("2026-04-01T08:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1201; i++) {
            rows.add(new Object[] {Timestamp.from(moment), "support", Type.LOGIN.name(), marker, "entry " + i});
        }
        jdbc.batchUpdate(
                "INSERT INTO audit_log (occurred_at, username, event_type, subject, detail) VALUES (?, ?, ?, ?, ?)",
                rows);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = audit.export(text(marker), key -> key, out);

        String[] lines = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(written).isEqualTo(1201);
        assertThat(lines).hasSize(1202).doesNotHaveDuplicates();
        assertThat(lines[1]).endsWith(";entry 1200");
        assertThat(lines[1201]).endsWith(";entry 0");
    }
}
