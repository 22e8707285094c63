package nl.klantregistratie.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryRecord;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.shell.AccessDeniedView;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The Historie page for support staff: filters, before → after, closed to other roles. */
class HistoryViewTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    @SuppressWarnings("unchecked")
    private static Grid<HistoryRecord> grid() {
        return _get(Grid.class, spec -> spec.withId("history-grid"));
    }

    private ClientPerson changedPerson() {
        login(Role.MEDEWERKER);
        String surname = "Hist" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientPerson person = clients.save(TestData.person(surname, "A.", null));
        ClientPerson changed = clients.getPerson(person.getId());
        changed.getPersonal().setAchternaam(surname + "x");
        return clients.save(changed);
    }

    @Test
    @SuppressWarnings("unchecked")
    void supportFiltersByKlantnummerAndKindAndSeesBeforeAndAfter() {
        ClientPerson person = changedPerson();
        login(Role.SUPPORT);
        navigate("historie");

        UserInput.setValue(
                _get(TextField.class, spec -> spec.withId("historyview-klantnummer")),
                String.valueOf(person.getKlantnummer()));
        assertThat(GridKt._size(grid())).isEqualTo(2);

        UserInput.setValue(_get(Select.class, spec -> spec.withId("historyview-kind")), HistoryEntry.Kind.CHANGED);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        String row = String.join("|", GridKt._getFormattedRow(grid(), 0));
        String surname = person.getPersonal().getAchternaam();
        assertThat(row).contains("Mila Medewerker", "Gewijzigd");
        assertThat(BasicUtilsKt.get_textRecursively(GridKt._getCellComponent(grid(), 0, "changes")))
                .contains("Achternaam: " + surname.substring(0, surname.length() - 1) + " → " + surname);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByUserAndPeriod() {
        ClientPerson person = changedPerson();
        login(Role.SUPPORT);
        navigate("historie");
        UserInput.setValue(
                _get(TextField.class, spec -> spec.withId("historyview-klantnummer")),
                String.valueOf(person.getKlantnummer()));

        UserInput.setValue(_get(ComboBox.class, spec -> spec.withId("historyview-user")), "manager");
        assertThat(GridKt._size(grid())).isZero();
        UserInput.setValue(_get(ComboBox.class, spec -> spec.withId("historyview-user")), "medewerker");
        assertThat(GridKt._size(grid())).isEqualTo(2);

        UserInput.setValue(
                _get(DatePicker.class, spec -> spec.withId("historyview-from")),
                LocalDate.now(OfficeTime.ZONE).plusDays(1));
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void badInputIsShownNextToTheFieldAndKept() {
        login(Role.SUPPORT);
        navigate("historie");
        TextField klantnummer = _get(TextField.class, spec -> spec.withId("historyview-klantnummer"));

        UserInput.setValue(klantnummer, "12a");

        assertThat(klantnummer.isInvalid()).isTrue();
        assertThat(klantnummer.getErrorMessage()).isEqualTo("Een klantnummer bestaat alleen uit cijfers.");
        assertThat(klantnummer.getValue()).isEqualTo("12a");

        DatePicker from = _get(DatePicker.class, spec -> spec.withId("historyview-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("historyview-to"));
        UserInput.setValue(from, LocalDate.of(2026, 5, 2));
        UserInput.setValue(to, LocalDate.of(2026, 5, 1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("De einddatum ligt vóór de begindatum.");
        assertThat(to.getValue()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MEDEWERKER", "MANAGER"})
    void otherRolesGetNoAccessAndNoMenuEntry(Role role) {
        login(role);
        navigate("historie");
        assertThat(_find(HistoryView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Historie");
    }
}
