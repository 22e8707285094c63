package nl.klantregistratie.correspondence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.base.RetentionSettings;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.MergeRefusedException;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationEvents;
import nl.klantregistratie.security.AppUser;
import nl.klantregistratie.security.Principals;
import nl.klantregistratie.security.Role;
import nl.klantregistratie.security.UserService;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Correspondence with klanten: which e-mail addresses may be used for a registration (docs/domain.md
 * R8–R10), sending a message, and the klantdossier that keeps every message.
 *
 * <p>Every message is stored before it goes to the mail server, in its own transaction; the SMTP
 * conversation runs outside any transaction, and its outcome (sent, not sent, failed with the
 * reason) is stored afterwards. So nothing typed is lost and no database connection waits on SMTP.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.MEDEWERKER_NAME)
public class CorrespondenceService {

    private final ClientService clients;
    private final CorrespondenceRepository messages;
    private final MailTransport transport;
    private final UserService users;
    private final Validator validator;
    private final TransactionTemplate writing;
    private final RetentionSettings retention;

    CorrespondenceService(
            RetentionSettings retention,
            ClientService clients,
            CorrespondenceRepository messages,
            MailTransport transport,
            UserService users,
            Validator validator,
            PlatformTransactionManager transactions) {
        this.clients = clients;
        this.messages = messages;
        this.transport = transport;
        this.users = users;
        this.validator = validator;
        this.writing = new TransactionTemplate(transactions);
        this.retention = retention;
    }

    /** Removes the messages older than their retention period (for the retention job); returns how many. */
    @Transactional
    @RolesAllowed(Role.SUPPORT_NAME)
    public int removeMadeBefore(Instant cutoff) {
        return messages.deleteMadeBefore(cutoff);
    }

    /**
     * A registration with correspondence younger than its retention period (fiscal: 7 years) is not
     * anonymised: the office must keep those messages as they are.
     */
    @EventListener
    void onAnonymising(RegistrationEvents.Anonymising event) {
        messages.findNewestOf(event.registration().getId()).ifPresent(newest -> {
            // The same boundary as the retention job's: kept as long as the job would keep it.
            if (!newest.isBefore(OfficeTime.before(Instant.now(), retention.correspondence()))) {
                LocalDate keptUntil =
                        newest.atZone(OfficeTime.ZONE).toLocalDate().plus(retention.correspondence());
                throw new DomainException("anonymise.retention", OfficeTime.formatDate(keptUntil));
            }
        });
    }

    /** The messages to an anonymised person keep when, how and by whom; not to whom or what. */
    /** What a merge moves of the klantdossier: a message filed in it, a message to the merged registration. */
    public static final String MOVED_DOSSIER = "DOSSIER";

    public static final String MOVED_RECIPIENT = "RECIPIENT";

    /** Samenvoegen: the dossier and the messages of a merged registration are the survivor's. */
    @EventListener
    void onMerging(RegistrationEvents.Merging event) {
        long survivor = event.survivor().getId();
        for (Registration merged : event.merged()) {
            List<Long> filed = messages.findIdsInDossierOf(merged.getId());
            List<Long> sent = messages.findIdsSentTo(merged.getId());
            filed.forEach(id -> event.moved(MOVED_DOSSIER, id, merged.getId()));
            sent.forEach(id -> event.moved(MOVED_RECIPIENT, id, merged.getId()));
            if (!filed.isEmpty()) {
                messages.moveToDossier(filed, survivor);
            }
            if (!sent.isEmpty()) {
                messages.moveToRecipient(sent, survivor);
            }
        }
    }

    @EventListener
    void onUnmerging(RegistrationEvents.Unmerging event) {
        if (event.stage() != RegistrationEvents.Unmerging.Stage.REST) {
            return;
        }
        back(event.of(MOVED_DOSSIER), messages::moveToDossier);
        back(event.of(MOVED_RECIPIENT), messages::moveToRecipient);
    }

    private static void back(List<RegistrationEvents.MergeMove> moves, BiConsumer<Collection<Long>, Long> move) {
        moves.stream()
                .collect(Collectors.groupingBy(
                        RegistrationEvents.MergeMove::fromId,
                        Collectors.mapping(RegistrationEvents.MergeMove::itemId, Collectors.toList())))
                .forEach((from, ids) -> move.accept(ids, from));
    }

    @EventListener
    void onAnonymised(RegistrationEvents.Anonymised event) {
        messages.anonymiseRecipient(event.registration().getId(), PersonRegistration.ANONYMISED_NAME);
    }

    /**
     * The pick list for an e-mail from this registration's card: a zakelijk e-mail where present;
     * a privé e-mail only where the registration's e-mailvoorkeur is PRIVE and, for a volger, its
     * hoofd's too (R8, R9); for a klant-bedrijf its general address and the addresses its
     * contactpersonen allow. A privé address that exists but is kept out is listed as hidden (R10).
     */
    public MailAddresses addresses(long registrationId) {
        Registration registration = clients.get(registrationId);
        List<AddressOption> options = new ArrayList<>();
        List<HiddenAddress> hidden = new ArrayList<>();
        switch (registration) {
            case ClientPerson person -> addPerson(person, person.getZakelijkEmail(), options, hidden);
            case ContactPerson contact ->
                addPerson(contact, contact.getBusiness().getZakelijkEmail(), options, hidden);
            case ClientCompany company -> {
                if (company.getEmail() != null) {
                    options.add(new AddressOption(
                            company.getId(), company.getDisplayName(), company.getEmail(), AddressKind.ALGEMEEN));
                }
                for (ContactPerson contact : clients.contactsOf(company.getId())) {
                    addPerson(contact, contact.getBusiness().getZakelijkEmail(), options, hidden);
                }
            }
            default -> throw new IllegalStateException("Unknown registration " + registration);
        }
        return new MailAddresses(options, hidden);
    }

