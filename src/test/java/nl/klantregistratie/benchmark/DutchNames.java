package nl.klantregistratie.benchmark;

import java.util.List;
import java.util.Random;
import nl.klantregistratie.client.LegalForm;
import org.jspecify.annotations.Nullable;

/**
 * Dutch-ish names for the benchmark data, fast enough for a million rows. Common surnames are
 * drawn far more often than rare ones (as in a real office, where "Jansen" fills pages and most
 * prefixes of four letters fit on one), with a long tail of composed surnames and names from
 * elsewhere, accents included.
 */
final class DutchNames {

    /** The most common Dutch surnames, most common first; "de Vries" as tussenvoegsel + achternaam. */
    private static final String[][] COMMON = {
        {null, "Jansen"},
        {"de", "Jong"},
        {"de", "Vries"},
        {"van den", "Berg"},
        {"van", "Dijk"},
        {null, "Bakker"},
        {null, "Janssen"},
        {null, "Visser"},
        {null, "Smit"},
        {null, "Meijer"},
        {"de", "Boer"},
        {null, "Mulder"},
        {"de", "Groot"},
        {null, "Bos"},
        {null, "Vos"},
        {null, "Peters"},
        {null, "Hendriks"},
        {"van", "Leeuwen"},
        {null, "Dekker"},
        {null, "Brouwer"},
        {"de", "Wit"},
        {null, "Dijkstra"},
        {null, "Smits"},
        {"de", "Graaf"},
        {"van der", "Meer"},
        {"van der", "Linden"},
        {null, "Kok"},
        {null, "Jacobs"},
        {"de", "Haan"},
        {null, "Vermeulen"},
        {"van den", "Heuvel"},
        {"van der", "Veen"},
        {"van den", "Broek"},
        {"de", "Bruijn"},
        {"de", "Bruin"},
        {"van der", "Heijden"},
        {null, "Schouten"},
        {"van", "Beek"},
        {null, "Willems"},
        {"van", "Vliet"},
        {"van de", "Ven"},
        {null, "Hoekstra"},
        {null, "Maas"},
        {null, "Verhoeven"},
        {null, "Koster"},
        {"van", "Dam"},
        {"van der", "Wal"},
        {null, "Prins"},
        {null, "Blom"},
        {null, "Huisman"},
        {null, "Peeters"},
        {"de", "Jonge"},
        {null, "Kuipers"},
        {"van", "Wijk"},
        {null, "Veenstra"},
        {null, "Post"},
        {null, "Kuiper"},
        {null, "Veldman"},
        {null, "Willemsen"},
        {null, "Kramer"},
        {null, "Vermeer"},
        {"van den", "Bosch"},
        {null, "Kok"},
        {null, "Timmermans"},
        {null, "Sanders"},
        {null, "Wouters"},
        {null, "Koopman"},
        {"van", "Beek"},
        {null, "Bosman"},
        {null, "Mol"},
        {null, "Postma"},
        {null, "Zijlstra"},
        {null, "Wiersma"},
        {null, "Scholten"},
        {"van", "Loon"},
        {null, "Martens"},
        {null, "Evers"},
        {null, "Hermans"},
        {"van der", "Laan"},
        {null, "Gerritsen"},
        {null, "Claassen"},
        {null, "Verbeek"},
        {"ter", "Horst"},
        {"van 't", "Hof"},
        {"in 't", "Veld"},
        {null, "Lammers"},
        {"van", "Rijn"},
        {null, "Sijbers"},
        {null, "Hofman"}
    };

    /** Names from elsewhere, as in any Dutch city: accents and other alphabets' transcriptions. */
    private static final String[] ELSEWHERE = {
        "Yılmaz",
        "Kaya",
        "Öztürk",
        "Çelik",
        "Demir",
        "Şahin",
        "Yıldız",
        "Aydın",
        "El Amrani",
        "Bouzid",
        "El Idrissi",
        "Benali",
        "Ahmed",
        "Nguyen",
        "Tran",
        "Müller",
        "Schmidt",
        "Schäfer",
        "Kowalski",
        "Nowak",
        "Wiśniewski",
        "da Silva",
        "Santos",
        "Gonçalves",
        "Fernández",
        "García",
        "O'Connor",
        "D'Angelo",
        "Brüggemann",
        "Noël",
        "Løvstad",
        "Ibrahim",
        "Singh",
        "Ramdin",
        "Mahabier",
        "Chen",
        "Wang",
        "Kovač",
        "Horváth",
        "Popescu"
    };

