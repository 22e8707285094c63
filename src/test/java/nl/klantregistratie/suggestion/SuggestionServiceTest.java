package nl.klantregistratie.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.RegistrationChangedException;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.link.LinkPreview;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.LinkState;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Suggestions from the database; accept links through the link rules, reject remembers; roles. */
class SuggestionServiceTest extends KaribuTest {

    @Autowired
    SuggestionService suggestions;

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    SuggestionFixture data;

    @BeforeEach
    void data() {
        login(Role.MANAGER);
        data = SuggestionFixture.create(clients);
    }

    @Test
    void suggestsTheContactpersonenWithTheKlantPersoonAsHeadAndEachOther() {
        List<LinkSuggestion> mine = data.mine(suggestions.suggestions());

        assertThat(mine)
                .extracting(LinkSuggestion::pair)
                .containsExactlyInAnyOrder(
                        PairKey.of(data.klant().getId(), data.contact().getId()),
                        PairKey.of(data.klant().getId(), data.typo().getId()),
                        PairKey.of(data.contact().getId(), data.typo().getId()));
        assertThat(mine)
                .filteredOn(s -> s.follower().id() == data.contact().getId()
                        && s.head().id() == data.klant().getId())
                .singleElement()
                .satisfies(s -> assertThat(s.matches())
                        .extracting(MatchField.Match::field)
                        .contains(MatchField.ACHTERNAAM, MatchField.VOORNAAM, MatchField.GEBOORTEDATUM));
    }

    @Test
    void acceptingLinksTheFollowerToTheProposedHeadAndItIsNoLongerSuggested() {
        LinkSuggestion suggestion = data.mine(suggestions.suggestions()).stream()
                .filter(s -> s.follower().id() == data.contact().getId()
                        && s.head().id() == data.klant().getId())
                .findFirst()
                .orElseThrow();
        LinkPreview preview = suggestions.preview(suggestion);
        assertThat(preview.head().getId()).isEqualTo(data.klant().getId());

        suggestions.accept(suggestion, preview.follower().getVersion());

        LinkState state = links.state(data.contact().getId());
        assertThat(state.kind()).isEqualTo(LinkState.Kind.FOLLOWER);
        assertThat(clients.getContact(data.contact().getId()).getHead().getId())
                .isEqualTo(data.klant().getId());
        assertThat(data.mine(suggestions.suggestions()))
                .extracting(s -> s.follower().id())
                .doesNotContain(data.contact().getId());
    }

    @Test
    void acceptsManyAtOnceAndReportsTheOnesTheRulesRefuse() {
        List<LinkSuggestion> mine = data.mine(suggestions.suggestions());
        LinkSuggestion toKlantA = mine.stream()
                .filter(s -> s.follower().id() == data.contact().getId()
                        && s.head().id() == data.klant().getId())
                .findFirst()
                .orElseThrow();
        LinkSuggestion toKlantB = mine.stream()
                .filter(s -> s.follower().id() == data.typo().getId()
                        && s.head().id() == data.klant().getId())
                .findFirst()
                .orElseThrow();
        LinkSuggestion contactToContact = mine.stream()
                .filter(s -> s.head().id() != data.klant().getId())
                .findFirst()
                .orElseThrow();

        List<SuggestionService.Refusal> refused = suggestions.acceptAll(List.of(toKlantA, toKlantB, contactToContact));

        assertThat(refused).hasSize(1);
        assertThat(refused.getFirst().suggestion()).isEqualTo(contactToContact);
        assertThat(links.state(data.klant().getId()).followerCount()).isEqualTo(2);
        assertThat(data.mine(suggestions.suggestions())).isEmpty();
    }

    @Test
    void aFollowerChangedSinceThePreviewIsNotLinked_R17() {
        LinkSuggestion suggestion = data.mine(suggestions.suggestions()).stream()
                .filter(s -> s.follower().id() == data.contact().getId()
                        && s.head().id() == data.klant().getId())
                .findFirst()
                .orElseThrow();
        long shown = suggestions.preview(suggestion).follower().getVersion();
        ContactPerson changed = clients.getContact(data.contact().getId()); // a colleague, meanwhile
        changed.getBusiness().setFunctie("Controller");
        clients.save(changed);

        assertThatThrownBy(() -> suggestions.accept(suggestion, shown))
                .isInstanceOf(RegistrationChangedException.class);
        assertThat(links.state(data.contact().getId()).kind()).isNotEqualTo(LinkState.Kind.FOLLOWER);
    }

