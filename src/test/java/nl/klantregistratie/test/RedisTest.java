package nl.klantregistratie.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs the Redis server that instances share (docs/decisions/0021), at {@code REDIS_URL}
 * (default {@code redis://127.0.0.1:6379}, see {@link RedisTestSupport}). Skipped with the reason when it does not answer; with
 * {@code CI=true} it fails instead, so CI never silently skips it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RedisTestSupport.AvailableCondition.class)
public @interface RedisTest {}
