package nl.klantregistratie.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.klantregistratie.base.ui.MailTypoHint;
import nl.klantregistratie.base.ui.MaxLengths;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.Registration;

/** Fields that several forms have, built the same way everywhere. */
final class CommonFields {

    private CommonFields() {}

    static TextField zoeknaam(Component context) {
        TextField zoeknaam = new TextField(context.getTranslation("registration.zoeknaam"));
        zoeknaam.setId("zoeknaam");
        zoeknaam.setHelperText(context.getTranslation("registration.zoeknaam.help"));
        MaxLengths.apply(zoeknaam, Registration.class, "zoeknaam");
        zoeknaam.setWidth("24em");
        return zoeknaam;
    }

    static TextArea notities(Component context) {
        TextArea notities = new TextArea(context.getTranslation("registration.notities"));
        notities.setId("notities");
        MaxLengths.apply(notities, Registration.class, "notities");
        notities.setWidthFull();
        return notities;
    }

    static RadioButtonGroup<EmailPreference> emailvoorkeur(Component context) {
        RadioButtonGroup<EmailPreference> group =
                new RadioButtonGroup<>(context.getTranslation("person.emailvoorkeur"));
        group.setId("emailvoorkeur");
        group.setItems(EmailPreference.values());
        group.setItemLabelGenerator(preference -> context.getTranslation(preference.translationKey()));
        group.setHelperText(context.getTranslation("person.emailvoorkeur.help"));
        return group;
    }

    /**
     * An e-mail field for {@code property} of {@code type}: as long as its {@code @Size} allows, and
     * "Bedoelde u …?" under a likely typo.
     */
    static TextField email(Component context, String labelKey, String id, Class<?> type, String property) {
        TextField field = text(context, labelKey, id);
        MaxLengths.apply(field, type, property);
        MailTypoHint.attach(field);
        return field;
    }

    static TextField text(Component context, String labelKey, String id) {
        TextField field = new TextField(context.getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
