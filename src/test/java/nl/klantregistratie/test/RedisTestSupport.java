package nl.klantregistratie.test;

import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Where the Redis server of {@link RedisTest} is, and whether it answers. */
public final class RedisTestSupport {

    private RedisTestSupport() {}

    /** The server's address, from the system property or environment variable {@code REDIS_URL}. */
    public static String url() {
        String value = System.getProperty("REDIS_URL", System.getenv("REDIS_URL"));
        return value != null && !value.isBlank() ? value : "redis://127.0.0.1:6379";
    }

    public static final class AvailableCondition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            RedisClient client = RedisClient.create(url());
            try (var connection = client.connect()) {
                connection.sync().ping();
                return ConditionEvaluationResult.enabled("Redis answers at " + url());
            } catch (RuntimeException e) {
                String message = "Redis does not answer at " + url() + " (" + e.getMessage()
                        + "). Start it (redis-server) or set REDIS_URL.";
                if (MariaDbTestSupport.isCi()) {
                    throw new IllegalStateException("CI=true, so Redis tests must run: " + message, e);
                }
                return ConditionEvaluationResult.disabled("Skipped: " + message);
            } finally {
                client.shutdown();
            }
        }
    }
}
