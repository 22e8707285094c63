package nl.klantregistratie.suggestion;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The suggestions' query, for the benchmark that runs it on a database without the application around it. */
public final class PersonRecordsQuery {

    private PersonRecordsQuery() {}

    public static List<PersonRecord> findUnlinked(JdbcClient jdbc) {
        return new PersonRecords(jdbc).findUnlinked();
    }
}
