package nl.klantregistratie.kvk;

/** What a KvK query gave. */
public sealed interface KvkAnswer {

    /** The KvK's Basisprofiel; {@code usedThisMonth} counts this query too. */
    record Found(KvkProfile profile, KvkUsage usage) implements KvkAnswer {}

    /** The KvK has no company with this number. */
    record Unknown(KvkUsage usage) implements KvkAnswer {}

    /** Not asked: this month's cap is reached. */
    record CapReached(KvkUsage usage) implements KvkAnswer {}

    /** No answer: unreachable, too slow, refused (a wrong key) or an answer it did not understand. */
    record Unavailable() implements KvkAnswer {}
}
