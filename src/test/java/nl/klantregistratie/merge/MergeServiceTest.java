package nl.klantregistratie.merge;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Samenvoegen on the embedded database (H2). */
@SpringBootTest
@ActiveProfiles("test")
class MergeServiceTest extends MergeServiceContract {}
