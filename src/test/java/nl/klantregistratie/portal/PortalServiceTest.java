package nl.klantregistratie.portal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Portal access on the embedded database (H2). */
@SpringBootTest
@ActiveProfiles("test")
class PortalServiceTest extends PortalServiceContract {}
