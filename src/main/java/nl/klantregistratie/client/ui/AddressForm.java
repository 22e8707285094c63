package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.klantregistratie.base.ui.FieldErrors;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.client.Address;

/** The fields of one address. Owns its binder; the surrounding form reads and writes it. */
class AddressForm extends FormLayout {

    private final Binder<Address> binder = new Binder<>(Address.class);
    private final FieldErrors errors = new FieldErrors();

    /** An address with its heading ("Correspondentieadres"), which hides with it. */
    AddressForm(String idPrefix, String heading) {
        setId(idPrefix);
        H4 title = new H4(heading);
        title.setId(idPrefix + "-heading");
        TextField straat = MaxLengths.apply(new TextField(getTranslation("address.straat")), Address.class, "straat");
        IntegerField huisnummer = new IntegerField(getTranslation("address.huisnummer"));
        huisnummer.setMin(1);
        huisnummer.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("validation.number"))
                .setMinErrorMessage(getTranslation("validation.number")));
        TextField huisletter = new TextField(getTranslation("address.huisletter"));
        huisletter.setMaxLength(1);
        TextField toevoeging = new TextField(getTranslation("address.toevoeging"));
        toevoeging.setMaxLength(6);
        TextField postcode = new TextField(getTranslation("address.postcode"));
        postcode.setMaxLength(10);
        TextField plaats = MaxLengths.apply(new TextField(getTranslation("address.plaats")), Address.class, "plaats");
        ComboBox<String> land = new ComboBox<>(getTranslation("address.land"));
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

    private static List<String> countries(Locale locale) {
        return Stream.of(Locale.getISOCountries())
                .sorted(Comparator.comparing((String code) -> !code.equals(Address.NEDERLAND))
                        .thenComparing(code -> Locale.of("", code).getDisplayCountry(locale)))
                .toList();
    }

    void read(Address address) {
        binder.readBean(address);
    }

    boolean write(Address address) {
        return binder.writeBeanIfValid(address);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    FieldErrors errors() {
        return errors;
    }
}