    @Test
    void acceptingManyRefusesAFollowerChangedSinceTheListWasRead_R17() {
        LinkSuggestion suggestion = data.mine(suggestions.suggestions()).stream()
                .filter(s -> s.follower().id() == data.contact().getId()
                        && s.head().id() == data.klant().getId())
                .findFirst()
                .orElseThrow();
        ContactPerson changed = clients.getContact(data.contact().getId()); // a colleague, meanwhile
        changed.getPersonal()
                .setGeboortedatum(changed.getPersonal().getGeboortedatum().plusDays(1));
        clients.save(changed);

        List<SuggestionService.Refusal> refused = suggestions.acceptAll(List.of(suggestion));

        assertThat(refused)
                .singleElement()
                .satisfies(refusal -> assertThat(refusal.reason()).isInstanceOf(RegistrationChangedException.class));
        assertThat(links.state(data.contact().getId()).kind()).isNotEqualTo(LinkState.Kind.FOLLOWER);
    }

    @Test
    void acceptingManyLeavesAFollowerThatIsItselfHeadForReviewOnItsOwn_R3() {
        LinkSuggestion toKlant = data.mine(suggestions.suggestions()).stream()
                .filter(s -> s.follower().id() == data.contact().getId()
                        && s.head().id() == data.klant().getId())
                .findFirst()
                .orElseThrow();
        ContactPerson follower = clients.save(TestData.contact(
                clients.getContact(data.contact().getId()).getCompany(), "Volger" + data.surname(), "V."));
        links.link(follower.getId(), follower.getVersion(), data.contact().getId());

        List<SuggestionService.Refusal> refused = suggestions.acceptAll(List.of(toKlant));

        assertThat(refused)
                .singleElement()
                .satisfies(refusal ->
                        assertThat(refusal.reason().getMessageKey()).isEqualTo("suggestion.refused.hasfollowers"));
        assertThat(links.state(data.contact().getId()).isHead()).isTrue();
        assertThat(clients.getContact(follower.getId()).getHead().getId())
                .isEqualTo(data.contact().getId());
    }

    @Test
    void aRejectedSuggestionDoesNotComeBack() {
        LinkSuggestion rejected = data.mine(suggestions.suggestions()).getFirst();

        suggestions.reject(rejected);
        suggestions.reject(rejected);

        assertThat(data.mine(suggestions.suggestions()))
                .extracting(LinkSuggestion::pair)
                .hasSize(2)
                .doesNotContain(rejected.pair());
    }

    @Test
    void theSamePersonTwiceAtOneKlantBedrijfIsProposedForMergingAndARejectionHolds_M2() {
        ContactPerson again = TestData.contact(data.contact().getCompany(), data.surname(), "M.");
        again.getPersonal().setGeboortedatum(data.contact().getPersonal().getGeboortedatum());
        long againId = clients.save(again).getId();

        MergeSuggestion proposal = suggestions.mergeSuggestions().stream()
                .filter(s -> s.members().stream().anyMatch(m -> m.id() == againId))
                .findFirst()
                .orElseThrow();

        assertThat(proposal.kind()).isEqualTo(RegistrationKind.CONTACT);
        assertThat(proposal.members())
                .extracting(MergeSuggestion.Member::id)
                .containsExactly(data.contact().getId(), againId);
        assertThat(data.mine(suggestions.suggestions()))
                .extracting(LinkSuggestion::pair)
                .doesNotContain(PairKey.of(data.contact().getId(), againId));
        suggestions.reject(proposal);
        assertThat(suggestions.mergeSuggestions())
                .noneMatch(s -> s.members().stream().anyMatch(m -> m.id() == againId));
    }

    @Test
    void medewerkerCannotCallTheService() {
        LinkSuggestion any = data.mine(suggestions.suggestions()).getFirst();
        login(Role.MEDEWERKER);
        assertThatThrownBy(() -> suggestions.suggestions()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> suggestions.mergeSuggestions()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> suggestions.accept(any, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> suggestions.acceptAll(List.of(any))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> suggestions.reject(any)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> suggestions.preview(any)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
