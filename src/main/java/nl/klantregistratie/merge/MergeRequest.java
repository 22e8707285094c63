package nl.klantregistratie.merge;

import java.util.List;
import java.util.Map;

/**
 * Samenvoegen as the user confirmed it: the survivor, the registrations merged into it, the version
 * of each as the user saw it (a colleague's change since refuses the merge, R17) and the
 * registration chosen per field (label key → registration id; a field not named keeps the default).
 */
public record MergeRequest(long survivorId, List<Long> mergedIds, Map<Long, Long> versions, Map<String, Long> choices) {

    public MergeRequest {
        mergedIds = List.copyOf(mergedIds);
        versions = Map.copyOf(versions);
        choices = Map.copyOf(choices);
    }
}
