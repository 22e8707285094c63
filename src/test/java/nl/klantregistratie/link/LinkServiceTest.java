package nl.klantregistratie.link;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The koppeling rules on the embedded database (H2). */
@SpringBootTest
@ActiveProfiles("test")
class LinkServiceTest extends LinkServiceContract {}
