package nl.klantregistratie.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.TestData;
import nl.klantregistratie.correspondence.HiddenAddress.Reason;
import nl.klantregistratie.link.LinkService;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The pick list of a new e-mail (docs/domain.md R8–R10) for every combination of hoofd preference,
 * volger preference and privé address present or absent; filing in the right klantdossier; refusals.
 * Runs on H2 ({@link CorrespondenceServiceTest}) and MariaDB ({@link CorrespondenceServiceMariaDbTest}).
 * Without a mail server configured, messages are stored as not sent, with the reason.
 */
@WithMockUser(username = "medewerker", roles = "MEDEWERKER")
abstract class CorrespondenceServiceContract {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String PRIVE = "kees@thuis.nl";
    private static final String HEAD_ZAKELIJK = "kees@eigenzaak.nl";
    private static final String FOLLOWER_ZAKELIJK = "k.bakker@bouwbedrijf.nl";

    @Autowired
    ClientService clients;

    @Autowired
    LinkService links;

    @Autowired
    CorrespondenceService correspondence;

    static Stream<Arguments> combinations() {
        return Stream.of(EmailPreference.values())
                .flatMap(head -> Stream.of(EmailPreference.values())
                        .flatMap(follower ->
                                Stream.of(true, false).map(present -> Arguments.of(head, follower, present))));
    }

    /** Mail to the hoofd: its privé address only when it prefers PRIVE (R8); otherwise a hint (R10). */
    @ParameterizedTest(name = "hoofd {0}, volger {1}, privé e-mail present: {2}")
    @MethodSource("combinations")
    void pickListForTheHead(EmailPreference headPreference, EmailPreference followerPreference, boolean present) {
        Linked linked = linked(headPreference, followerPreference, present);

        MailAddresses addresses = correspondence.addresses(linked.head().getId());

        List<AddressOption> expected = new ArrayList<>();
        expected.add(new AddressOption(
                linked.head().getId(), linked.head().getDisplayName(), HEAD_ZAKELIJK, AddressKind.ZAKELIJK));
        if (present && headPreference == EmailPreference.PRIVE) {
            expected.add(
                    new AddressOption(linked.head().getId(), linked.head().getDisplayName(), PRIVE, AddressKind.PRIVE));
        }
        assertThat(addresses.options()).containsExactlyElementsOf(expected);
        assertThat(addresses.hidden())
                .extracting(HiddenAddress::reason)
                .containsExactlyElementsOf(
                        present && headPreference == EmailPreference.ZAKELIJK
                                ? List.of(Reason.PREFERS_ZAKELIJK)
                                : List.of());
    }

    /**
     * Mail to the volger: the inherited privé address only when the hoofd passes it on (R8) and the
     * volger prefers PRIVE (R9); a hint names the rule that hides it (R10).
     */
    @ParameterizedTest(name = "hoofd {0}, volger {1}, privé e-mail present: {2}")
    @MethodSource("combinations")
    void pickListForTheFollower(EmailPreference headPreference, EmailPreference followerPreference, boolean present) {
        Linked linked = linked(headPreference, followerPreference, present);
        ContactPerson follower = linked.follower();

        MailAddresses addresses = correspondence.addresses(follower.getId());

        boolean offered =
                present && headPreference == EmailPreference.PRIVE && followerPreference == EmailPreference.PRIVE;
        List<AddressOption> expected = new ArrayList<>();
        expected.add(new AddressOption(
                follower.getId(), follower.getDisplayName(), FOLLOWER_ZAKELIJK, AddressKind.ZAKELIJK));
        if (offered) {
            expected.add(new AddressOption(follower.getId(), follower.getDisplayName(), PRIVE, AddressKind.PRIVE));
        }
        assertThat(addresses.options()).containsExactlyElementsOf(expected);
        List<HiddenAddress> expectedHidden = !present || offered
                ? List.of()
                : headPreference == EmailPreference.ZAKELIJK
                        ? List.of(new HiddenAddress(
                                follower.getId(),
                                follower.getDisplayName(),
                                Reason.HEAD_PREFERS_ZAKELIJK,
                                linked.head().getDisplayName()))
                        : List.of(new HiddenAddress(
                                follower.getId(), follower.getDisplayName(), Reason.PREFERS_ZAKELIJK, ""));
        assertThat(addresses.hidden()).containsExactlyElementsOf(expectedHidden);
    }

