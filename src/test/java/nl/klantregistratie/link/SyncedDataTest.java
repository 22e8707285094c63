package nl.klantregistratie.link;

import static org.assertj.core.api.Assertions.assertThat;

import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.history.HistoryEntry.FieldChange;
import org.junit.jupiter.api.Test;

/** The preview before linking lists what a user would see change, and nothing else (docs/domain.md R4). */
class SyncedDataTest {

    @Test
    void aCorrespondentieadresThatIsNotUsedIsNoChange() {
        PersonalData follower = data("Dorpsstraat", new Address("Oude Postbus", 1, "1000 AA", "Amsterdam"));
        PersonalData head = data("Dorpsstraat", new Address());

        assertThat(SyncedData.differences(follower, head)).isEmpty();
    }

    @Test
    void anOwnCorrespondentieadresIsShownWhenItChanges() {
        PersonalData follower = data("Dorpsstraat", new Address());
        PersonalData head = data("Dorpsstraat", new Address("Postbus", 12, "3500 AA", "Utrecht"));
        head.setCorrespondentieZelfdeAlsWoonadres(false);

        assertThat(SyncedData.differences(follower, head))
                .extracting(FieldChange::fieldKey)
                .containsExactly("person.correspondentieZelfde", "person.correspondentieadres");
    }

    private static PersonalData data(String straat, Address correspondentie) {
        PersonalData data = new PersonalData();
        data.setAchternaam("Jansen");
        data.setWoonadres(new Address(straat, 1, "1234 AB", "Utrecht"));
        data.setCorrespondentieZelfdeAlsWoonadres(true);
        data.setCorrespondentieadres(correspondentie);
        return data;
    }
}
