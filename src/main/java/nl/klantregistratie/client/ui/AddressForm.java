package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.klantregistratie.address.AddressLookup;
import nl.klantregistratie.address.PostcodeAnswer;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.client.Address;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one address. Owns its binder; the surrounding form reads and writes it. A Dutch
 * postcode and huisnummer typed by the user fill an empty straat and plaats from the BAG ({@link
 * AddressLookup}); where the user typed others, the BAG's are offered under plaats, never forced.
 */
class AddressForm extends FormLayout {

    private static final Map<Locale, List<String>> COUNTRIES = new ConcurrentHashMap<>();

    private final Binder<Address> binder = new Binder<>(Address.class);
    private final FieldErrors errors = new FieldErrors();
    private final AddressLookup lookup;
    private final String idPrefix;
    private final TextField straat;
    private final IntegerField huisnummer;
    private final TextField postcode;
    private final TextField huisletter;
    private final TextField toevoeging;
    private final TextField plaats;
    private final ComboBox<String> land;
    /** What the lookup filled in (not the user), so a corrected postcode or huisnummer may fill them again. */
    private @Nullable String filledStraat;

    private @Nullable String filledPlaats;

    /** An address with its heading ("Correspondentieadres"), which hides with it. */
    AddressForm(String idPrefix, String heading, AddressLookup lookup) {
        this.lookup = lookup;
        this.idPrefix = idPrefix;
        setId(idPrefix);
        H4 title = new H4(heading);
        title.setId(idPrefix + "-heading");
        straat = MaxLengths.apply(new TextField(getTranslation("address.straat")), Address.class, "straat");
        huisnummer = new IntegerField(getTranslation("address.huisnummer"));
        huisnummer.setMin(1);
        huisnummer.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("validation.number"))
                .setMinErrorMessage(getTranslation("validation.number")));
        huisletter = new TextField(getTranslation("address.huisletter"));
        huisletter.setMaxLength(1);
        toevoeging = new TextField(getTranslation("address.toevoeging"));
        MaxLengths.apply(toevoeging, Address.class, "toevoeging");
        postcode = new TextField(getTranslation("address.postcode"));
        MaxLengths.apply(postcode, Address.class, "postcode");
        plaats = MaxLengths.apply(new TextField(getTranslation("address.plaats")), Address.class, "plaats");
        land = new ComboBox<>(getTranslation("address.land"));
        land.setItems(countries(getLocale()));
        land.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()));

        straat.setId(idPrefix + "-straat");
        huisnummer.setId(idPrefix + "-huisnummer");
        huisletter.setId(idPrefix + "-huisletter");
        toevoeging.setId(idPrefix + "-toevoeging");
        postcode.setId(idPrefix + "-postcode");
        plaats.setId(idPrefix + "-plaats");
        land.setId(idPrefix + "-land");

        binder.forField(straat).bind(Address::getStraat, Address::setStraat);
        binder.forField(huisnummer).bind(Address::getHuisnummer, Address::setHuisnummer);
        binder.forField(huisletter).bind(Address::getHuisletter, Address::setHuisletter);
        binder.forField(toevoeging).bind(Address::getToevoeging, Address::setToevoeging);
        // land before postcode: whether the Dutch postcode rule applies depends on it
        binder.forField(land).bind(Address::getLand, Address::setLand);
        binder.forField(postcode).bind(Address::getPostcode, Address::setPostcode);
        binder.forField(plaats).bind(Address::getPlaats, Address::setPlaats);

        if (lookup.enabled()) {
            postcode.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    lookUp();
                }
            });
            huisnummer.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    lookUp();
                }
            });
            land.addValueChangeListener(e -> clearOffer());
        }

        errors.add("straat", straat)
                .add("huisnummer", huisnummer)
                .add("huisletter", huisletter)
                .add("toevoeging", toevoeging)
                .add("postcode", postcode)
                .add("plaats", plaats)
                .add("land", land);

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 4));
        add(title, 4);
        add(straat, 4);
        add(huisnummer, huisletter, toevoeging);
        add(postcode, 1);
        add(plaats, 3);
        add(land, 1);
    }

    /**
     * The ISO countries, Nederland first, then by name in this language: sorted once per language and
     * shared by every address form (sorting by display name for every form cost each card noticeable
     * CPU, docs/benchmarks.md "Load").
     */
    private static List<String> countries(Locale locale) {
        return COUNTRIES.computeIfAbsent(
                locale,
                language -> Stream.of(Locale.getISOCountries())
                        .sorted(Comparator.comparing((String code) -> !code.equals(Address.NEDERLAND))
                                .thenComparing(code -> Locale.of("", code).getDisplayCountry(language)))
                        .toList());
    }

    /**
     * Asks the BAG for the typed postcode and huisnummer: fills straat and plaats where empty, offers
     * the BAG's where the user typed others, says so where the BAG does not know the address, and
     * leaves the form as it is where no answer came.
     */
    private void lookUp() {
        clearOffer();
        Integer number = huisnummer.getValue();
        String code = postcode.getValue();
        if (postcode.isReadOnly() || number == null || code.isBlank() || !Address.NEDERLAND.equals(land.getValue())) {
            return;
        }
        if (DutchNumbers.isValidPostcode(code)) {
            postcode.setValue(DutchNumbers.normalizePostcode(code)); // "3512pn" reads "3512 PN" at once
        }
        switch (lookup.find(code, number)) {
            case PostcodeAnswer.Found found -> fillOrOffer(found);
            case PostcodeAnswer.Unknown unknown -> {
                Span text = new Span(getTranslation("address.lookup.unknown"));
                text.setId(idPrefix + "-lookup-unknown");
                plaats.setHelperComponent(text);
            }
            case PostcodeAnswer.Unavailable unavailable -> {
                // as without the lookup: the user types straat and plaats
            }
        }
    }

    private void fillOrOffer(PostcodeAnswer.Found found) {
        // empty, or still what the lookup put there: the user did not type it, so it follows the new address
        if (straat.getValue().isBlank() || straat.getValue().equals(filledStraat)) {
            straat.setValue(found.straat());
            filledStraat = found.straat();
        }
        if (plaats.getValue().isBlank() || plaats.getValue().equals(filledPlaats)) {
            plaats.setValue(found.plaats());
            filledPlaats = found.plaats();
        }
        if (same(straat.getValue(), found.straat()) && same(plaats.getValue(), found.plaats())) {
            return;
        }
        Span text = new Span(getTranslation("address.lookup.differs", found.straat(), found.plaats()) + " ");
        text.setId(idPrefix + "-lookup-offer");
        Button take = new Button(getTranslation("address.lookup.take"), click -> {
            straat.setValue(found.straat());
            plaats.setValue(found.plaats());
            clearOffer();
            straat.focus();
        });
        take.setId(idPrefix + "-lookup-take");
        take.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        plaats.setHelperComponent(new Span(text, take));
    }

    /** Equal as staff read them: case and spacing aside ("Dorpsstraat" and "dorpsstraat "). */
    private static boolean same(String typed, String found) {
        return normal(typed).equals(normal(found));
    }

    private static String normal(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void clearOffer() {
        plaats.setHelperComponent(null);
    }

    void read(Address address) {
        clearOffer();
        filledStraat = null;
        filledPlaats = null;
        binder.readBean(address);
    }

    /** What the fields hold now, valid or not (for comparing with a proposal). */
    Address current() {
        Address address = new Address();
        binder.writeBeanAsDraft(address, true);
        return address;
    }

    /** Puts an address in the fields as if the user typed it: the form then has changes to save. */
    void fill(Address address) {
        clearOffer();
        straat.setValue(Objects.toString(address.getStraat(), ""));
        huisnummer.setValue(address.getHuisnummer());
        huisletter.setValue(Objects.toString(address.getHuisletter(), ""));
        toevoeging.setValue(Objects.toString(address.getToevoeging(), ""));
        land.setValue(address.getLand());
        postcode.setValue(Objects.toString(address.getPostcode(), ""));
        plaats.setValue(Objects.toString(address.getPlaats(), ""));
    }

    boolean write(Address address) {
        return binder.writeBeanIfValid(address);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    void setReadOnly(boolean readOnly) {
        if (readOnly) {
            clearOffer();
        }
        binder.setReadOnly(readOnly);
    }

    FieldErrors errors() {
        return errors;
    }
}
