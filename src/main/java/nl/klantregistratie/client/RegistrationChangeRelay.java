package nl.klantregistratie.client;

import nl.klantregistratie.base.ChangeBroadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Passes committed registration changes on to the open screens; nothing is announced that rolled back. */
@Component
class RegistrationChangeRelay {

    private final ChangeBroadcaster broadcaster;

    RegistrationChangeRelay(ChangeBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(RegistrationEvents.Changed event) {
        broadcaster.changed(event.ids());
    }
}
