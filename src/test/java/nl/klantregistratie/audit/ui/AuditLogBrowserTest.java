package nl.klantregistratie.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.klantregistratie.audit.AuditEntry;
import nl.klantregistratie.audit.AuditService;
import nl.klantregistratie.audit.AuditTrail;
import nl.klantregistratie.base.AuditEvent.Type;
import nl.klantregistratie.test.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser against the running server: a sign-in, a refused page and a sign-out land in the
 * audit log with the browser's address, and support reads them on the Auditlog page.
 */
class AuditLogBrowserTest extends BrowserTestBase {

    @Autowired
    AuditService audit;

    @Test
    void signInRefusedPageAndSignOutAreRecordedAndShownToSupport() {
        loginAndWaitForShell("medewerker", "medewerker123");
        open("/auditlog");
        waitFor(By.id("access-denied-view"));
        logout();

        AuditEntry signedIn =
                AuditTrail.newest(audit, Type.LOGIN, "medewerker", 1).getFirst();
        AuditEntry refused =
                AuditTrail.newest(audit, Type.ACCESS_DENIED, "medewerker", 1).getFirst();
        AuditEntry signedOut =
                AuditTrail.newest(audit, Type.LOGOUT, "medewerker", 1).getFirst();
        assertThat(refused.getSubject()).isEqualTo("/auditlog");
        assertThat(signedIn.getClientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(refused.getClientAddress()).isEqualTo(signedIn.getClientAddress());
        assertThat(signedOut.getClientAddress()).isEqualTo(signedIn.getClientAddress());

        loginAndWaitForShell("support", "support123");
        open("/auditlog");
        waitForText(By.id("audit-grid"), "/auditlog");
        waitForText(By.id("audit-grid"), "Pagina geweigerd");
        waitForText(By.id("audit-grid"), "Uitgelogd");
        assertThat(driver().getTitle()).isEqualTo("Auditlog | Klantregistratie");
        screenshot("auditlog");
    }
}
