package nl.klantregistratie.history;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The history on the embedded database (H2). */
@SpringBootTest
@ActiveProfiles("test")
class HistoryServiceTest extends HistoryServiceContract {}
