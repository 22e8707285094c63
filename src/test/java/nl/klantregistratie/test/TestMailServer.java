package nl.klantregistratie.test;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port of this machine for a test class, and the Spring
 * properties that point the application's mail sending at it:
 *
 * <pre>{@code
 * static final TestMailServer MAIL = new TestMailServer();
 * @RegisterExtension static final GreenMailExtension smtp = MAIL.extension();
 * @DynamicPropertySource static void mail(DynamicPropertyRegistry registry) { MAIL.register(registry); }
 * }</pre>
 */
public final class TestMailServer {

    public static final String FROM = "kantoor@administratiekantoor.nl";

    private final int port = freePort();

    public GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"));
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("klantregistratie.mail.from", () -> FROM);
        // GreenMail offers no STARTTLS, which the application insists on by default.
        registry.add("spring.mail.properties.mail.smtp.starttls.required", () -> "false");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
