package nl.klantregistratie.importing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the screens that show an import that it moved on (after every chunk and at its end), so the
 * progress bar and the counts follow it while it runs, pushed to the browser.
 */
@Component
public class ImportProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ImportProgress.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /** Calls {@code listener} (on the import's thread) whenever the batch moves on; close to stop. */
    public AutoCloseable register(long batchId, Runnable listener) {
        listeners.computeIfAbsent(batchId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(batchId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void changed(long batchId) {
        for (Runnable listener : listeners.getOrDefault(batchId, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.debug("An import progress listener failed", e);
            }
        }
    }
}
