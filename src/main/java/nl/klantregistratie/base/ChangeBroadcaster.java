package nl.klantregistratie.base;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells open screens that registrations changed, so other users' cards refresh at once (with
 * Vaadin push), on every instance of the application ({@link Announcements}). Listeners register
 * per registration id and are called on a separate thread after the change committed; a listener
 * must hand the work to its UI with {@code UI.access}.
 */
@Component
public class ChangeBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);
    private static final String CHANNEL = "registrations-changed";

    private final Announcements announcements;
    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final Executor executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "change-broadcaster");
        thread.setDaemon(true);
        return thread;
    });

    public ChangeBroadcaster(Announcements announcements) {
        this.announcements = announcements;
        announcements.listen(CHANNEL, message -> notifyListeners(parse(message)));
    }

    /** Calls the listener (with the id) whenever the registration changes; close the handle to stop. */
    public AutoCloseable register(long registrationId, LongConsumer listener) {
        listeners
                .computeIfAbsent(registrationId, id -> new CopyOnWriteArraySet<>())
                .add(listener);
        return () -> listeners.computeIfPresent(registrationId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Announces committed changes of these registrations, here and on the other instances. */
    public void changed(Collection<Long> registrationIds) {
        if (!registrationIds.isEmpty()) {
            announcements.announce(
                    CHANNEL,
                    Set.copyOf(registrationIds).stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    private static List<Long> parse(String message) {
        return Arrays.stream(message.split(",")).map(Long::valueOf).toList();
    }

    private void notifyListeners(Collection<Long> registrationIds) {
        for (Long id : registrationIds) {
            Set<LongConsumer> registered = listeners.get(id);
            if (registered != null) {
                registered.forEach(listener -> executor.execute(() -> notify(listener, id)));
            }
        }
    }

    private static void notify(LongConsumer listener, long id) {
        try {
            listener.accept(id);
        } catch (RuntimeException e) {
            log.warn("A change listener failed for registration {}", id, e);
        }
    }
}
