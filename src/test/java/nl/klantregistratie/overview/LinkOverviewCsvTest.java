package nl.klantregistratie.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.klantregistratie.client.RegistrationKind;
import org.junit.jupiter.api.Test;

/** The CSV for Dutch Excel: BOM, header, ';', quoting, accents, no BSN, no formulas. */
class LinkOverviewCsvTest {

    private static final Map<String, String> DUTCH = Map.of(
            "overview.klantnummer",
            "Klantnummer",
            "overview.naam",
            "Naam",
            "overview.zoeknaam",
            "Zoeknaam",
            "overview.type",
            "Type hoofd",
            "overview.followers",
            "Aantal volgers",
            "overview.bedrijven",
            "Klant-bedrijven van de volgers",
            "overview.type.client_person",
            "Klant-persoon",
            "overview.type.contact_person",
            "Contactpersoon als hoofd");

    private static byte[] csv(List<HeadOverview> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LinkOverviewCsv.write(rows, DUTCH::get, out);
        return out.toByteArray();
    }

    @Test
    void startsWithAByteOrderMarkAndTheHeaderSeparatedBySemicolons() {
        byte[] bytes = csv(List.of());

        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(
                        "\uFEFFKlantnummer;Naam;Zoeknaam;Type hoofd;Aantal volgers;Klant-bedrijven van de volgers\r\n");
    }

    @Test
    void writesOneRecordPerHeadWithAccentsInUtf8() {
        HeadOverview row = new HeadOverview(
                1,
                100012,
                "Ruïne, J. van der",
                "J. van der Ruïne",
                RegistrationKind.PERSOON,
                2,
                List.of("Bakkerij Één (100003)", "Café 't Hoekje (100004)"));

        String text = new String(csv(List.of(row)), StandardCharsets.UTF_8);

        assertThat(text.lines().toList())
                .element(1)
                .isEqualTo(
                        "100012;J. van der Ruïne;Ruïne, J. van der;Klant-persoon;2;Bakkerij Één (100003), Café 't Hoekje (100004)");
    }

    @Test
    void quotesFieldsWithSemicolonsOrQuotesAndDoublesTheQuotes() {
        HeadOverview row = new HeadOverview(
                1,
                100013,
                "Jansen; Piet",
                "Piet \"de Bakker\" Jansen",
                RegistrationKind.CONTACT,
                1,
                List.of("A;B B.V. (100005)"));

        String text = new String(csv(List.of(row)), StandardCharsets.UTF_8);

        assertThat(text.lines().toList())
                .element(1)
                .isEqualTo(
                        "100013;\"Piet \"\"de Bakker\"\" Jansen\";\"Jansen; Piet\";Contactpersoon als hoofd;1;\"A;B B.V. (100005)\"");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsNotRunByExcel() {
        HeadOverview row =
                new HeadOverview(1, 100014, "=HYPERLINK(\"x\")", "@SUM(1)", RegistrationKind.PERSOON, 1, List.of());

        String record = new String(csv(List.of(row)), StandardCharsets.UTF_8)
                .lines()
                .toList()
                .get(1);

        assertThat(record).startsWith("100014;'@SUM(1);\"'=HYPERLINK(\"\"x\"\")\";");
    }

    @Test
    void theHeaderHasNoBsnColumn() {
        String header = new String(csv(List.of()), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow();
        assertThat(header.toLowerCase()).doesNotContain("bsn");
        assertThat(LinkOverviewCsv.HEADER_KEYS)
                .noneMatch(key -> key.toLowerCase().contains("bsn"));
    }
}
