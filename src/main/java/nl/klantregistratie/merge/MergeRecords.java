package nl.klantregistratie.merge;

import java.time.Instant;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.MergeRefusedException;
import nl.klantregistratie.client.RegistrationEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A registration with merged records in it is not deleted while one of its merges can still be
 * undone: the records are kept for that undo (M7). Any user's delete passes here, so this is not
 * behind the merge's own roles.
 */
@Component
class MergeRecords {

    private final MergeRepository merges;
    private final MergeSettings settings;

    MergeRecords(MergeRepository merges, MergeSettings settings) {
        this.merges = merges;
        this.settings = settings;
    }

    @EventListener
    void onDeleting(RegistrationEvents.Deleting event) {
        Instant now = Instant.now();
        merges.findOpenInto(event.registration().getId()).stream()
                .map(merge -> merge.getMergedAt().plus(settings.undoPeriod()))
                .filter(now::isBefore)
                .max(Instant::compareTo)
                .ifPresent(until -> {
                    throw new MergeRefusedException("merge.delete.survivor", OfficeTime.format(until));
                });
    }
}
