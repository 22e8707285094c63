package nl.klantregistratie.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.Test;

class NotificationsTest extends KaribuTest {

    @Test
    void aNewMessageReplacesTheOneStillShown_soTheyNeverPileUp() {
        login(Role.MEDEWERKER);
        navigate("");

        Notifications.error("Eerste fout");
        Notifications.success("Opgeslagen");
        Notifications.error("Tweede fout");

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("Tweede fout");
    }
}
