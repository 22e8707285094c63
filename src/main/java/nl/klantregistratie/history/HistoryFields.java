package nl.klantregistratie.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.klantregistratie.base.OfficeTime;
import nl.klantregistratie.client.Address;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.EmailPreference;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.PersonalData;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.Salutation;
import nl.klantregistratie.client.SyncedField;
import nl.klantregistratie.history.HistoryEntry.FieldChange;
import org.jspecify.annotations.Nullable;

/**
 * The audited fields of a registration as the history shows them: label key, value as text (dates
 * dd-MM-yyyy, addresses on one line, enums and yes/no as translation keys), in form order. The
 * koppeling itself (head) is not a field here: the entry's kind and hoofd tell it. The BSN itself is
 * not audited; its masked form ("******123") is, so a change of the BSN shows without showing it.
 */
public final class HistoryFields {

    static final String YES = "history.value.yes";
    static final String NO = "history.value.no";

    /**
     * A field; {@code initial} is the value a new registration has without anyone typing it, and
     * {@code identity} (when not null) what tells whether the value changed, if that is cheaper to
     * read than the text (the klant-bedrijf's id instead of its name at that revision).
     */
    private record Field<T extends Registration>(
            String key,
            Class<T> type,
            boolean personal,
            boolean translatable,
            String initial,
            Function<T, String> text,
            @Nullable Function<T, @Nullable Object> identity) {

        boolean appliesTo(Registration registration) {
            return type.isInstance(registration);
        }

        String valueOf(Registration registration) {
            return text.apply(type.cast(registration));
        }

        boolean same(Registration before, Registration after) {
            if (identity != null) {
                return Objects.equals(identity.apply(type.cast(before)), identity.apply(type.cast(after)));
            }
            return valueOf(before).equals(valueOf(after));
        }
    }

    private static final List<Field<?>> FIELDS = new ArrayList<>();

    /** The privé gegevens fields (the set a hoofd passes on), also compared on their own. */
    private record PersonalField(String key, boolean translatable, Function<PersonalData, String> text) {}

    private static final List<PersonalField> PERSONAL_FIELDS = new ArrayList<>();

    static {
        registration("registration.klantnummer", r -> text(r.getKlantnummer()));
        registration("registration.zoeknaam", r -> text(r.getZoeknaam()));

        for (SyncedField field : SyncedField.values()) {
            personal(field);
        }
        add("person.emailvoorkeur", PersonRegistration.class, true, "", p -> key(p.getEmailvoorkeur()));
        add("person.zakelijkEmail", ClientPerson.class, false, "", p -> text(p.getZakelijkEmail()));
        add("person.bsn", ClientPerson.class, false, "", ClientPerson::getMaskedBsn);

        FIELDS.add(new Field<>(
                "contact.company",
                ContactPerson.class,
                false,
                false,
                "",
                c -> company(c.getCompany()),
                c -> HistoryService.idOf(c.getCompany())));
        add(
                "business.functie",
                ContactPerson.class,
                false,
                "",
                c -> text(c.getBusiness().getFunctie()));
        add(
                "business.afdeling",
                ContactPerson.class,
                false,
                "",
                c -> text(c.getBusiness().getAfdeling()));
        add(
                "business.zakelijkEmail",
                ContactPerson.class,
                false,
                "",
                c -> text(c.getBusiness().getZakelijkEmail()));
        add(
                "business.directTelefoon",
                ContactPerson.class,
                false,
                "",
                c -> text(c.getBusiness().getDirectTelefoon()));
        add(
                "business.zakelijkMobiel",
                ContactPerson.class,
                false,
                "",
                c -> text(c.getBusiness().getZakelijkMobiel()));
        add(
                "business.toegangClientOnline",
                ContactPerson.class,
                true,
                NO,
                c -> yesNo(c.getBusiness().isToegangClientOnline()));

        add("company.statutaireNaam", ClientCompany.class, false, "", c -> text(c.getStatutaireNaam()));
        add("company.handelsnaam", ClientCompany.class, false, "", c -> text(c.getHandelsnaam()));
        add("company.rechtsvorm", ClientCompany.class, true, "", c -> key(c.getRechtsvorm()));
        add("company.kvkNummer", ClientCompany.class, false, "", c -> text(c.getKvkNummer()));
        add("history.field.vestigingsadres", ClientCompany.class, false, "", c -> address(c.getVestigingsadres()));
        add(
                "company.postadresZelfde",
                ClientCompany.class,
                true,
                YES,
                c -> yesNo(c.isPostadresZelfdeAlsVestigingsadres()));
        add("history.field.postadres", ClientCompany.class, false, "", c -> address(c.getPostadres()));
        add("company.telefoon", ClientCompany.class, false, "", c -> text(c.getTelefoon()));
        add("company.email", ClientCompany.class, false, "", c -> text(c.getEmail()));
        add("company.website", ClientCompany.class, false, "", c -> text(c.getWebsite()));

        registration("registration.notities", r -> text(r.getNotities()));
    }