    private static final String[] ROOT_START = {
        "Groen", "Klein", "Groot", "Oost", "West", "Noord", "Zuid", "Hoog", "Laag", "Nieuw", "Oud", "Wester", "Ooster",
        "Ter", "Brink", "Kool", "Bloem", "Linde", "Zand", "Steen", "Water", "Molen", "Kerk", "Akker", "Heide", "Wit",
        "Zwart", "Rood", "Berk", "Eik", "Hazel", "Vos", "Haver", "Rogge", "Koren", "Dijk", "Kamp", "Brug", "Veld",
        "Hout", "Bos", "Wiel", "Ham", "Hol", "Ros", "Ver", "Vel", "Wal", "Zee", "Duin"
    };
    private static final String[] ROOT_END = {
        "berg", "hof", "veld", "dijk", "hout", "kamp", "broek", "bosch", "water", "steen", "molen", "hoek", "horst",
        "land", "meer", "wijk", "brug", "beek", "zand", "man", "mans", "ink", "stra", "sma", "ma", "inga", "huis",
        "kes", "sen", "ers", "er", "ing", "ema", "enga"
    };
    private static final String[] TUSSENVOEGSELS = {"van", "de", "van der", "van den", "van de", "ter", "ten"};

    private static final String[] INITIALS = "JJJJAAAMMMPPPHHHKKCCEEGGLLRRSSTTWWDDFBINOVY".split("");
    private static final String[] BRANCHES = {
        "Bakkerij",
        "Slagerij",
        "Autobedrijf",
        "Installatietechniek",
        "Bouwbedrijf",
        "Schildersbedrijf",
        "Hoveniersbedrijf",
        "Transport",
        "Administratiekantoor",
        "Kapsalon",
        "Fysiotherapie",
        "Tandartspraktijk",
        "Loodgietersbedrijf",
        "Dakdekkersbedrijf",
        "Makelaardij",
        "Consultancy",
        "ICT",
        "Groothandel",
        "Metaalbewerking",
        "Timmerbedrijf",
        "Elektrotechniek",
        "Rijschool",
        "Fietsenmaker",
        "Bloemisterij",
        "Architectenbureau",
        "Zorg",
        "Catering",
        "Schoonmaakbedrijf",
        "Drukkerij",
        "Juwelier",
        "Optiek",
        "Dierenkliniek",
        "Café",
        "Restaurant",
        "Hotel",
        "Camping",
        "Garage",
        "Accountants",
        "Advocaten",
        "Notariaat",
        "Verhuur",
        "Installaties",
        "Beheer",
        "Vastgoed",
        "Holding",
        "Logistiek",
        "Agrarisch Bedrijf",
        "Melkveebedrijf",
        "Kwekerij",
        "Zonwering"
    };
    private static final String[] WORDS = {
        "De Korenschoof",
        "Het Anker",
        "De Eendracht",
        "Zonnebloem",
        "Noorderlicht",
        "De Molen",
        "Het Groene Hart",
        "Zuidwester",
        "De Linde",
        "Polderzicht",
        "Rivierenland",
        "Horizon",
        "Kompas",
        "Vlijt",
        "De Zwaan",
        "Het Wapen",
        "De Hoop",
        "Vitaal",
        "Duurzaam",
        "Eerlijk",
        "Altijd Dichtbij",
        "'t Hoekje",
        "De Ster",
        "Maasland",
        "Kennemer",
        "Veluwe",
        "Twente",
        "Achterhoek",
        "Waterland",
        "Brabant",
        "Limburg",
        "Zeeland",
        "Friesland",
        "Amstel",
        "Utrecht",
        "100% Vers",
        "Snel_Service",
        "A&B",
        "Sint Jozef",
        "Zorg & Welzijn"
    };
    private static final String[] STREETS = {
        "Dorpsstraat",
        "Kerkstraat",
        "Schoolstraat",
        "Molenweg",
        "Stationsweg",
        "Hoofdstraat",
        "Julianastraat",
        "Wilhelminastraat",
        "Beatrixlaan",
        "Nieuwstraat",
        "Markt",
        "Industrieweg",
        "Kanaalweg",
        "Eikenlaan",
        "Berkenlaan",
        "Lindelaan",
        "Parallelweg",
        "Sportlaan",
        "Raadhuisplein",
        "Oranjestraat",
        "Prins Bernhardlaan",
        "Koningin Julianaweg",
        "Vondelstraat",
        "Havenkade",
        "Dijkweg"
    };
    private static final String[] PLACES = {
        "Amsterdam",
        "Rotterdam",
        "Den Haag",
        "Utrecht",
        "Eindhoven",
        "Groningen",
        "Tilburg",
        "Almere",
        "Breda",
        "Nijmegen",
        "Apeldoorn",
        "Haarlem",
        "Arnhem",
        "Enschede",
        "Amersfoort",
        "Zaanstad",
        "'s-Hertogenbosch",
        "Zwolle",
        "Leiden",
        "Leeuwarden",
        "Maastricht",
        "Dordrecht",
        "Zoetermeer",
        "Ede",
        "Alkmaar",
        "Delft",
        "Deventer",
        "Venlo",
        "Hilversum",
        "Sittard",
        "Emmen",
        "Assen",
        "Goes",
        "Middelburg",
        "Heerenveen",
        "Hoorn",
        "Gouda",
        "Alphen aan den Rijn",
        "Schiedam",
        "Oss"
    };
    private static final String[] FUNCTIONS = {
        "Directeur",
        "Eigenaar",
        "Financieel medewerker",
        "Boekhouder",
        "Office manager",
        "Controller",
        "Bedrijfsleider",
        "Administrateur",
        "HR-adviseur",
        "Inkoper"
    };
    private static final List<LegalForm> FORMS = List.of(
            LegalForm.BV,
            LegalForm.BV,
            LegalForm.BV,
            LegalForm.BV,
            LegalForm.EENMANSZAAK,
            LegalForm.EENMANSZAAK,
            LegalForm.EENMANSZAAK,
            LegalForm.VOF,
            LegalForm.VOF,
            LegalForm.STICHTING,
            LegalForm.VERENIGING,
            LegalForm.MAATSCHAP,
            LegalForm.CV,
            LegalForm.NV,
            LegalForm.COOPERATIE,
            LegalForm.OVERIG);

