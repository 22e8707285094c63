package nl.klantregistratie.correspondence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The correspondence rules on the embedded database (H2), without a mail server. */
@SpringBootTest
@ActiveProfiles("test")
class CorrespondenceServiceTest extends CorrespondenceServiceContract {}
