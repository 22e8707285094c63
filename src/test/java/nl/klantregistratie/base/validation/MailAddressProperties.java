package nl.klantregistratie.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.jspecify.annotations.Nullable;

/**
 * The e-mail rule of docs/domain.md (Other values): every address a mail server delivers to passes,
 * a one-letter top-level domain or an IP address as domain is refused as a typo, with its own
 * message; what is no address at all keeps the general one.
 */
class MailAddressProperties {

    private static final String MALFORMED = "{validation.email}";
    private static final String DOMAIN = "{validation.email.domain}";

    /** Addresses people have, in the forms the rule must let through. */
    private static final List<String> ACCEPTED = List.of(
            "jan@example.nl",
            "Jan.Jansen@Example.NL",
            "jan+belasting@example.nl",
            "o'brien@example.ie",
            "j.p.van.den.berg@example.nl",
            "jan_jansen-2@example.nl",
            "info@mail.kantoor.example.nl",
            "info@bakkerij-de-korenschoof.nl",
            "info@123bouw.nl",
            "info@b2b.example.com",
            "info@example.amsterdam",
            "info@example.accountants",
            "info@xn--mller-kva.de",
            "info@müller.de",
            "jürgen@müller.de",
            "info@example.xn--p1ai",
            "info@пример.рф",
            "x@ab.nl",
            "a@b.co");

    /** Typos in the domain: refused with the domain message. */
    private static final List<String> TYPO_IN_DOMAIN = List.of(
            "jan@example.n",
            "jan@mail.example.l",
            "jan@192.0.2.1",
            "jan@[192.0.2.1]",
            "jan@[IPv6:2001:db8::1]",
            "jan@example.123",
            "jan@example.n1",
            "jan@localhost",
            "jan@example");

    /** No address at all: refused with the general message. */
    private static final List<String> MALFORMED_ADDRESSES = List.of(
            "geen-mail",
            "jan@",
            "@example.nl",
            "jan.example.nl",
            "jan@@example.nl",
            "jan jansen@example.nl",
            "jan..jansen@example.nl",
            "jan@exa mple.nl",
            "jan@-example.nl",
            "jan\t@example.nl",
            "jan\u202E@example.nl",
            "jan@exa\u200Bmple.nl",
            "jan\u0085@example.nl");

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterContainer
    static void close() {
        FACTORY.close();
    }

    @Example
    void addressesPeopleHavePass() {
        assertThat(ACCEPTED)
                .allSatisfy(
                        address -> assertThat(templates(address)).as(address).isEmpty());
    }

    @Example
    void aTypoInTheDomainIsRefusedWithTheDomainMessage() {
        assertThat(TYPO_IN_DOMAIN)
                .allSatisfy(
                        address -> assertThat(templates(address)).as(address).containsExactly(DOMAIN));
    }

    @Example
    void whatIsNoAddressIsRefusedWithTheGeneralMessage() {
        assertThat(MALFORMED_ADDRESSES)
                .allSatisfy(
                        address -> assertThat(templates(address)).as(address).containsExactly(MALFORMED));
    }

    @Example
    void emptyIsValid() {
        assertThat(templates(null)).isEmpty();
        assertThat(templates("")).isEmpty();
    }

    @Property
    void everyGeneratedDeliverableAddressPasses(@ForAll("deliverable") String address) {
        assertThat(templates(address)).as(address).isEmpty();
    }

    @Property
    void aOneLetterTopLevelDomainIsRefused(
            @ForAll("localParts") String local, @ForAll("labels") String label, @ForAll("letters") char tld) {
        String address = local + "@" + label + "." + tld;

        assertThat(templates(address)).as(address).containsExactly(DOMAIN);
    }

    @Property
    void anIpAddressAsDomainIsRefused(@ForAll("localParts") String local, @ForAll("ipv4") String ip) {
        assertThat(templates(local + "@" + ip)).as(ip).containsExactly(DOMAIN);
        assertThat(templates(local + "@[" + ip + "]")).as("[%s]", ip).containsExactly(DOMAIN);
    }

    @Provide
    Arbitrary<String> deliverable() {
        Arbitrary<String> domain = Combinators.combine(
                        labels().list().ofMinSize(1).ofMaxSize(3), topLevelDomains())
                .as((labels, tld) -> String.join(".", labels) + "." + tld);
        return Combinators.combine(localParts(), domain).as((local, host) -> local + "@" + host);
    }

    @Provide
    Arbitrary<String> localParts() {
        Arbitrary<String> atom = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars("+'_-")
                .ofMinLength(1)
                .ofMaxLength(12);
        return atom.list().ofMinSize(1).ofMaxSize(3).map(atoms -> String.join(".", atoms));
    }

    /** A domain label: letters and digits, hyphens inside. */
    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> alphanumeric = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .ofMinLength(1)
                .ofMaxLength(10);
        return Combinators.combine(alphanumeric, alphanumeric, Arbitraries.of("", "-", "--"))
                .as((start, end, hyphen) -> hyphen.isEmpty() ? start : start + hyphen + end);
    }

    @Provide
    Arbitrary<String> topLevelDomains() {
        return Arbitraries.oneOf(
                Arbitraries.of("nl", "be", "de", "com", "org", "eu", "frl", "amsterdam", "accountants", "xn--p1ai"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(20));
    }

    @Provide
    Arbitrary<Character> letters() {
        return Arbitraries.chars().range('a', 'z');
    }

    @Provide
    Arbitrary<String> ipv4() {
        return Arbitraries.integers()
                .between(0, 255)
                .list()
                .ofSize(4)
                .map(parts ->
                        String.join(".", parts.stream().map(String::valueOf).toList()));
    }

    private static List<String> templates(@Nullable String address) {
        return VALIDATOR.validate(new Holder(address)).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .toList();
    }

    private record Holder(@MailAddress @Nullable String email) {}
}
