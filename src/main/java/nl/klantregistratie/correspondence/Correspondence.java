package nl.klantregistratie.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import nl.klantregistratie.base.validation.MailAddress;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail in a klantdossier: to whom, on which address, what, by whom, when, and whether it was
 * sent (with the reason when not). Stored before it goes to the mail server.
 */
@Entity
@Table(name = "correspondence")
public class Correspondence {

    static final int MAX_BODY = 10_000;
    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** The klant whose dossier holds the message: the klant-bedrijf for mail to its contactpersoon. */
    @Column(nullable = false)
    private long dossierId;

    @Column(nullable = false)
    private long dossierKlantnummer;

    @Column(nullable = false)
    private long recipientId;

    @Column(nullable = false)
    private long recipientKlantnummer;

    @Column(nullable = false, length = 250)
    private String recipientName = "";

    @NotBlank(message = "{mail.to.required}")
    @MailAddress
    @Size(max = 254)
    @Column(nullable = false, length = 254)
    private @Nullable String toAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AddressKind addressKind = AddressKind.ZAKELIJK;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private @Nullable String subject;

    @NotBlank
    @Size(max = MAX_BODY)
    @Column(nullable = false, length = MAX_BODY)
    private @Nullable String body;

    @Column(length = 254)
    private @Nullable String fromAddress;

    @Column(nullable = false, length = 100)
    private String sentBy = "";

    @Column(nullable = false, length = 200)
    private String sentByName = "";

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    private @Nullable Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status = MailStatus.VERZENDEN;

    /** Translation key of why it was not sent. */
    @Column(length = 100)
    private @Nullable String failureKey;

    /** The mail server's own words, for applicatiebeheer. */
    @Column(length = MAX_DETAIL)
    private @Nullable String failureDetail;

    protected Correspondence() {}

    Correspondence(@Nullable String toAddress, @Nullable String subject, @Nullable String body) {
        this.toAddress = toAddress == null ? null : toAddress.strip();
        this.subject = subject == null ? null : subject.strip();
        this.body = body;
    }

    void fileIn(
            long dossierId,
            long dossierKlantnummer,
            long recipientId,
            long recipientKlantnummer,
            String recipientName,
            AddressKind kind) {
        this.dossierId = dossierId;
        this.dossierKlantnummer = dossierKlantnummer;
        this.recipientId = recipientId;
        this.recipientKlantnummer = recipientKlantnummer;
        this.recipientName = recipientName;
        this.addressKind = kind;
    }

    void sender(String username, String displayName, @Nullable String from) {
        this.sentBy = username;
        this.sentByName = displayName;
        this.fromAddress = from;
    }

    void sent(Instant when) {
        this.status = MailStatus.VERZONDEN;
        this.sentAt = when;
        this.failureKey = null;
        this.failureDetail = null;
    }

    void notSent(MailStatus status, String reasonKey, @Nullable String detail) {
        this.status = status;
        this.failureKey = reasonKey;
        this.failureDetail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public long getDossierKlantnummer() {
        return dossierKlantnummer;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public long getRecipientKlantnummer() {
        return recipientKlantnummer;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getToAddress() {
        return toAddress == null ? "" : toAddress;
    }

    public AddressKind getAddressKind() {
        return addressKind;
    }

    public String getSubject() {
        return subject == null ? "" : subject;
    }

    public String getBody() {
        return body == null ? "" : body;
    }

    public @Nullable String getFromAddress() {
        return fromAddress;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getSentByName() {
        return sentByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public MailStatus getStatus() {
        return status;
    }

    public @Nullable String getFailureKey() {
        return failureKey;
    }

    public @Nullable String getFailureDetail() {
        return failureDetail;
    }

    @Override
    public String toString() {
        return "Correspondence[id=" + id + ", dossier=" + dossierKlantnummer + ", status=" + status + "]";
    }
}
