package nl.klantregistratie.demo;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo profile makes demo accounts with known passwords and fills an empty registry with
 * invented klanten: it refuses to start on anything but the embedded H2 database, before any bean
 * (Flyway included) touches a database. So {@code mariadb,demo} can never put demo accounts in a
 * production database.
 */
@Component
@Profile("demo")
class DemoDatabaseGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String url = environment == null ? null : environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank() && !isEmbeddedH2(url)) {
            throw new IllegalStateException("The demo profile runs only on the embedded H2 database (it creates demo "
                    + "accounts with known passwords), not on " + withoutCredentials(url)
                    + ". Start without the demo profile.");
        }
    }

    /** In memory or a file, opened by this process: not an H2 server (tcp, ssl) that others use. */
    static boolean isEmbeddedH2(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }

    private static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
