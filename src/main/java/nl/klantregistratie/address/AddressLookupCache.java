package nl.klantregistratie.address;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The addresses found before (table address_lookup), shared by every instance: a postcode and
 * huisnummer with the BAG's straat and plaats and when they were asked, in UTC. No person is in it.
 */
@Repository
class AddressLookupCache {

    private final JdbcClient jdbc;

    AddressLookupCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(PostcodeAnswer.Found found, LocalDateTime lookedUpAt) {}

    Optional<Entry> find(String postcode, int huisnummer) {
        return jdbc.sql("SELECT straat, plaats, looked_up_at FROM address_lookup WHERE postcode = ? AND huisnummer = ?")
                .params(postcode, huisnummer)
                .query((row, number) -> new Entry(
                        new PostcodeAnswer.Found(row.getString("straat"), row.getString("plaats")),
                        row.getObject("looked_up_at", LocalDateTime.class)))
                .optional();
    }

    void save(String postcode, int huisnummer, PostcodeAnswer.Found found, LocalDateTime at) {
        int updated = jdbc.sql("UPDATE address_lookup SET straat = ?, plaats = ?, looked_up_at = ?"
                        + " WHERE postcode = ? AND huisnummer = ?")
                .params(found.straat(), found.plaats(), at, postcode, huisnummer)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO address_lookup (postcode, huisnummer, straat, plaats, looked_up_at)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .params(postcode, huisnummer, found.straat(), found.plaats(), at)
                        .update();
            } catch (DuplicateKeyException e) {
                // another instance or user saved the same address a moment ago: its answer serves
            }
        }
    }

    void forget(String postcode, int huisnummer) {
        jdbc.sql("DELETE FROM address_lookup WHERE postcode = ? AND huisnummer = ?")
                .params(postcode, huisnummer)
                .update();
    }
}
