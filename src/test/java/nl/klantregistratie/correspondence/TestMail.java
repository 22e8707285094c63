package nl.klantregistratie.correspondence;

import org.jspecify.annotations.Nullable;

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
}
