package nl.klantregistratie.link;

import nl.klantregistratie.client.PersonRegistration;
import org.jspecify.annotations.Nullable;

/** A registration's place in the koppelingen: hoofd of N volgers, volger of a hoofd, or neither. */
public record LinkState(Kind kind, @Nullable PersonRegistration hoofd, long volgerCount) {

    public enum Kind {
        NONE,
        HOOFD,
        VOLGER
    }

    public boolean isHoofd() {
        return kind == Kind.HOOFD;
    }

    public boolean isVolger() {
        return kind == Kind.VOLGER;
    }
}
