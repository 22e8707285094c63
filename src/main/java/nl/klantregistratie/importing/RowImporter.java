package nl.klantregistratie.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import nl.klantregistratie.base.DomainException;
import nl.klantregistratie.base.i18n.ViolationMessages;
import nl.klantregistratie.client.ClientCompany;
import nl.klantregistratie.client.ClientPerson;
import nl.klantregistratie.client.ClientService;
import nl.klantregistratie.client.ContactPerson;
import nl.klantregistratie.client.PersonRegistration;
import nl.klantregistratie.client.Registration;
import nl.klantregistratie.client.RegistrationKind;
import nl.klantregistratie.client.RegistrationLookup;
import nl.klantregistratie.importing.ImportFile.SourceRow;
import nl.klantregistratie.importing.ImportValues.CellException;
import nl.klantregistratie.link.LinkService;
import org.jspecify.annotations.Nullable;

/**
 * Takes one row of a file to a registration, in the fixed order of docs/decisions/0019: the row's
 * kind; a duplicate of an earlier row of the same file; the klant-bedrijf of a contactpersoon; then
 * the match with a registration (klantnummer, then BSN for a klant-persoon or KvK-nummer for a
 * klant-bedrijf, then achternaam + first initial + geboortedatum, then privé e-mail + achternaam; a
 * contactpersoon only among the contactpersonen of its klant-bedrijf); then the change or the new
 * registration, checked ({@link ClientService#check}) or saved ({@link ClientService#save}) with the
 * same rules as a form. A new contactpersoon that looks like a person registered elsewhere is a
 * Koppelvoorstel, never linked by the import.
 *
 * <p>One instance serves one run over a file: it remembers the rows it took ({@link #remember}), so
 * the same person twice in the file is reported as such.
 */
final class RowImporter {

    private final ClientService clients;
    private final RegistrationLookup lookup;
    private final LinkService links;
    private final ImportSettings settings;
    private final List<String> header;
    private final BiFunction<String, Object[], String> translate;
    /** Identity keys (klantnummer, BSN, KvK, name, e-mail) of the rows taken so far → their row. */
    private final Map<String, Integer> taken = new HashMap<>();
    /** Keys by which a new contactpersoon may resemble an earlier row (a Koppelvoorstel) → that row. */
    private final Map<String, Integer> resemblances = new HashMap<>();
    /** How the klant-bedrijven of the rows taken so far can be named by a contactpersoon's row. */
    private final Set<String> companiesInFile = new HashSet<>();

    RowImporter(
            ClientService clients,
            RegistrationLookup lookup,
            LinkService links,
            ImportSettings settings,
            List<String> header,
            BiFunction<String, Object[], String> translate) {
        this.clients = clients;
        this.lookup = lookup;
        this.links = links;
        this.settings = settings;
        this.header = header;
        this.translate = translate;
    }

    /** What a row became: its result, the registration (not for a refusal) and the values it changed. */
    record Outcome(
            RowResult result,
            @Nullable Registration registration,
            @Nullable String valuesBefore,
            @Nullable RowKeys keys) {

        Outcome(RowResult result, @Nullable Registration registration, @Nullable String valuesBefore) {
            this(result, registration, valuesBefore, null);
        }

        Outcome with(RowKeys keys) {
            return new Outcome(result, registration, valuesBefore, keys);
        }
    }

    /** A row that cannot be taken, with the reason already in the user's language. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Takes the row: checked only ({@code write} false: nothing is written) or saved. The caller runs it
     * in a transaction and, when checking, rolls that back; it calls {@link #remember} for a row it
     * took. A save follows the check of the same row, which already refused a duplicate.
     */
    Outcome take(SourceRow row, boolean write) {
        try {
            RegistrationKind kind = kindOf(row);
            refuseCells(row);
            RowKeys keys = RowKeys.of(row, kind, settings);
            if (!write) {
                refuseDuplicate(keys);
            }
            // a contactpersoon found by its klantnummer is at its klant-bedrijf; the row need not name it
            boolean namesCompany =
                    kind == RegistrationKind.CONTACT && !keys.companyKey().isEmpty();
            ClientCompany company = namesCompany || (kind == RegistrationKind.CONTACT && keys.klantnummer() == null)
                    ? companyOf(row, keys)
                    : null;
            Registration existing = match(row, kind, keys, company);
            PersonRegistration head = keys.headKlantnummer() == null ? null : headOf(keys.headKlantnummer());
            Outcome outcome = existing != null
                    ? change(row, kind, existing, write)
                    : create(row, kind, keys, company, head, write);
            if (existing instanceof ContactPerson contact && keys.headKlantnummer() != null) {
                outcome = follow(outcome, contact, head, keys.headKlantnummer(), write);
            }
            return outcome.with(keys);
        } catch (RowKeys.KeyCellException e) {
            return refused(
                    row,
                    e.field().header() + ": "
                            + text(e.cell().messageKey(), e.cell().arguments()));
        } catch (Refused refused) {
            return refused(row, refused.getMessage());
        }
    }

