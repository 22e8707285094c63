package nl.klantregistratie;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point and Vaadin app shell. Lumo is applied explicitly: Vaadin 25 applies no theme by default.
 * Push lets a card show at once what other users (or a hoofd) changed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Klantregistratie");
    }
}
