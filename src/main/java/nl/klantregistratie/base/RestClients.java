package nl.klantregistratie.base;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A REST client for an outside service a form waits for (PDOK, the KvK): on the JDK's HttpClient,
 * with one timeout for connecting and one for the whole answer, so no user waits longer than that.
 */
public final class RestClients {

    private RestClients() {}

    /**
     * {@code followRedirects}: false for a service that gets a key in a header, which a redirect to
     * another host would carry along; a redirect is then an answer it does not understand.
     */
    public static RestClient.Builder withTimeout(URI baseUrl, Duration timeout, boolean followRedirects) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        return RestClient.builder().requestFactory(requests).baseUrl(String.valueOf(baseUrl));
    }
}