    private static Outcome refused(SourceRow row, String message) {
        return new Outcome(new RowResult(row.number(), RowOutcome.REJECTED, null, message), null, null);
    }

    /** Remembers the keys of a row taken in an earlier run of the same import (a resume). */
    void rememberEarlier(SourceRow row) {
        try {
            remember(row.number(), RowKeys.of(row, kindOf(row), settings));
        } catch (Refused | RowKeys.KeyCellException refused) {
            // a row refused then holds no keys
        }
    }

    /** Remembers a row that was taken, so a later row of the file that is the same is refused as a duplicate. */
    void remember(SourceRow row, Outcome outcome) {
        if (outcome.keys() != null) {
            remember(row.number(), outcome.keys());
        }
    }

    private void remember(int rowNumber, RowKeys keys) {
        keys.identities().forEach(key -> taken.putIfAbsent(key, rowNumber));
        keys.resemblances().forEach(key -> resemblances.putIfAbsent(key, rowNumber));
        companiesInFile.addAll(keys.companyNames());
    }

    // ---- the steps

    private RegistrationKind kindOf(SourceRow row) {
        if (settings.kind() != null) {
            return settings.kind();
        }
        int column = settings.columnOf(ImportField.TYPE);
        String cell = column < 0 ? "" : row.cell(column);
        return RowKeys.kindNamed(cell).orElseThrow(() -> new Refused(text("import.row.type", cell.strip())));
    }

    private void refuseCells(SourceRow row) {
        if (row.cells().size() > header.size()) {
            for (int i = header.size(); i < row.cells().size(); i++) {
                if (!row.cells().get(i).isBlank()) {
                    throw new Refused(text("import.row.columns", row.cells().size(), header.size()));
                }
            }
        }
        for (Map.Entry<Integer, ImportField> mapped : settings.mapping().entrySet()) {
            if (row.isFormula(mapped.getKey())) {
                throw new Refused(header(mapped.getKey()) + ": " + text("import.cell.formula"));
            }
        }
    }

    private void refuseDuplicate(RowKeys keys) {
        for (String key : keys.identities()) {
            Integer earlier = taken.get(key);
            if (earlier != null) {
                throw new Refused(text("import.row.duplicate", earlier));
            }
        }
    }

    /** The contactpersoon's klant-bedrijf: by klantnummer, KvK-nummer or exact name, registered or in the file. */
    private ClientCompany companyOf(SourceRow row, RowKeys keys) {
        String klantnummer = cell(row, ImportField.BEDRIJF_KLANTNUMMER);
        String kvk = cell(row, ImportField.BEDRIJF_KVK_NUMMER);
        String name = cell(row, ImportField.BEDRIJF_NAAM);
        if (klantnummer.isEmpty() && kvk.isEmpty() && name.isEmpty()) {
            throw new Refused(text("import.row.nocompany"));
        }
        List<ClientCompany> found = new ArrayList<>();
        if (!klantnummer.isEmpty()) {
            Long number = parse(() -> ImportValues.parseKlantnummer(klantnummer), ImportField.BEDRIJF_KLANTNUMMER);
            lookup.byKlantnummer(number)
                    .filter(ClientCompany.class::isInstance)
                    .map(ClientCompany.class::cast)
                    .ifPresent(found::add);
        } else if (!kvk.isEmpty()) {
            found.addAll(lookup.companiesWithKvk(kvk));
        } else {
            found.addAll(lookup.companiesNamed(name));
        }
        if (found.size() > 1) {
            throw new Refused(text("import.row.companies", found.size(), keys.companyReference()));
        }
        if (found.size() == 1) {
            return found.getFirst();
        }
        if (companiesInFile.contains(keys.companyKey())) {
            // a klant-bedrijf of an earlier row of this file, not yet written (a check): a stand-in
            ClientCompany inFile = new ClientCompany();
            inFile.setStatutaireNaam(keys.companyReference());
            return inFile;
        }
        throw new Refused(text("import.row.company", keys.companyReference()));
    }

