package nl.klantregistratie.link;

import nl.klantregistratie.client.PersonRegistration;
import org.jspecify.annotations.Nullable;

/** A registration's place in the koppelingen: hoofd of N volgers, volger of a hoofd, or neither. */
public record LinkState(Kind kind, @Nullable PersonRegistration head, long followerCount) {

    public enum Kind {
        NONE,
        HEAD,
        FOLLOWER
    }

    public boolean isHead() {
        return kind == Kind.HEAD;
    }

    public boolean isFollower() {
        return kind == Kind.FOLLOWER;
    }
}
