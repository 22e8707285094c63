package nl.klantregistratie.correspondence;

import org.jspecify.annotations.Nullable;

/** What a user typed in the "Nieuwe e-mail" dialog: the chosen address, subject and body. */
public class MailDraft {

    private @Nullable AddressOption to;
    private @Nullable String subject;
    private @Nullable String body;

    public MailDraft() {}

    public @Nullable AddressOption getTo() {
        return to;
    }

    public void setTo(@Nullable AddressOption to) {
        this.to = to;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject;
    }

    public @Nullable String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }
}
