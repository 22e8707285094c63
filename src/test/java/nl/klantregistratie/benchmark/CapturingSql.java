package nl.klantregistratie.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Remembers the last SQL statement prepared on the application's DataSource, whoever sends it
 * (Hibernate or JdbcClient), so the benchmark can show, replay and EXPLAIN the exact statement behind
 * {@code ClientService.search}. Wraps the DataSource bean in a proxy that changes nothing else.
 */
final class CapturingSql implements BeanPostProcessor {

    private static volatile @Nullable String lastSql;

    static @Nullable String lastSql() {
        return lastSql;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return proxy(DataSource.class, dataSource, (target, method, arguments) -> {
            Object result = invoke(method, target, arguments);
            return result instanceof Connection connection && method.getName().equals("getConnection")
                    ? proxy(Connection.class, connection, CapturingSql::onConnection)
                    : result;
        });
    }

    private static @Nullable Object onConnection(Object connection, Method method, Object @Nullable [] arguments)
            throws Throwable {
        if (method.getName().startsWith("prepare") && arguments != null && arguments[0] instanceof String sql) {
            lastSql = sql;
        }
        return invoke(method, connection, arguments);
    }

    private interface Handler {
        @Nullable
        Object handle(Object target, Method method, Object @Nullable [] arguments) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, arguments) -> handler.handle(target, method, arguments);
        return type.cast(
                Proxy.newProxyInstance(CapturingSql.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static @Nullable Object invoke(Method method, Object target, Object @Nullable [] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
