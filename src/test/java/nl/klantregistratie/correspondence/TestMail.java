package nl.klantregistratie.correspondence;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mail as a user types it in the "Nieuwe e-mail" dialog, for the tests. */
public final class TestMail {

    private TestMail() {}

    public static MailDraft draft(@Nullable AddressOption to, @Nullable String subject, @Nullable String body) {
        MailDraft draft = new MailDraft();
        draft.setTo(to);
        draft.setSubject(subject);
        draft.setBody(body);
        return draft;
    }

    /** The privé address the dialog offers for this registration (the test made sure there is one). */
    public static AddressOption privateAddress(CorrespondenceService correspondence, long registrationId) {
        return correspondence.addresses(registrationId).options().stream()
                .filter(option -> option.kind() == AddressKind.PRIVE)
                .findFirst()
                .orElseThrow();
    }

    /** Sends to the privé address and files the message as made at {@code when} (to be past, or within, its retention). */
    public static long sentPrivately(
            CorrespondenceService correspondence, JdbcClient jdbc, long registrationId, String subject, Instant when) {
        Correspondence sent = correspondence.send(
                registrationId, draft(privateAddress(correspondence, registrationId), subject, "Beste klant,"));
        jdbc.sql("UPDATE correspondence SET created_at = :when WHERE id = :id")
                .param("when", Timestamp.from(when))
                .param("id", sent.getId())
                .update();
        return sent.getId();
    }
}