    private static void addPerson(
            PersonRegistration person,
            @Nullable String zakelijk,
            List<AddressOption> options,
            List<HiddenAddress> hidden) {
        long id = person.getId();
        String name = person.getDisplayName();
        if (zakelijk != null) {
            options.add(new AddressOption(id, name, zakelijk, AddressKind.ZAKELIJK));
        }
        PersonRegistration head = person instanceof ContactPerson contact && contact.getHead() != null
                ? (PersonRegistration) Hibernate.unproxy(contact.getHead())
                : null;
        // A volger's privé e-mail is its hoofd's, which the hoofd passes on only when it prefers PRIVE (R8).
        String prive = head == null
                ? person.getPersonal().getPriveEmail()
                : head.getPersonal().getPriveEmail();
        if (prive == null) {
            return;
        }
        if (head != null && head.getEmailvoorkeur() == EmailPreference.ZAKELIJK) {
            hidden.add(new HiddenAddress(id, name, HiddenAddress.Reason.HEAD_PREFERS_ZAKELIJK, head.getDisplayName()));
        } else if (person.getEmailvoorkeur() == EmailPreference.ZAKELIJK) {
            hidden.add(new HiddenAddress(id, name, HiddenAddress.Reason.PREFERS_ZAKELIJK, ""));
        } else {
            options.add(new AddressOption(id, name, prive, AddressKind.PRIVE));
        }
    }

    /**
     * Files the message in the right klantdossier and sends it. Refuses invalid input
     * ({@link ConstraintViolationException}: toAddress, subject, body) and an address that the pick
     * list of this registration does not offer ({@link DomainException}). Otherwise the message is
     * stored first and then sent; the returned message says whether it went (a failure is stored
     * with its reason, not thrown).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Correspondence send(long registrationId, MailDraft draft) {
        Correspondence stored = Objects.requireNonNull(writing.execute(status -> file(registrationId, draft)));
        MailTransport.Outcome outcome = transport.send(stored.getToAddress(), stored.getSubject(), stored.getBody());
        return Objects.requireNonNull(writing.execute(status -> {
            Correspondence message = messages.findById(stored.getId()).orElseThrow();
            if (outcome.status() == MailStatus.VERZONDEN) {
                message.sent(Instant.now());
            } else {
                message.notSent(outcome.status(), Objects.requireNonNull(outcome.reasonKey()), outcome.detail());
            }
            return message;
        }));
    }

    private Correspondence file(long registrationId, MailDraft draft) {
        AddressOption to = draft.getTo();
        Correspondence message =
                new Correspondence(to == null ? null : to.address(), draft.getSubject(), draft.getBody());
        Set<ConstraintViolation<Correspondence>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        AddressOption allowed = addresses(registrationId).options().stream()
                .filter(option -> option.recipientId() == to.recipientId()
                        && option.address().equalsIgnoreCase(message.getToAddress()))
                .findFirst()
                .orElseThrow(() -> new DomainException("mail.address.notallowed"));
        Registration recipient = clients.get(allowed.recipientId());
        if (recipient.isMerged()) {
            throw new MergeRefusedException("merge.mail");
        }
        Registration dossier = dossierOf(recipient);
        message.fileIn(
                dossier.getId(),
                dossier.getKlantnummer(),
                recipient.getId(),
                recipient.getKlantnummer(),
                recipient.getDisplayName(),
                allowed.kind());
        String username = Principals.currentUsername();
        String displayName =
                users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
        message.sender(username, displayName, transport.from());
        return messages.saveAndFlush(message);
    }

    /** The klant whose dossier holds mail to this registration: a contactpersoon's klant-bedrijf. */
    private static Registration dossierOf(Registration recipient) {
        if (recipient instanceof ContactPerson contact) {
            return (Registration) Hibernate.unproxy(Objects.requireNonNull(contact.getCompany()));
        }
        return recipient;
    }

    /**
     * One page of the correspondence a card shows, newest first: a klant's whole dossier, or for a
     * contactpersoon the messages to it (which its klant-bedrijf's dossier holds).
     */
    public List<Correspondence> correspondenceOf(long registrationId, Pageable page) {
        return byRecipient(registrationId)
                ? messages.findByRecipientIdOrderByCreatedAtDescIdDesc(registrationId, page)
                : messages.findByDossierIdOrderByCreatedAtDescIdDesc(registrationId, page);
    }

    /** How many messages {@link #correspondenceOf(long, Pageable)} pages through. */
    public long countCorrespondenceOf(long registrationId) {
        return byRecipient(registrationId)
                ? messages.countByRecipientId(registrationId)
                : messages.countByDossierId(registrationId);
    }

    /** A contactpersoon's card lists the messages to it; a klant's card its whole dossier. */
    private boolean byRecipient(long registrationId) {
        return clients.get(registrationId) instanceof ContactPerson;
    }
}
