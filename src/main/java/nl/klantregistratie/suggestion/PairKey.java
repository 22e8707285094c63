package nl.klantregistratie.suggestion;

/** Two registrations in either order, as one key (the smaller id first). */
public record PairKey(long first, long second) {

    public static PairKey of(long a, long b) {
        return a <= b ? new PairKey(a, b) : new PairKey(b, a);
    }
}
