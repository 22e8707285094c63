package nl.klantregistratie.link;

import java.util.List;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.history.HistoryEntry;
import org.jspecify.annotations.Nullable;

/**
 * What linking a volger to a hoofd would do, shown before "Verder": the privé gegevens that change
 * (old → new), whether the chosen hoofd is a contactpersoon (docs/domain.md R2 advises a klant-persoon,
 * and names one that looks like the same person), and which volgers of the volger move along (R3).
 */
public record LinkPreview(
        ContactPerson follower,
        PersonRegistration head,
        List<HistoryEntry.FieldChange> changes,
        boolean headIsContactPerson,
        @Nullable ClientPerson suggestedHead,
        List<ContactPerson> followersToMove) {}