    private HistoryFields() {}

    /**
     * The fields that differ between two states of one registration; with no previous state, the
     * fields that were given a value (other than the one a new registration has anyway).
     */
    static List<FieldChange> changes(@Nullable Registration before, Registration after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field<?> field : FIELDS) {
            if (!field.appliesTo(after)) {
                continue;
            }
            if (before == null || !field.appliesTo(before)) {
                String now = field.valueOf(after);
                if (!now.equals(field.initial())) {
                    changes.add(new FieldChange(field.key(), "", now, field.translatable()));
                }
            } else if (!field.same(before, after)) {
                String old = field.valueOf(before);
                String now = field.valueOf(after);
                if (!old.equals(now)) {
                    changes.add(new FieldChange(field.key(), old, now, field.translatable()));
                }
            }
        }
        return changes;
    }

    /**
     * The privé gegevens fields that differ between two sets, shown as the history shows them
     * (used by the link preview: what linking would change).
     */
    public static List<FieldChange> personalDataChanges(PersonalData before, PersonalData after) {
        List<FieldChange> changes = new ArrayList<>();
        for (PersonalField field : PERSONAL_FIELDS) {
            String old = field.text().apply(before);
            String now = field.text().apply(after);
            if (!old.equals(now)) {
                changes.add(new FieldChange(field.key(), old, now, field.translatable()));
            }
        }
        return changes;
    }

    /** Whether any of the changes concerns the privé gegevens (the set a hoofd passes on). */
    static boolean touchesPersonalData(List<FieldChange> changes) {
        return changes.stream()
                .anyMatch(change -> FIELDS.stream()
                        .anyMatch(field -> field.personal() && field.key().equals(change.fieldKey())));
    }

    private static void registration(String key, Function<Registration, String> text) {
        add(key, Registration.class, false, "", text);
    }

    /** A synced field, as the history and the link preview show it. */
    private static void personal(SyncedField field) {
        boolean translatable = field.type().isEnum() || field.type() == Boolean.class;
        Function<PersonalData, String> text = data -> display(field.effectiveValue(data));
        PERSONAL_FIELDS.add(new PersonalField(field.labelKey(), translatable, text));
        FIELDS.add(new Field<>(
                field.labelKey(),
                PersonRegistration.class,
                true,
                translatable,
                text.apply(new PersonalData()),
                person -> text.apply(person.getPersonal()),
                null));
    }

    private static <T extends Registration> void add(
            String key, Class<T> type, boolean translatable, String initial, Function<T, String> text) {
        FIELDS.add(new Field<>(key, type, false, translatable, initial, text, null));
    }

    /**
     * A value as the history shows it (dates dd-MM-yyyy, an address on one line); an enum or a yes/no
     * as its translation key ({@link #isTranslatable}). Also the merge's side-by-side view.
     */
    public static String display(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> date(date);
            case Address address -> address(address);
            case Boolean flag -> yesNo(flag);
            case Enum<?> choice -> key(choice);
            default -> text(value);
        };
    }

    /** Whether {@link #display} gives a translation key rather than the text itself. */
    public static boolean isTranslatable(@Nullable Object value) {
        return value instanceof Enum<?> || value instanceof Boolean;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : OfficeTime.formatDate(date);
    }

    private static String address(@Nullable Address address) {
        return address == null ? "" : address.format();
    }

    private static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    private static String key(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Salutation salutation -> salutation.translationKey();
            case EmailPreference preference -> preference.translationKey();
            case LegalForm form -> form.translationKey();
            default -> value.toString();
        };
    }

    /** "Bakkerij De Korenschoof B.V. (100003)": the klant-bedrijf as it was at that revision. */
    private static String company(@Nullable ClientCompany company) {
        if (company == null) {
            return "";
        }
        try {
            return company.getLabel();
        } catch (RuntimeException e) { // jakarta.persistence.EntityNotFoundException: no history of it
            return "";
        }
    }
}
