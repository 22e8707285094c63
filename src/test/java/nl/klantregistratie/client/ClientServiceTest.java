package nl.klantregistratie.client;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The service rules on the embedded database (H2). */
@SpringBootTest
@ActiveProfiles("test")
class ClientServiceTest extends ClientServiceContract {}
