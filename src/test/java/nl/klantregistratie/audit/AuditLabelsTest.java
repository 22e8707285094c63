package nl.klantregistratie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.klantregistratie.base.AuditEvent;
import nl.klantregistratie.base.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every type has a name in Dutch and English; one without is shown by its code, never hidden. */
class AuditLabelsTest {

    private final TranslationProvider translations = new TranslationProvider();

    @ParameterizedTest
    @EnumSource(AuditEvent.Type.class)
    void everyTypeIsTranslated(AuditEvent.Type type) {
        // Dutch; that English has every Dutch key is TranslationBundlesTest's (English falls back to Dutch).
        assertThat(translations.getTranslation(AuditLabels.typeKey(type), TranslationProvider.DUTCH))
                .as(type.name())
                .doesNotStartWith("!");
    }

    @Test
    void aTypeWithoutTranslationShowsItsCode() {
        assertThat(AuditLabels.type(AuditEvent.Type.RETENTION, key -> "!" + key))
                .isEqualTo("RETENTION");
    }

    @Test
    void timesAreDutchToTheSecond() {
        assertThat(AuditLabels.when(Instant.parse("2026-07-01T12:34:56Z"))).isEqualTo("01-07-2026 14:34:56");
        assertThat(AuditLabels.when(Instant.parse("2026-12-01T12:34:56Z"))).isEqualTo("01-12-2026 13:34:56");
    }
}
