package nl.klantregistratie.link;

/** A registration's place in the koppelingen: hoofd of N volgers, volger of a hoofd, or neither. */
public record LinkState(Kind kind, long followerCount) {

    public enum Kind {
        NONE,
        HEAD,
        FOLLOWER
    }

    public boolean isHead() {
        return kind == Kind.HEAD;
    }
}
