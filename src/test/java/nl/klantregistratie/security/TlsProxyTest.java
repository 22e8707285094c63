package nl.klantregistratie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind the TLS-terminating proxy docs/operations.md prescribes (here: the test itself, from a
 * trusted address, with X-Forwarded-Proto https): the session cookie is Secure, HSTS is sent and
 * redirects stay https. Straight over plain HTTP none of that is claimed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "demo"})
class TlsProxyTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void behindTheProxyTheCookieIsSecureHstsIsSentAndRedirectsStayHttps() throws Exception {
        HttpResponse<String> login = get("/login", true);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(cookies(login))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> protectedPage = get("/klanten", true);
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://"));
    }

    @Test
    void overPlainHttpNoSecureCookieAndNoHsts() throws Exception {
        HttpResponse<String> login = get("/login", false);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookies(login))
                .as("a session cookie, without Secure")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    private HttpResponse<String> get(String path, boolean viaProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (viaProxy) {
            request.header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-For", "203.0.113.9")
                    .header("X-Forwarded-Host", "klanten.kantoor.nl");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> cookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }
}
