package nl.klantregistratie.suggestion;

/** Two registrations in either order, as one key (the smaller id first). */
public record PairKey(long first, long second) {

    public static PairKey of(long a, long b) {
        return a <= b ? new PairKey(a, b) : new PairKey(b, a);
    }

    /** Spread over the table: the record's own hash (31 × first + second) makes many neighbours collide. */
    @Override
    public int hashCode() {
        return Long.hashCode((first * 0x9E3779B97F4A7C15L) ^ second);
    }
}
