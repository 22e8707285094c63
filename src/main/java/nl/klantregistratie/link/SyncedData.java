package nl.klantregistratie.link;

import java.util.List;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.history.HistoryEntry;
import nl.klantregistratie.history.HistoryFields;

/**
 * What a volger receives from its hoofd: the hoofd's privé gegevens, without the privé e-mail when
 * the hoofd's e-mailvoorkeur is ZAKELIJK (docs/domain.md R8). And the field-by-field difference between
 * two sets of privé gegevens, for the preview before linking (the same fields and formats as the
 * history).
 */
public final class SyncedData {

    private SyncedData() {}

    /** The privé gegevens a volger of this hoofd must hold. */
    public static PersonalData of(PersonRegistration head) {
        PersonalData data = head.getPersonal().copy();
        if (head.getEmailvoorkeur() == EmailPreference.ZAKELIJK) {
            data.setPriveEmail(null);
        }
        return data;
    }

    /** The fields whose values differ, in form order, as the history shows them. */
    public static List<HistoryEntry.FieldChange> differences(PersonalData before, PersonalData after) {
        return HistoryFields.personalDataChanges(before, after);
    }
}
