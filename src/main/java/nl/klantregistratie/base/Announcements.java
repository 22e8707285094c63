package nl.klantregistratie.base;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Announcements that every instance of the application hears: a registration changed (open cards
 * refresh, R6), an account's sessions end. A message is a short text on a named channel. Listeners
 * in this instance hear it at once, on the announcing thread; with {@link ClusterRedis} the message
 * also goes out over Redis pub/sub, and the listeners of every other instance hear it on this
 * class's own thread. An instance does not hear its own message twice.
 *
 * <p>Pub/sub delivers to the instances that are connected at that moment and keeps nothing: an
 * instance that is down misses the message, and so do its screens, which it lost anyway. Nothing
 * depends on an announcement for correctness; it only saves users from looking at stale data.
 */
@Component
public class Announcements implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Announcements.class);
    private static final String PREFIX = "klantregistratie:";
    private static final char SEPARATOR = '\n';

    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final @Nullable StatefulRedisConnection<String, String> publisher;
    private final @Nullable StatefulRedisPubSubConnection<String, String> subscriber;
    private final ExecutorService remote = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "announcements");
        thread.setDaemon(true);
        return thread;
    });

    public Announcements(ClusterRedis redis) {
        this.publisher = redis.client().map(client -> client.connect()).orElse(null);
        this.subscriber = redis.client().map(client -> client.connectPubSub()).orElse(null);
        if (subscriber != null) {
            subscriber.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    received(channel, message);
                }
            });
        }
    }

    /** Calls the listener with every message on the channel, from this instance and the others. */
    public void listen(String channel, Consumer<String> listener) {
        listeners
                .computeIfAbsent(channel, name -> {
                    if (subscriber != null) {
                        subscriber.sync().subscribe(PREFIX + name);
                    }
                    return new CopyOnWriteArraySet<>();
                })
                .add(listener);
    }

    /** Tells every instance, this one first. A failure to reach the others is logged, not thrown. */
    public void announce(String channel, String message) {
        deliver(channel, message);
        if (publisher != null) {
            publisher
                    .async()
                    .publish(PREFIX + channel, instance + SEPARATOR + message)
                    .exceptionally(failure -> {
                        log.warn("Could not announce on '{}' to the other instances: {}", channel, failure.toString());
                        return 0L;
                    });
        }
    }

    private void received(String prefixedChannel, String envelope) {
        int separator = envelope.indexOf(SEPARATOR);
        if (!prefixedChannel.startsWith(PREFIX) || separator < 0) {
            return;
        }
        if (envelope.substring(0, separator).equals(instance)) {
            return; // our own, heard already
        }
        String channel = prefixedChannel.substring(PREFIX.length());
        String message = envelope.substring(separator + 1);
        remote.execute(() -> deliver(channel, message));
    }

    private void deliver(String channel, String message) {
        for (Consumer<String> listener : listeners.getOrDefault(channel, Set.of())) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                log.warn("A listener on '{}' failed for '{}'", channel, message, e);
            }
        }
    }

    @Override
    public void destroy() {
        remote.shutdownNow();
        if (subscriber != null) {
            subscriber.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }
}
