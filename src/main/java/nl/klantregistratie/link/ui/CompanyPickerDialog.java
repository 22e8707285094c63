package nl.klantregistratie.link.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.function.Consumer;
import nl.klantregistratie.client.ClientSearch;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationSummary;
import org.springframework.data.domain.PageRequest;

/** "Aanmaken → Gekoppelde contactpersoon", step one: at which klant-bedrijf (docs/domain.md R7). */
class CompanyPickerDialog extends Dialog {

    CompanyPickerDialog(ClientService clients, String headName, Consumer<RegistrationSummary> onChosen) {
        setId("company-picker");
        setHeaderTitle(getTranslation("link.create.title", headName));
        setWidth("36em");
        ComboBox<RegistrationSummary> company = new ComboBox<>(getTranslation("contact.company"));
        company.setId("company-picker-company");
        company.setWidthFull();
        company.setItemLabelGenerator(summary -> summary.naam() + " (" + summary.klantnummer() + ")"
                + (summary.plaats() == null ? "" : ", " + summary.plaats()));
        company.setItems(query -> clients
                .search(
                        new ClientSearch(query.getFilter().orElse(""), EnumSet.of(RegistrationKind.BEDRIJF)),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        Button verder = new Button(getTranslation("link.dialog.verder"), e -> {
            if (company.getValue() == null) {
                company.setErrorMessage(getTranslation("validation.company"));
                company.setInvalid(true);
                return;
            }
            close();
            onChosen.accept(company.getValue());
        });
        verder.setId("company-picker-verder");
        verder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new Paragraph(getTranslation("link.create.intro")), company);
        getFooter().add(cancel, verder);
    }
}
