package nl.klantregistratie.base;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Redis server that the instances of one installation share (docs/decisions/0021), or none.
 * {@code klantregistratie.cluster.redis-url} (for example {@code redis://10.0.0.5:6379}) switches
 * it on; empty, the default, is a single instance that needs nothing extra. The choice is made
 * when the application starts, not when it is built, so the same (AOT-processed) jar runs either
 * way. A configured server that does not answer at start stops the start: instances that cannot
 * hear each other would show colleagues stale cards without a word. Later outages are bridged by
 * the client, which reconnects by itself.
 */
@Component
public class ClusterRedis implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterRedis.class);

    private final @Nullable RedisClient client;

    public ClusterRedis(@Value("${klantregistratie.cluster.redis-url:}") String url) {
        this.client = url.isBlank() ? null : connect(url.strip());
    }

    /** The shared server's client, when this installation runs more than one instance. */
    public Optional<RedisClient> client() {
        return Optional.ofNullable(client);
    }

    private static RedisClient connect(String url) {
        RedisClient client = RedisClient.create(RedisURI.create(url));
        try (var connection = client.connect()) {
            connection.sync().ping();
        } catch (RedisConnectionException e) {
            client.shutdown();
            throw new IllegalStateException(
                    "klantregistratie.cluster.redis-url is set, but Redis does not answer at " + url, e);
        }
        log.info("Instances share announcements and rate limits through Redis at {}", url);
        return client;
    }

    @Override
    public void destroy() {
        if (client != null) {
            client.shutdown();
        }
    }
}
