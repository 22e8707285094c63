package nl.klantregistratie.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The file of an import batch, kept in its row so that an import resumes after a restart on any
 * instance. Read and written with plain JDBC: the entity never loads it.
 */
@Component
class ImportFiles {

    private final JdbcTemplate jdbc;

    ImportFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(long batchId, byte[] content) {
        jdbc.update("UPDATE import_batch SET content = ? WHERE id = ?", content, batchId);
    }

    byte[] load(long batchId) {
        byte[] content = jdbc.queryForObject(
                "SELECT content FROM import_batch WHERE id = ?", (rs, row) -> rs.getBytes(1), batchId);
        return content == null ? new byte[0] : content;
    }
}