    private @Nullable Registration match(
            SourceRow row, RegistrationKind kind, RowKeys keys, @Nullable ClientCompany company) {
        if (keys.klantnummer() != null) {
            Optional<Registration> byNumber = lookup.byKlantnummer(keys.klantnummer());
            if (byNumber.isPresent()) {
                Registration found = byNumber.get();
                if (found.getKind() != kind) {
                    throw new Refused(text(
                            "import.row.kindmismatch",
                            keys.klantnummer(),
                            text(found.getKind().translationKey())));
                }
                if (found instanceof ContactPerson contact
                        && company != null
                        && !Objects.equals(contact.getCompany().getId(), company.getId())) {
                    throw new Refused(text(
                            "import.row.othercompany",
                            keys.klantnummer(),
                            contact.getCompany().getLabel()));
                }
                return found;
            }
            return null; // a klantnummer of the previous system: kept for the new registration
        }
        if (kind == RegistrationKind.PERSOON && keys.bsn() != null) {
            List<ClientPerson> withBsn = lookup.personsWithBsn(keys.bsn());
            if (!withBsn.isEmpty()) {
                return withBsn.getFirst();
            }
        }
        if (kind == RegistrationKind.BEDRIJF) {
            if (keys.kvk() != null) {
                List<ClientCompany> withKvk = lookup.companiesWithKvk(keys.kvk());
                if (!withKvk.isEmpty()) {
                    return withKvk.getFirst();
                }
            }
            return null;
        }
        return samePerson(kind, keys, company).orElse(null);
    }

    /** By name with birth date, then by privé e-mail with achternaam: a klant-persoon, or a contactpersoon at the same klant-bedrijf. */
    private Optional<PersonRegistration> samePerson(
            RegistrationKind kind, RowKeys keys, @Nullable ClientCompany company) {
        List<PersonRegistration> candidates = new ArrayList<>();
        if (keys.birthDate() != null && keys.nameKey() != null) {
            for (PersonRegistration person : lookup.personsBornOn(keys.birthDate())) {
                if (RowKeys.nameKey(person.getPersonal()).equals(keys.nameKey())) {
                    candidates.add(person);
                }
            }
        }
        if (candidates.isEmpty() && keys.email() != null && keys.surnameKey() != null) {
            for (PersonRegistration person : lookup.personsWithPriveEmail(keys.email())) {
                if (RowKeys.surnameKey(person.getPersonal()).equals(keys.surnameKey())) {
                    candidates.add(person);
                }
            }
        }
        return candidates.stream()
                .filter(person -> person.getKind() == kind)
                .filter(person -> kind != RegistrationKind.CONTACT
                        || (company != null
                                && company.getId() != null
                                && Objects.equals(
                                        ((ContactPerson) person).getCompany().getId(), company.getId())))
                .findFirst();
    }

    private Outcome change(SourceRow row, RegistrationKind kind, Registration existing, boolean write) {
        if (settings.onMatch() == ImportSettings.OnMatch.SKIP) {
            return new Outcome(
                    new RowResult(
                            row.number(),
                            RowOutcome.SKIPPED,
                            existing.getKlantnummer(),
                            text("import.row.matched", existing.getLabel())),
                    existing,
                    null);
        }
        Map<ImportField, String> before = values(existing, kind);
        String bsnBefore = existing instanceof ClientPerson person ? person.getBsn() : null;
        apply(row, kind, existing);
        Map<ImportField, String> after = values(existing, kind);
        boolean bsnChanged = existing instanceof ClientPerson person && !Objects.equals(bsnBefore, person.getBsn());
        if (before.equals(after) && !bsnChanged) {
            return new Outcome(
                    new RowResult(row.number(), RowOutcome.UNCHANGED, existing.getKlantnummer(), ""), existing, null);
        }
        Registration saved = checkOrSave(existing, write);
        StringJoiner changed = new StringJoiner(", ");
        Map<ImportField, String> changedBefore = new LinkedHashMap<>();
        before.forEach((field, value) -> {
            if (!value.equals(after.get(field))) {
                changed.add(field.header());
                changedBefore.put(field, value);
            }
        });
        if (bsnChanged) {
            changed.add(ImportField.BSN.header());
        }
        return new Outcome(
                new RowResult(row.number(), RowOutcome.UPDATED, saved.getKlantnummer(), changed.toString()),
                saved,
                ImportSnapshot.write(changedBefore));
    }

