package nl.klantregistratie.importing;

import nl.klantregistratie.client.RegistrationEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An anonymised person leaves nothing behind in the imports either: the values an import changed,
 * kept for Import terugdraaien, are erased with the rest of the person's data (in its transaction).
 */
@Component
class ImportPrivacy {

    private final JdbcTemplate jdbc;

    ImportPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onAnonymised(RegistrationEvents.Anonymised event) {
        jdbc.update(
                "UPDATE import_row SET values_before = NULL WHERE registration_id = ?",
                event.registration().getId());
    }
}
