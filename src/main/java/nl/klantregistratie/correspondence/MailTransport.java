package nl.klantregistratie.correspondence;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands a message to the SMTP server that {@code spring.mail.*} configures, from the office's address
 * {@code klantregistratie.mail.from}. Without a server ({@code spring.mail.host} empty, as in the demo)
 * nothing is sent and the outcome says why; a refusal or an unreachable server is an outcome too,
 * never an exception, so the caller can store it with the message.
 */
@Component
class MailTransport {

    private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final boolean serverConfigured;
    private final @Nullable String from;

    MailTransport(
            ObjectProvider<JavaMailSender> senders,
            @Value("${spring.mail.host:}") String host,
            @Value("${klantregistratie.mail.from:}") String from) {
        this.senders = senders;
        this.serverConfigured = !host.isBlank();
        this.from = from.isBlank() ? null : from.strip();
    }

    /** The sender address, or null when none is configured. */
    @Nullable
    String from() {
        return from;
    }

    Outcome send(String to, String subject, String body) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || !serverConfigured) {
            return new Outcome(MailStatus.NIET_VERZONDEN, "mail.failure.notconfigured", null);
        }
        if (from == null) {
            return new Outcome(MailStatus.NIET_VERZONDEN, "mail.failure.nofrom", null);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return new Outcome(MailStatus.VERZONDEN, null, null);
        } catch (MailAuthenticationException e) {
            log.warn("SMTP login refused: {}", e.getMessage());
            return new Outcome(MailStatus.MISLUKT, "mail.failure.auth", detail(e));
        } catch (MailException e) {
            log.warn("Sending mail failed: {}", e.getMessage());
            return new Outcome(MailStatus.MISLUKT, "mail.failure.send", detail(e));
        }
    }

    private static String detail(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null ? own : own + " (" + root.getMessage() + ")";
    }

    /** What became of a message: sent, or not, with a translation key and the server's words. */
    record Outcome(
            MailStatus status,
            @Nullable String reasonKey,
            @Nullable String detail) {}
}