    /**
     * The hoofd a row names: registered, or null for one an earlier row of this file creates (a check,
     * which cannot preview a link to it yet). Refused when there is neither.
     */
    private @Nullable PersonRegistration headOf(long klantnummer) {
        Optional<Registration> found = lookup.byKlantnummer(klantnummer);
        if (found.isPresent() && found.get() instanceof PersonRegistration person) {
            return person;
        }
        if (found.isEmpty() && taken.containsKey("k:" + klantnummer)) {
            return null;
        }
        throw new Refused(text("import.row.head", String.valueOf(klantnummer)));
    }

    /** A contactpersoon found by the import follows the hoofd its row names (R4): linked, or checked for it. */
    private Outcome follow(
            Outcome outcome,
            ContactPerson contact,
            @Nullable PersonRegistration head,
            long headKlantnummer,
            boolean write) {
        PersonRegistration current = contact.getHead();
        if (current != null) {
            if (Objects.equals(current.getKlantnummer(), headKlantnummer)) {
                return outcome;
            }
            throw new Refused(text("import.row.otherhead", current.getLabel()));
        }
        String linked = head == null
                ? text("import.row.linked.infile", String.valueOf(headKlantnummer))
                : text("import.row.linked", head.getLabel());
        if (head != null) {
            try {
                if (write) {
                    long id = contact.getId();
                    links.link(id, lookup.versionOf(id).orElse(contact.getVersion()), head.getId());
                } else {
                    links.preview(contact.getId(), head.getId());
                }
            } catch (DomainException e) {
                throw new Refused(text(e.getMessageKey(), e.getArguments()));
            }
        }
        RowResult result = outcome.result();
        String message = result.message().isEmpty() ? linked : result.message() + "; " + linked;
        return new Outcome(
                new RowResult(result.row(), RowOutcome.UPDATED, result.klantnummer(), message),
                outcome.registration() == null ? contact : outcome.registration(),
                outcome.valuesBefore());
    }

    private Outcome create(
            SourceRow row,
            RegistrationKind kind,
            RowKeys keys,
            @Nullable ClientCompany company,
            @Nullable PersonRegistration head,
            boolean write) {
        Registration created = switch (kind) {
            case PERSOON -> new ClientPerson();
            case BEDRIJF -> new ClientCompany();
            case CONTACT -> {
                if (company == null) {
                    throw new Refused(text("import.row.nocompany"));
                }
                yield new ContactPerson(company);
            }
        };
        if (keys.klantnummer() != null) {
            created.keepKlantnummer(keys.klantnummer());
        }
        apply(row, kind, created);
        String linked = null;
        if (created instanceof ContactPerson contact && keys.headKlantnummer() != null) {
            // a gekoppelde contactpersoon (R7): it takes the hoofd's privé gegevens as it is saved
            if (head != null) {
                try {
                    links.prepareLinked(contact, head.getId());
                } catch (DomainException e) {
                    throw new Refused(text(e.getMessageKey(), e.getArguments()));
                }
                linked = text("import.row.linked", head.getLabel());
            } else {
                linked = text("import.row.linked.infile", String.valueOf(keys.headKlantnummer()));
            }
        }
        String resemblance = kind == RegistrationKind.CONTACT && linked == null ? resemblance(keys, company) : null;
        Registration saved = checkOrSave(created, write);
        if (resemblance != null) {
            return new Outcome(
                    new RowResult(row.number(), RowOutcome.SUGGESTED, saved.getKlantnummer(), resemblance),
                    saved,
                    null);
        }
        return new Outcome(
                new RowResult(row.number(), RowOutcome.CREATED, saved.getKlantnummer(), linked == null ? "" : linked),
                saved,
                null);
    }

