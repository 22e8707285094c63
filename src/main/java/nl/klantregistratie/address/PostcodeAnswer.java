package nl.klantregistratie.address;

/** What the lookup says about a postcode and huisnummer. */
public sealed interface PostcodeAnswer {

    /** The BAG knows the address. */
    record Found(String straat, String plaats) implements PostcodeAnswer {}

    /** The BAG has no address with this postcode and huisnummer. */
    record Unknown() implements PostcodeAnswer {}

    /** No answer: switched off, unreachable, too slow, or an answer it did not understand. */
    record Unavailable() implements PostcodeAnswer {}
}
