package nl.klantregistratie.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryQuery;
import nl.klantregistratie.history.HistoryService;
import nl.klantregistratie.link.LinkService;
import nl.klantregistratie.link.LinkState;
import nl.klantregistratie.suggestion.LinkSuggestion;
import nl.klantregistratie.suggestion.SuggestionFixture;
import nl.klantregistratie.suggestion.SuggestionService;
import nl.klantregistratie.test.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The queries of the manager and support pages on MariaDB: the koppelingen (with the type filter),
 * the rows the suggestions read, and the history of all registrations with its filters. The same
 * behaviour on H2 is covered in detail by the services' own tests.
 */
@MariaDbTest
@WithMockUser(
        username = "beheer",
        roles = {"MEDEWERKER", "MANAGER", "SUPPORT"})
class ManagerAndSupportQueriesMariaDbTest {

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    LinkOverviewService linkOverview;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    HistoryService history;

    @Test
    void linksWithTypeFilterAndExport() {
        LinkOverviewFixture.Data data = new LinkOverviewFixture(clients, links).create();

        List<HeadOverview> all =
                linkOverview.heads(new LinkOverviewFilter(data.surname(), HeadType.ALL), PageRequest.of(0, 50));
        assertThat(all).extracting(HeadOverview::followers).containsExactlyInAnyOrder(2, 1);
        assertThat(linkOverview.heads(
                        new LinkOverviewFilter(data.surname(), HeadType.CONTACT_PERSON), PageRequest.of(0, 50)))
                .extracting(HeadOverview::id)
                .containsExactly(data.contactHead().getId());
        assertThat(linkOverview.export(new LinkOverviewFilter(data.surname(), HeadType.ALL)))
                .hasSize(2);
        assertThat(linkOverview.followersOf(data.personHead().getId())).hasSize(2);
    }

    @Test
    void suggestionsAcceptAndReject() {
        SuggestionFixture data = SuggestionFixture.create(clients);
        List<LinkSuggestion> mine = data.mine(suggestions.suggestions());
        assertThat(mine).hasSize(3);

        suggestions.reject(mine.getFirst());
        LinkSuggestion toKlant = data.mine(suggestions.suggestions()).stream()
                .filter(s -> s.head().id() == data.klant().getId())
                .findFirst()
                .orElseThrow();
        suggestions.accept(toKlant, suggestions.preview(toKlant).follower().getVersion());

        assertThat(links.state(toKlant.follower().id()).kind()).isEqualTo(LinkState.Kind.FOLLOWER);
    }

    @Test
    void historyOfAllRegistrationsWithFilters() {
        LinkOverviewFixture.Data data = new LinkOverviewFixture(clients, links).create();

        assertThat(history.search(
                        new HistoryQuery(
                                "beheer", null, null, data.followerA().getKlantnummer(), HistoryEntry.Kind.LINKED),
                        0,
                        10))
                .hasSize(1);
        assertThat(history.search(
                        new HistoryQuery(null, null, null, data.followerA().getKlantnummer(), null), 0, 10))
                .extracting(r -> r.entry().kind())
                .containsExactly(HistoryEntry.Kind.LINKED, HistoryEntry.Kind.CREATED);
    }
}
