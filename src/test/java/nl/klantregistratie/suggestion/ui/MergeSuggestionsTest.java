package nl.klantregistratie.suggestion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.suggestion.MergeSuggestion;
import nl.klantregistratie.test.KaribuTest;
import nl.klantregistratie.test.UserInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The merge proposals beside the link suggestions (docs/domain.md M2): a klant-persoon registered
 * twice is proposed, with why; "Samenvoegen…" opens Samenvoegen's side-by-side view with the older
 * one as survivor and merges; "Geen dubbel" keeps the pair away for good.
 */
class MergeSuggestionsTest extends KaribuTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ClientService clients;

    private ClientPerson first;
    private ClientPerson second;

    @BeforeEach
    void aPersonRegisteredTwice() {
        login(Role.MANAGER);
        String surname = "Tweemaal" + TestData.uniqueSuffix(RUN.incrementAndGet());
        first = clients.save(person(surname, "Dorpsstraat"));
        second = clients.save(person(surname, "Kerkstraat"));
        openMergeTab();
    }

    private void openMergeTab() {
        navigate("koppelvoorstellen");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> kind = _get(RadioButtonGroup.class, spec -> spec.withId("suggestion-kind"));
        UserInput.setValue(kind, "merges");
    }

    @Test
    void theProposalShowsWhyAndMergesThroughTheSideBySideView() {
        MergeSuggestion proposal = mine();
        int row = items().indexOf(proposal);
        assertThat(proposal.members())
                .extracting(MergeSuggestion.Member::id)
                .containsExactly(first.getId(), second.getId());
        assertThat(String.join("|", GridKt._getFormattedRow(grid(), row)))
                .contains("Klant-persoon", "Achternaam (gelijk)", "Geboortedatum (gelijk)");

        grid().select(proposal);
        _click(_get(Button.class, spec -> spec.withId("merge-suggestion-review")));
        assertThat(_find(Grid.class, spec -> spec.withId("merge-fields"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("merge-confirm")));

        assertThat(clients.get(second.getId()).getMergedIntoId()).isEqualTo(first.getId());
        assertThat(items()).doesNotContain(proposal);
    }

    @Test
    void aRejectedProposalDoesNotComeBack() {
        grid().select(mine());
        _click(_get(Button.class, spec -> spec.withId("merge-suggestion-reject")));

        openMergeTab();
        assertThat(items()).noneMatch(this::isMine);
        assertThat(clients.get(second.getId()).isMerged()).isFalse();
    }

    private MergeSuggestion mine() {
        return items().stream().filter(this::isMine).findFirst().orElseThrow();
    }

    private boolean isMine(MergeSuggestion suggestion) {
        return suggestion.members().stream().anyMatch(member -> member.id() == second.getId());
    }

    @SuppressWarnings("unchecked")
    private static Grid<MergeSuggestion> grid() {
        return _get(Grid.class, spec -> spec.withId("merge-suggestions-grid"));
    }

    private static List<MergeSuggestion> items() {
        return grid().getGenericDataView().getItems().toList();
    }

    private static ClientPerson person(String surname, String straat) {
        ClientPerson person = TestData.person(surname, "T.", null);
        person.getPersonal().setVoornamen("Tessa");
        person.getPersonal().setGeboortedatum(LocalDate.of(1981, 2, 3));
        person.getPersonal().setWoonadres(new Address(straat, 3, "3511 AB", "Utrecht"));
        return person;
    }
}
