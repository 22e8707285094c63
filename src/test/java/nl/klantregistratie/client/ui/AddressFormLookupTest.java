package nl.klantregistratie.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.klantregistratie.address.TestAddressLookup;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.PdokStub;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The address form with the postcode lookup (against a stub of PDOK): postcode + huisnummer fill an
 * empty straat and plaats; typed values are never overwritten but the BAG's are offered; an unknown
 * address says so; without an answer the form is as without the lookup.
 */
class AddressFormLookupTest extends KaribuTest {

    @RegisterExtension
    static final WireMockExtension PDOK = PdokStub.server();

    @Autowired
    ApplicationContext context;

    private AddressForm form;

    @BeforeEach
    void openForm() {
        login(Role.MEDEWERKER);
        form = new AddressForm("woonadres", "Woonadres", TestAddressLookup.against(PdokStub.baseUrl(PDOK), context));
        UI.getCurrent().add(form);
        form.read(new Address());
    }

    @Test
    void postcodeAndHuisnummerFillAnEmptyStraatAndPlaats() {
        PdokStub.address(PDOK, "5611EB", 1, "Markt", "Eindhoven");

        UserInput.setValue(field("postcode"), "5611eb");
        UserInput.setValue(huisnummer(), 1);

        assertThat(field("straat").getValue()).isEqualTo("Markt");
        assertThat(field("plaats").getValue()).isEqualTo("Eindhoven");
        assertThat(field("postcode").getValue()).isEqualTo("5611 EB");
        Address written = new Address();
        assertThat(form.write(written)).isTrue();
        assertThat(written.format()).isEqualTo("Markt 1, 5611 EB Eindhoven");
    }

    @Test
    void aCorrectedHuisnummerFillsAgainWhatTheLookupFilled() {
        PdokStub.address(PDOK, "5611EB", 1, "Markt", "Eindhoven");
        PdokStub.address(PDOK, "5611EB", 3, "Marktstraat", "Eindhoven");
        UserInput.setValue(field("postcode"), "5611EB");
        UserInput.setValue(huisnummer(), 1);

        UserInput.setValue(huisnummer(), 3);

        assertThat(field("straat").getValue()).isEqualTo("Marktstraat");
        assertThat(_find(Span.class, spec -> spec.withId("woonadres-lookup-offer")))
                .isEmpty();
    }

    @Test
    void typedValuesThatDifferAreKeptAndTheBagsAreOffered() {
        PdokStub.address(PDOK, "3511AB", 7, "Oudegracht", "Utrecht");
        UserInput.setValue(field("straat"), "Oude gracht");
        UserInput.setValue(field("plaats"), "utrecht");

        UserInput.setValue(field("postcode"), "3511 AB");
        UserInput.setValue(huisnummer(), 7);

        assertThat(field("straat").getValue()).isEqualTo("Oude gracht");
        assertThat(_get(Span.class, spec -> spec.withId("woonadres-lookup-offer"))
                        .getText())
                .isEqualTo("Volgens de BAG hoort hier Oudegracht, Utrecht bij. ");

        _click(_get(Button.class, spec -> spec.withId("woonadres-lookup-take")));

        assertThat(field("straat").getValue()).isEqualTo("Oudegracht");
        assertThat(field("plaats").getValue()).isEqualTo("Utrecht");
        assertThat(_find(Span.class, spec -> spec.withId("woonadres-lookup-offer")))
                .isEmpty();
    }

    @Test
    void valuesThatDifferOnlyInCaseOrSpacesOfferNothing() {
        PdokStub.address(PDOK, "3511AC", 8, "Oudegracht", "Utrecht");
        UserInput.setValue(field("straat"), "oudegracht ");
        UserInput.setValue(field("plaats"), "UTRECHT");

        UserInput.setValue(huisnummer(), 8);
        UserInput.setValue(field("postcode"), "3511AC");

        assertThat(_find(Span.class, spec -> spec.withId("woonadres-lookup-offer")))
                .isEmpty();
        assertThat(field("straat").getValue()).as("as typed").isEqualTo("oudegracht ");
    }

    @Test
    void anAddressTheBagDoesNotKnowSaysSoAndLeavesTheFields() {
        PdokStub.unknown(PDOK, "9999ZZ", 1);

        UserInput.setValue(field("postcode"), "9999 ZZ");
        UserInput.setValue(huisnummer(), 1);

        assertThat(_get(Span.class, spec -> spec.withId("woonadres-lookup-unknown"))
                        .getText())
                .startsWith("Deze postcode met dit huisnummer staat niet in de BAG.");
        assertThat(field("straat").getValue()).isEmpty();
    }

    @Test
    void withoutAnAnswerTheFormWorksAsWithoutTheLookup() {
        PdokStub.down(PDOK, "6211CK", 1);

        UserInput.setValue(field("postcode"), "6211 CK");
        UserInput.setValue(huisnummer(), 1);
        UserInput.setValue(field("straat"), "Vrijthof");
        UserInput.setValue(field("plaats"), "Maastricht");

        assertThat(_find(Span.class, spec -> spec.withId("woonadres-lookup-offer")))
                .isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("woonadres-lookup-unknown")))
                .isEmpty();
        Address written = new Address();
        assertThat(form.write(written)).isTrue();
        assertThat(written.format()).isEqualTo("Vrijthof 1, 6211 CK Maastricht");
    }

    @Test
    void aForeignAddressIsNotLookedUp() {
        UserInput.setValue(_get(ComboBox.class, spec -> spec.withId("woonadres-land")), "BE");
        UserInput.setValue(field("postcode"), "1000");
        UserInput.setValue(huisnummer(), 1);

        PDOK.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void readingAnAddressAsksNothing() {
        form.read(new Address("Markt", 1, "5611 EB", "Eindhoven"));

        PDOK.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    private TextField field(String name) {
        return _get(TextField.class, spec -> spec.withId("woonadres-" + name));
    }

    private IntegerField huisnummer() {
        return _get(IntegerField.class, spec -> spec.withId("woonadres-huisnummer"));
    }
}