    /** A klant-bedrijf: its general address, then what each contactpersoon allows, with their hints. */
    @Test
    void pickListForAKlantBedrijf() {
        Linked linked = linked(EmailPreference.PRIVE, EmailPreference.ZAKELIJK, true);
        ClientCompany company = linked.company();
        ContactPerson plain = TestData.contact(company, "Visser", "E.");
        plain.getPersonal().setPriveEmail("e.visser@thuis.nl");
        plain.setEmailvoorkeur(EmailPreference.PRIVE);
        plain = clients.save(plain);

        MailAddresses addresses = correspondence.addresses(company.getId());

        assertThat(addresses.options())
                .extracting(AddressOption::recipientId, AddressOption::address, AddressOption::kind)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(company.getId(), "info@bouwbedrijf.nl", AddressKind.ALGEMEEN),
                        Tuple.tuple(linked.follower().getId(), FOLLOWER_ZAKELIJK, AddressKind.ZAKELIJK),
                        Tuple.tuple(plain.getId(), "e.visser@thuis.nl", AddressKind.PRIVE));
        assertThat(addresses.options().getFirst().kind()).isEqualTo(AddressKind.ALGEMEEN);
        assertThat(addresses.hidden())
                .extracting(HiddenAddress::recipientId, HiddenAddress::reason)
                .containsExactly(Tuple.tuple(linked.follower().getId(), Reason.PREFERS_ZAKELIJK));
    }

    @Test
    void aPlainContactpersoonFollowsItsOwnPreference() {
        Linked linked = linked(EmailPreference.PRIVE, EmailPreference.PRIVE, false);
        ContactPerson plain = TestData.contact(linked.company(), "Smit", "A.");
        plain.getPersonal().setPriveEmail("a.smit@thuis.nl");
        plain = clients.save(plain);

        MailAddresses addresses = correspondence.addresses(plain.getId());

        assertThat(addresses.options()).isEmpty();
        assertThat(addresses.hidden()).extracting(HiddenAddress::reason).containsExactly(Reason.PREFERS_ZAKELIJK);
    }

    @Test
    void mailToAContactpersoonIsFiledInItsKlantBedrijfsDossier() {
        Linked linked = linked(EmailPreference.PRIVE, EmailPreference.PRIVE, true);
        AddressOption prive = option(linked.follower().getId(), PRIVE);

        Correspondence filed = correspondence.send(
                linked.follower().getId(),
                TestMail.draft(prive, "Jaarrekening 2026", "Beste Kees,\n\nBijgaand de jaarrekening."));

        assertThat(filed.getDossierId()).isEqualTo(linked.company().getId());
        assertThat(filed.getDossierKlantnummer()).isEqualTo(linked.company().getKlantnummer());
        assertThat(filed.getRecipientId()).isEqualTo(linked.follower().getId());
        assertThat(filed.getRecipientName()).isEqualTo(linked.follower().getDisplayName());
        assertThat(filed.getToAddress()).isEqualTo(PRIVE);
        assertThat(filed.getAddressKind()).isEqualTo(AddressKind.PRIVE);
        assertThat(filed.getSubject()).isEqualTo("Jaarrekening 2026");
        assertThat(filed.getBody()).isEqualTo("Beste Kees,\n\nBijgaand de jaarrekening.");
        assertThat(filed.getSentBy()).isEqualTo("medewerker");
        assertThat(filed.getCreatedAt()).isNotNull();
        assertThat(correspondence.correspondenceOf(linked.company().getId(), FIRST_PAGE))
                .extracting(Correspondence::getId)
                .containsExactly(filed.getId());
        assertThat(correspondence.correspondenceOf(linked.follower().getId(), FIRST_PAGE))
                .extracting(Correspondence::getId)
                .containsExactly(filed.getId());
        assertThat(correspondence.correspondenceOf(linked.head().getId(), FIRST_PAGE))
                .isEmpty();
    }

    @Test
    void mailToAKlantPersoonIsFiledInItsOwnDossierNewestFirst() {
        Linked linked = linked(EmailPreference.PRIVE, EmailPreference.PRIVE, true);
        long headId = linked.head().getId();

        Correspondence first =
                correspondence.send(headId, TestMail.draft(option(headId, HEAD_ZAKELIJK), "Eerste", "Een"));
        Correspondence second = correspondence.send(headId, TestMail.draft(option(headId, PRIVE), "Tweede", "Twee"));

        assertThat(first.getDossierId()).isEqualTo(headId);
        assertThat(correspondence.correspondenceOf(headId, FIRST_PAGE))
                .extracting(Correspondence::getSubject)
                .containsExactly("Tweede", "Eerste");
        assertThat(correspondence.correspondenceOf(headId, PageRequest.of(1, 1)))
                .extracting(Correspondence::getSubject)
                .containsExactly("Eerste");
        assertThat(correspondence.countCorrespondenceOf(headId)).isEqualTo(2);
    }

    @Test
    void mailFromTheCompanyCardToAContactpersoonGoesToTheCompanyDossierWithThatRecipient() {
        Linked linked = linked(EmailPreference.PRIVE, EmailPreference.PRIVE, true);

        Correspondence filed = correspondence.send(
                linked.company().getId(),
                TestMail.draft(option(linked.follower().getId(), FOLLOWER_ZAKELIJK), "Offerte", "Zie bijlage"));
        Correspondence general = correspondence.send(
                linked.company().getId(),
                TestMail.draft(option(linked.company().getId(), "info@bouwbedrijf.nl"), "Algemeen", "Tekst"));

        assertThat(filed.getDossierId()).isEqualTo(linked.company().getId());
        assertThat(filed.getRecipientId()).isEqualTo(linked.follower().getId());
        assertThat(general.getRecipientId()).isEqualTo(linked.company().getId());
        assertThat(general.getAddressKind()).isEqualTo(AddressKind.ALGEMEEN);
        assertThat(correspondence.correspondenceOf(linked.follower().getId(), FIRST_PAGE))
                .extracting(Correspondence::getSubject)
                .containsExactly("Offerte");
    }

    @Test
    void withoutAMailServerTheMessageIsStoredAsNotSentWithTheReason() {
        Linked linked = linked(EmailPreference.PRIVE, EmailPreference.PRIVE, true);

        Correspondence filed = correspondence.send(
                linked.head().getId(), TestMail.draft(option(linked.head().getId(), PRIVE), "Onderwerp", "Tekst"));

        assertThat(filed.getStatus()).isEqualTo(MailStatus.NIET_VERZONDEN);
        assertThat(filed.getFailureKey()).isEqualTo("mail.failure.notconfigured");
        assertThat(filed.getSentAt()).isNull();
        assertThat(correspondence
                        .correspondenceOf(linked.head().getId(), FIRST_PAGE)
                        .getFirst()
                        .getStatus())
                .isEqualTo(MailStatus.NIET_VERZONDEN);
    }

    /** R8/R9 hold in the service: a hidden privé address cannot be used, whatever the caller sends. */
    @Test
    void aHiddenAddressIsRefused() {
        Linked linked = linked(EmailPreference.ZAKELIJK, EmailPreference.PRIVE, true);
        long followerId = linked.follower().getId();
        AddressOption forged =
                new AddressOption(followerId, linked.follower().getDisplayName(), PRIVE, AddressKind.PRIVE);

        assertThatThrownBy(() -> correspondence.send(followerId, TestMail.draft(forged, "Onderwerp", "Tekst")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("mail.address.notallowed"));
        AddressOption otherRegistration =
                new AddressOption(linked.head().getId(), "x", HEAD_ZAKELIJK, AddressKind.ZAKELIJK);
        assertThatThrownBy(
                        () -> correspondence.send(followerId, TestMail.draft(otherRegistration, "Onderwerp", "Tekst")))
                .isInstanceOf(DomainException.class);
        assertThat(correspondence.correspondenceOf(linked.company().getId(), FIRST_PAGE))
                .isEmpty();
    }

    @Test
    void missingInputIsRefusedWithTheFieldsItConcerns() {
        Linked linked = linked(EmailPreference.PRIVE, EmailPreference.PRIVE, true);

        assertThatThrownBy(() -> correspondence.send(linked.head().getId(), TestMail.draft(null, " ", null)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations().stream()
                                        .map(ConstraintViolation::getPropertyPath)
                                        .map(Object::toString))
                                .containsExactlyInAnyOrder("toAddress", "subject", "body"));
        assertThat(correspondence.correspondenceOf(linked.head().getId(), FIRST_PAGE))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "anoniem", roles = "GEEN")
    void onlyStaffComposeCorrespondence() {
        assertThatThrownBy(() -> correspondence.addresses(1L)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private AddressOption option(long recipientId, String address) {
        return new AddressOption(recipientId, "", address, AddressKind.ZAKELIJK);
    }

    record Linked(ClientPerson head, ContactPerson follower, ClientCompany company) {}

    /** A klant-persoon (hoofd) and a contactpersoon at a klant-bedrijf that follows it. */
    private Linked linked(EmailPreference headPreference, EmailPreference followerPreference, boolean priveEmail) {
        String surname = "Bakker" + TestData.uniqueSuffix(RUN.incrementAndGet());
        ClientCompany company = TestData.company("Bouwbedrijf " + surname + " B.V.");
        company.setEmail("info@bouwbedrijf.nl");
        company = clients.save(company);
        ClientPerson person = TestData.person(surname, "K.", null);
        person.setZakelijkEmail(HEAD_ZAKELIJK);
        person.getPersonal().setPriveEmail(priveEmail ? PRIVE : null);
        person.setEmailvoorkeur(headPreference);
        ClientPerson head = clients.save(person);
        ContactPerson contact = TestData.contact(company, surname, "K.");
        contact.getBusiness().setZakelijkEmail(FOLLOWER_ZAKELIJK);
        contact.setEmailvoorkeur(followerPreference);
        contact = clients.save(contact);
        ContactPerson follower = links.link(contact.getId(), contact.getVersion(), head.getId());
        return new Linked(head, follower, company);
    }
}
