package nl.klantregistratie.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import nl.klantregistratie.base.validation.DutchNumbers;
import nl.klantregistratie.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A postal address. Dutch addresses (land NL) follow the Dutch postcode rules; foreign ones do not.
 * Setters normalise what users type (postcode "1234ab" becomes "1234 AB", huisletter "a" becomes "A").
 */
@Embeddable
@ValidAddress
public class Address {

    public static final String NEDERLAND = "NL";

    @PlainText
    @Size(max = 100)
    @Column(length = 100)
    private @Nullable String straat;

    @Positive
    @Max(99999)
    private @Nullable Integer huisnummer;

    /** In capitals ("12A"); rows of the history written before V26 may hold a lower-case letter. */
    @Pattern(regexp = "[A-Z]?", message = "{validation.huisletter}")
    @Column(length = 1)
    private @Nullable String huisletter;

    @PlainText
    @Size(max = 6)
    @Column(length = 6)
    private @Nullable String toevoeging;

    @PlainText
    @Size(max = 10)
    @Column(length = 10)
    private @Nullable String postcode;

    @PlainText
    @Size(max = 80)
    @Column(length = 80)
    private @Nullable String plaats;

    @Pattern(regexp = "[A-Z]{2}", message = "{validation.land}")
    @Column(length = 2)
    private @Nullable String land = NEDERLAND;

    public Address() {}

    public Address(
            @Nullable String straat, @Nullable Integer huisnummer, @Nullable String postcode, @Nullable String plaats) {
        this.straat = straat;
        this.huisnummer = huisnummer;
        setPostcode(postcode);
        this.plaats = plaats;
    }

    public boolean isEmpty() {
        return huisnummer == null
                && Stream.of(straat, huisletter, toevoeging, postcode, plaats)
                        .allMatch(value -> value == null || value.isBlank());
    }

    public boolean isDutch() {
        return land == null || NEDERLAND.equals(land);
    }

    public Address copy() {
        Address copy = new Address();
        copy.straat = straat;
        copy.huisnummer = huisnummer;
        copy.huisletter = huisletter;
        copy.toevoeging = toevoeging;
        copy.postcode = postcode;
        copy.plaats = plaats;
        copy.land = land;
        return copy;
    }

    /**
     * One line: "Dorpsstraat 12A-2, 1234 AB Utrecht". The huisletter in capitals also where it was
     * stored in lower case (history rows from before V26), so the history shows no change where the
     * letter only changed case.
     */
    public String format() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder(Objects.toString(straat, ""));
        if (huisnummer != null) {
            line.append(' ').append(huisnummer);
        }
        if (huisletter != null) {
            line.append(huisletter.toUpperCase(Locale.ROOT));
        }
        if (toevoeging != null && !toevoeging.isBlank()) {
            line.append('-').append(toevoeging);
        }
        line.append(", ").append(Objects.toString(postcode, "")).append(' ').append(Objects.toString(plaats, ""));
        if (!isDutch()) {
            line.append(", ").append(Locale.of("", Objects.requireNonNull(land)).getDisplayCountry(Locale.of("nl")));
        }
        return line.toString().replaceAll("\\s+", " ").strip();
    }

    public @Nullable String getStraat() {
        return straat;
    }

    public void setStraat(@Nullable String straat) {
        this.straat = Input.clean(straat);
    }

    public @Nullable Integer getHuisnummer() {
        return huisnummer;
    }

    public void setHuisnummer(@Nullable Integer huisnummer) {
        this.huisnummer = huisnummer;
    }

    public @Nullable String getHuisletter() {
        return huisletter;
    }

    public void setHuisletter(@Nullable String huisletter) {
        String value = Input.clean(huisletter);
        this.huisletter = value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    public @Nullable String getToevoeging() {
        return toevoeging;
    }

    public void setToevoeging(@Nullable String toevoeging) {
        this.toevoeging = Input.clean(toevoeging);
    }

    public @Nullable String getPostcode() {
        return postcode;
    }

    public void setPostcode(@Nullable String postcode) {
        String value = Input.clean(postcode);
        this.postcode = value == null ? null : isDutch() ? DutchNumbers.normalizePostcode(value) : value;
    }

    public @Nullable String getPlaats() {
        return plaats;
    }

    public void setPlaats(@Nullable String plaats) {
        this.plaats = Input.clean(plaats);
    }

    public @Nullable String getLand() {
        return land;
    }

    public void setLand(@Nullable String land) {
        String value = Input.clean(land);
        this.land = value == null ? NEDERLAND : value.toUpperCase(Locale.ROOT);
        if (isDutch() && postcode != null) {
            postcode = DutchNumbers.normalizePostcode(postcode);
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Address that
                && Objects.equals(straat, that.straat)
                && Objects.equals(huisnummer, that.huisnummer)
                && Objects.equals(huisletter, that.huisletter)
                && Objects.equals(toevoeging, that.toevoeging)
                && Objects.equals(postcode, that.postcode)
                && Objects.equals(plaats, that.plaats)
                && Objects.equals(land, that.land);
    }

    @Override
    public int hashCode() {
        return Objects.hash(straat, huisnummer, huisletter, toevoeging, postcode, plaats, land);
    }
}
