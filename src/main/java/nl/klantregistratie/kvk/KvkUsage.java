package nl.klantregistratie.kvk;

/** The queries sent to the KvK in a month ("2026-12"), and the cap. */
public record KvkUsage(String month, int used, int cap) {

    public int left() {
        return Math.max(0, cap - used);
    }
}
