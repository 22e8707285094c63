package nl.klantregistratie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.klantregistratie.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The demo profile never runs on a production database: demo accounts have known passwords. */
class DemoDatabaseGuardTest {

    @Test
    void theDemoProfileRefusesToStartOnMariaDb() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles("mariadb", "demo");

        assertThatThrownBy(() -> production.run(
                        "--spring.datasource.url=jdbc:mariadb://127.0.0.1:9/klantregistratie?password=geheim"))
                .hasMessageContaining("The demo profile runs only on the embedded H2 database")
                .hasMessageContaining("jdbc:mariadb://127.0.0.1:9/klantregistratie")
                .hasMessageNotContaining("geheim");
    }

    @Test
    void embeddedMeansInMemoryOrAFileNotAServer() {
        assertThat(DemoDatabaseGuard.isEmbeddedH2("jdbc:h2:file:./data/klantregistratie"))
                .isTrue();
        assertThat(DemoDatabaseGuard.isEmbeddedH2("jdbc:h2:mem:test")).isTrue();
        assertThat(DemoDatabaseGuard.isEmbeddedH2("jdbc:h2:tcp://db.kantoor.nl/klanten"))
                .isFalse();
        assertThat(DemoDatabaseGuard.isEmbeddedH2("jdbc:mariadb://127.0.0.1:3306/klantregistratie"))
                .isFalse();
    }
}
