package nl.klantregistratie.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A record that a user saw a BSN in full. */
@Entity
@Table(name = "bsn_reveal")
public class BsnReveal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private long registrationId;

    @Column(nullable = false)
    private long klantnummer;

    @Column(nullable = false, length = 100)
    private String username = "";

    @Column(nullable = false)
    private Instant revealedAt = Instant.now();

    protected BsnReveal() {}

    BsnReveal(long registrationId, long klantnummer, String username) {
        this.registrationId = registrationId;
        this.klantnummer = klantnummer;
        this.username = username;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public long getKlantnummer() {
        return klantnummer;
    }

    public String getUsername() {
        return username;
    }

    public Instant getRevealedAt() {
        return revealedAt;
    }
}
