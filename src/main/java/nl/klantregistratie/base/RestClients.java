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

    public static RestClient.Builder withTimeout(URI baseUrl, Duration timeout) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        return RestClient.builder().requestFactory(requests).baseUrl(String.valueOf(baseUrl));
    }
}
