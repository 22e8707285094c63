package nl.klantregistratie.base;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Why the changes made on this thread are made, when it is more than a user at a form: "Import 12:
 * klanten.csv". The history records it with the revision (next to who), so a change an import made
 * is told from one typed by hand. Features set it; the history reads it; neither knows the other.
 */
public final class ChangeContext {

    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    private ChangeContext() {}

    /** Runs {@code work} with {@code reason} as the reason of its changes; the previous one is restored after. */
    public static <T> T during(String reason, Supplier<T> work) {
        String previous = REASON.get();
        REASON.set(reason);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                REASON.remove();
            } else {
                REASON.set(previous);
            }
        }
    }

    /** The reason of the changes now being made on this thread, or null for a user's own. */
    public static @Nullable String current() {
        return REASON.get();
    }
}
