package nl.klantregistratie.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import nl.klantregistratie.client.RegistrationKind;
import org.jspecify.annotations.Nullable;

/**
 * A column mapping saved under a name ("Export AuditCase"), by the headers of the file it was made
 * for: applied to the next file of the same source, each header that it names gets its field.
 */
@Entity
@Table(name = "import_mapping")
public class SavedMapping {

    static final int MAX_NAME = 100;
    private static final int MAX_COLUMNS_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_mapping_seq")
    @SequenceGenerator(name = "import_mapping_seq", sequenceName = "import_mapping_seq", allocationSize = 1)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable RegistrationKind kind;

    /** "header\tFIELD" lines, in the file's order. */
    @Column(name = "column_map", nullable = false, length = MAX_COLUMNS_TEXT)
    private String columns = "";

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected SavedMapping() {}

    SavedMapping(String name, @Nullable RegistrationKind kind, Map<String, ImportField> byHeader, String createdBy) {
        this.name = name;
        this.kind = kind;
        this.createdBy = createdBy;
        StringJoiner text = new StringJoiner("\n");
        byHeader.forEach(
                (header, field) -> text.add(header.replace('\t', ' ').replace('\n', ' ') + "\t" + field.name()));
        if (text.length() > MAX_COLUMNS_TEXT) {
            throw new ImportRefusedException("import.mapping.toolong");
        }
        this.columns = text.toString();
    }

    void replace(@Nullable RegistrationKind kind, Map<String, ImportField> byHeader, String by) {
        SavedMapping fresh = new SavedMapping(name, kind, byHeader, by);
        this.kind = fresh.kind;
        this.columns = fresh.columns;
        this.createdBy = by;
        this.createdAt = Instant.now();
    }

    public String getName() {
        return name;
    }

    public @Nullable RegistrationKind getKind() {
        return kind;
    }

    /** Header → field, as saved. */
    public Map<String, ImportField> byHeader() {
        Map<String, ImportField> map = new LinkedHashMap<>();
        if (!columns.isEmpty()) {
            for (String line : columns.split("\n")) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    try {
                        map.put(line.substring(0, tab), ImportField.valueOf(line.substring(tab + 1)));
                    } catch (IllegalArgumentException e) {
                        // a field that no longer exists: that column is left to the automatic mapping
                    }
                }
            }
        }
        return map;
    }

    /** The field this mapping gives a header, compared as headers are (case, accents, punctuation ignored). */
    public Optional<ImportField> fieldFor(String header) {
        String key = ImportValues.key(header);
        return byHeader().entrySet().stream()
                .filter(entry -> ImportValues.key(entry.getKey()).equals(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