    private DutchNames() {}

    static RegistrationLoader.Name personName(Random random) {
        String tussenvoegsel;
        String achternaam;
        double kind = random.nextDouble();
        if (kind < 0.55) {
            String[] common = COMMON[zipf(random, COMMON.length)];
            tussenvoegsel = common[0];
            achternaam = common[1];
        } else if (kind < 0.93) {
            achternaam = ROOT_START[random.nextInt(ROOT_START.length)] + ROOT_END[random.nextInt(ROOT_END.length)];
            tussenvoegsel = random.nextInt(5) == 0 ? TUSSENVOEGSELS[random.nextInt(TUSSENVOEGSELS.length)] : null;
        } else {
            achternaam = ELSEWHERE[random.nextInt(ELSEWHERE.length)];
            tussenvoegsel = null;
        }
        if (random.nextInt(25) == 0) { // double surname
            String[] other = COMMON[zipf(random, COMMON.length)];
            achternaam = achternaam + "-" + (other[0] == null ? "" : capitalize(other[0]) + " ") + other[1];
        }
        int count = 1 + random.nextInt(3);
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < count; i++) {
            initials.append(INITIALS[random.nextInt(INITIALS.length)]).append('.');
        }
        return new RegistrationLoader.Name(
                random.nextBoolean() ? "DHR" : "MEVR", initials.toString(), tussenvoegsel, achternaam);
    }

    static String companyName(Random random, @Nullable LegalForm form) {
        String branch = BRANCHES[random.nextInt(BRANCHES.length)];
        String[] common = COMMON[zipf(random, COMMON.length)];
        String surname = (common[0] == null ? "" : capitalize(common[0]) + " ") + common[1];
        if (random.nextInt(3) == 0) {
            surname = ROOT_START[random.nextInt(ROOT_START.length)] + ROOT_END[random.nextInt(ROOT_END.length)];
        }
        String name = switch (random.nextInt(6)) {
            case 0, 1 -> branch + " " + surname;
            case 2 -> surname + " " + branch;
            case 3 -> branch + " " + WORDS[random.nextInt(WORDS.length)];
            case 4 -> WORDS[random.nextInt(WORDS.length)] + " " + branch;
            default -> surname + " & " + COMMON[zipf(random, COMMON.length)][1] + " " + branch;
        };
        if (form == LegalForm.STICHTING) {
            name = "Stichting " + WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " " + branch : "");
        } else if (form == LegalForm.VERENIGING) {
            name = "Vereniging " + WORDS[random.nextInt(WORDS.length)];
        } else if (form == LegalForm.COOPERATIE) {
            name = "Coöperatie " + WORDS[random.nextInt(WORDS.length)] + " U.A.";
        }
        String suffix = form == null
                ? ""
                : switch (form) {
                    case BV -> " B.V.";
                    case NV -> " N.V.";
                    case VOF -> " V.O.F.";
                    case CV -> " C.V.";
                    default -> "";
                };
        return name + suffix;
    }

    static LegalForm legalForm(Random random) {
        return FORMS.get(random.nextInt(FORMS.size()));
    }

    static String street(Random random) {
        return STREETS[random.nextInt(STREETS.length)];
    }

    static String place(Random random) {
        return PLACES[zipf(random, PLACES.length)];
    }

    static String function(Random random) {
        return FUNCTIONS[random.nextInt(FUNCTIONS.length)];
    }

    /** A Dutch postcode: first digit 1-9, letter pairs SA, SD and SS never used. */
    static String postcode(Random random) {
        String letters;
        do {
            letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        } while (letters.equals("SA") || letters.equals("SD") || letters.equals("SS"));
        return (1000 + random.nextInt(9000)) + " " + letters;
    }

    /** A BSN that passes the 11-proef. */
    static String bsn(Random random) {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int check = sum % 11;
            if (check < 10 && sum > 0) {
                digits[8] = check;
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    /** An index in [0, size), index k about 1/(k+1) as likely as index 0 (Zipf, s = 1). */
    private static int zipf(Random random, int size) {
        double harmonic = Math.log(size) + 0.5772;
        double target = random.nextDouble() * harmonic;
        double sum = 0;
        for (int k = 0; k < size; k++) {
            sum += 1.0 / (k + 1);
            if (sum >= target) {
                return k;
            }
        }
        return size - 1;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
