package nl.klantregistratie.importing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs imports on a thread of their own, one at a time per instance, so a request never waits for one
 * and a large import leaves the other colleagues a core. Every half minute it takes over imports that
 * no instance reports on any more (after a crash or a restart): they resume where they stopped, run
 * as the user who started them.
 */
@Component
public class ImportRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportService imports;
    private final Set<Long> active = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    ImportRunner(ImportService imports) {
        this.imports = imports;
    }

    /** Runs the batch as the signed-in user, after the imports queued before it. */
    public void submit(long batchId) {
        if (active.add(batchId)) {
            executor.execute(new DelegatingSecurityContextRunnable(() -> run(batchId)));
        }
    }

    @Scheduled(
            initialDelayString = "${klantregistratie.import.resume-delay:PT10S}",
            fixedDelayString = "${klantregistratie.import.resume-interval:PT30S}")
    void resumeAbandoned() {
        SystemWork.as("system:import", Role.SUPPORT, () -> {
            for (long id : imports.claimAbandoned()) {
                if (active.contains(id)) {
                    continue;
                }
                String user = imports.batch(id).map(ImportBatch::getCreatedBy).orElse("system:import");
                LOG.info("Import {} resumes (started by {})", id, user);
                if (active.add(id)) {
                    executor.execute(() -> SystemWork.as(user, Role.MANAGER, () -> {
                        run(id);
                        return null;
                    }));
                }
            }
            return null;
        });
    }

    private void run(long batchId) {
        try {
            imports.run(batchId);
        } catch (RuntimeException e) {
            LOG.warn("Import {} did not finish: {}", batchId, e.toString());
        } finally {
            active.remove(batchId);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
