package nl.klantregistratie.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A pair a manager said are different people: not suggested again. */
@Entity
@Table(name = "link_suggestion_rejection")
class Rejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "first_id", nullable = false)
    private long firstId;

    @Column(name = "second_id", nullable = false)
    private long secondId;

    @Column(name = "rejected_by", nullable = false, length = 100)
    private String rejectedBy = "";

    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt = Instant.now();

    protected Rejection() {}

    Rejection(PairKey pair, String rejectedBy) {
        this.firstId = pair.first();
        this.secondId = pair.second();
        this.rejectedBy = rejectedBy;
    }

    PairKey pair() {
        return new PairKey(firstId, secondId);
    }
}