    /** Whom a new contactpersoon resembles: a registered person elsewhere or an earlier row; null for no one. */
    private @Nullable String resemblance(RowKeys keys, @Nullable ClientCompany company) {
        Long companyId = company == null ? null : company.getId();
        List<PersonRegistration> candidates = new ArrayList<>();
        if (keys.birthDate() != null && keys.nameKey() != null) {
            lookup.personsBornOn(keys.birthDate()).stream()
                    .filter(person -> RowKeys.nameKey(person.getPersonal()).equals(keys.nameKey()))
                    .forEach(candidates::add);
        }
        if (keys.email() != null) {
            candidates.addAll(lookup.personsWithPriveEmail(keys.email()));
        }
        for (PersonRegistration person : candidates) {
            boolean elsewhere = !(person instanceof ContactPerson contact)
                    || companyId == null
                    || !Objects.equals(contact.getCompany().getId(), companyId);
            if (elsewhere) {
                return text("import.row.resembles", person.getLabel());
            }
        }
        for (String key : keys.resemblances()) {
            Integer earlier = resemblances.get(key);
            if (earlier != null) {
                return text("import.row.resemblesrow", earlier);
            }
        }
        return null;
    }

    /** Writes the mapped cells of the row; an empty cell only when empty cells erase. All cell errors at once. */
    private void apply(SourceRow row, RegistrationKind kind, Registration registration) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Integer, ImportField> mapped : settings.mapping().entrySet()) {
            ImportField field = mapped.getValue();
            String cell = row.cell(mapped.getKey());
            if (cell.isBlank() && !settings.emptyErases()) {
                continue;
            }
            try {
                if (field == ImportField.BSN && registration instanceof ClientPerson person) {
                    person.setBsn(cell);
                } else {
                    field.access(kind).ifPresent(access -> access.set(registration, cell));
                }
            } catch (CellException e) {
                problems.add(header(mapped.getKey()) + ": " + text(e.messageKey(), e.arguments()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(String.join("; ", problems));
        }
    }

    /** Every value of the layout of the kind, as the export writes them. */
    private static Map<ImportField, String> values(Registration registration, RegistrationKind kind) {
        Map<ImportField, String> values = new LinkedHashMap<>();
        for (ImportField field : ImportField.layout(kind)) {
            field.access(kind).ifPresent(access -> values.put(field, access.get(registration)));
        }
        return values;
    }

    private Registration checkOrSave(Registration registration, boolean write) {
        try {
            if (write) {
                return clients.save(registration);
            }
            clients.check(registration);
            return registration;
        } catch (ConstraintViolationException e) {
            List<String> problems = new ArrayList<>();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String column = columnOf(violation.getPropertyPath().toString());
                problems.add(column + ": " + ViolationMessages.translate(violation, key -> text(key)));
            }
            problems.sort(null);
            throw new Refused(String.join("; ", problems.stream().distinct().toList()));
        } catch (DomainException e) {
            throw new Refused(text(e.getMessageKey(), e.getArguments()));
        }
    }

    /** The column a property path concerns, by its header in the file, else by the layout's header. */
    private String columnOf(String path) {
        ImportField field = RowKeys.fieldOfPath(path);
        if (field == null) {
            return path;
        }
        int column = settings.columnOf(field);
        return column >= 0 ? header(column) : field.header();
    }

    private String cell(SourceRow row, ImportField field) {
        int column = settings.columnOf(field);
        return column < 0 ? "" : row.cell(column).strip();
    }

    private String header(int column) {
        return column < header.size() ? header.get(column) : "#" + (column + 1);
    }

    private <T> T parse(Supplier<T> reading, ImportField field) {
        try {
            return reading.get();
        } catch (CellException e) {
            throw new Refused(field.header() + ": " + text(e.messageKey(), e.arguments()));
        }
    }

    /** A text in the language of this run. */
    String text(String key, Object... arguments) {
        return translate.apply(key, arguments);
    }
}
