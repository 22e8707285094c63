package nl.klantregistratie.portal;

/** A key just created: the stored record and the key itself, which is shown this once and never again. */
public record NewApiKey(ApiKey apiKey, String key) {

    @Override
    public String toString() {
        return "NewApiKey[" + apiKey + "]"; // never the key itself
    }
}
