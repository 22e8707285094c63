package nl.klantregistratie.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.klantregistratie.client.LegalForm;
import nl.klantregistratie.client.Salutation;
import org.jspecify.annotations.Nullable;

/**
 * Dutch names, places and numbers for generated data: the one generator behind the demo data and the
 * benchmarks (and the link-suggestion test sets). Real places with their postcode range and
 * netnummer; first names by gender and generation with the roepnaam such a person goes by; surnames
 * as often as in a real office (common ones, "Jansen" and "de Jong" first, far more often than rare
 * ones, so a prefix search finds pages of some and a few of most), a long tail of composed ones for
 * a million rows, names from elsewhere with their accents; company names per legal form. Every
 * method takes the {@link Random} to draw from, so a seed gives the same data again.
 */
public final class DutchNames {

    /** A surname: "van den" + "Berg". */
    public record Surname(@Nullable String tussenvoegsel, String achternaam) {}

    /** A person's names as an office registers them. */
    public record PersonName(
            Salutation aanhef, String voornamen, String roepnaam, String voorletters, Surname surname) {}

    /** A place, its postcode numbers (first 4 digits, inclusive), its netnummer (area code) and weight. */
    public record Place(String name, int postcodeFrom, int postcodeTo, String areaCode, int weight) {}

    static final List<Place> PLACES = List.of(
            new Place("Amsterdam", 1011, 1109, "020", 12),
            new Place("Rotterdam", 3011, 3089, "010", 9),
            new Place("Den Haag", 2491, 2597, "070", 8),
            new Place("Utrecht", 3511, 3585, "030", 8),
            new Place("Eindhoven", 5611, 5658, "040", 5),
            new Place("Groningen", 9711, 9747, "050", 4),
            new Place("Tilburg", 5011, 5049, "013", 4),
            new Place("Almere", 1311, 1363, "036", 3),
            new Place("Breda", 4811, 4841, "076", 3),
            new Place("Nijmegen", 6511, 6546, "024", 3),
            new Place("Apeldoorn", 7311, 7339, "055", 3),
            new Place("Haarlem", 2011, 2037, "023", 3),
            new Place("Arnhem", 6811, 6846, "026", 3),
            new Place("Enschede", 7511, 7548, "053", 3),
            new Place("Amersfoort", 3811, 3829, "033", 3),
            new Place("'s-Hertogenbosch", 5211, 5248, "073", 3),
            new Place("Zwolle", 8011, 8047, "038", 3),
            new Place("Leiden", 2311, 2334, "071", 3),
            new Place("Zoetermeer", 2711, 2729, "079", 2),
            new Place("Maastricht", 6211, 6229, "043", 2),
            new Place("Dordrecht", 3311, 3329, "078", 2),
            new Place("Leeuwarden", 8911, 8939, "058", 2),
            new Place("Delft", 2611, 2629, "015", 2),
            new Place("Alkmaar", 1811, 1834, "072", 2),
            new Place("Deventer", 7411, 7439, "0570", 2),
            new Place("Hilversum", 1211, 1223, "035", 2),
            new Place("Zaandam", 1501, 1509, "075", 1),
            new Place("Zeist", 3701, 3709, "030", 1),
            new Place("Hoorn", 1621, 1628, "0229", 1),
            new Place("Gouda", 2801, 2809, "0182", 1),
            new Place("Assen", 9401, 9409, "0592", 1),
            new Place("Middelburg", 4331, 4339, "0118", 1),
            new Place("Ede", 6711, 6718, "0318", 1),
            new Place("Wageningen", 6701, 6709, "0317", 1),
            new Place("Harderwijk", 3841, 3849, "0341", 1),
            new Place("Emmen", 7811, 7828, "0591", 1),
            new Place("Venlo", 5911, 5928, "077", 1),
            new Place("Heerlen", 6411, 6422, "045", 1),
            new Place("Roermond", 6041, 6046, "0475", 1),
            new Place("Sneek", 8601, 8608, "0515", 1),
            new Place("Tiel", 4001, 4007, "0344", 1),
            new Place("Schiedam", 3111, 3125, "010", 1),
            new Place("Hoofddorp", 2131, 2136, "023", 1));

    static final String POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
    static final List<String> STREETS = List.of(
            "Kerkstraat",
            "Dorpsstraat",
            "Molenstraat",
            "Schoolstraat",
            "Stationsweg",
            "Julianalaan",
            "Wilhelminastraat",
            "Beatrixstraat",
            "Oranjestraat",
            "Prins Bernhardlaan",
            "Nieuwstraat",
            "Hoofdstraat",
            "Marktstraat",
            "Emmalaan",
            "Lindenlaan",
            "Eikenlaan",
            "Beukenlaan",
            "Berkenlaan",
            "Kastanjelaan",
            "Rozenstraat",
            "Tulpstraat",
            "Sportlaan",
            "Parkweg",
            "Brinkstraat",
            "Van Goghstraat",
            "Rembrandtlaan",
            "Vondelstraat",
            "Bilderdijkstraat",
            "Mozartlaan",
            "Johan de Wittstraat",
            "Zonnebloemstraat",
            "Kanaalweg",
            "Dijkstraat",
            "Veldweg",
            "Torenstraat",
            "Irisstraat",
            "Graaf Florisstraat",
            "Koningin Julianaplein",
            "Burgemeester de Withstraat",
            "Lange Nieuwstraat",
            "Achter de Kerk",
            "Oude Gracht",
            "Singel",
            "Herengracht",
            "Prinsengracht");
    static final List<String> STREET_SUFFIXES =
            List.of("straat", "laan", "weg", "hof", "plein", "kade", "singel", "dreef");
    static final List<String> BUSINESS_STREETS = List.of(
            "Industrieweg",
            "Nijverheidsweg",
            "Handelsweg",
            "Ambachtsweg",
            "Edisonstraat",
            "Kanaaldijk",
            "Zuiderhavenweg",
            "Transportweg",
            "Energieweg",
            "Einsteinstraat",
            "Kelvinstraat",
            "Bedrijvenpark",
            "Stationsplein",
            "Marktplein",
            "Havenstraat",
            "Newtonlaan",
            "Laan van Zuid",
            "Westerkade");

    /** Official first names (as in voornamen) with the roepnaam such a person is usually called. */
    record FirstName(String name, String roepnaam) {}

    static final List<FirstName> MEN_OLDER = names(
            "Johannes:Jan",
            "Johannes:Hans",
            "Hendrik:Henk",
            "Cornelis:Kees",
            "Willem:Wim",
            "Gerrit:Gerrit",
            "Pieter:Piet",
            "Jacobus:Jaap",
            "Adrianus:Ad",
            "Petrus:Peter",
            "Theodorus:Theo",
            "Franciscus:Frans",
            "Antonius:Ton",
            "Gerardus:Gerard",
            "Wilhelmus:Wim",
            "Martinus:Martin",
            "Jan:Jan",
            "Dirk:Dirk",
            "Klaas:Klaas",
            "Hendrikus:Rik",
            "Christiaan:Chris",
            "Arie:Arie",
            "Jacob:Jaap",
            "Bernardus:Ben",
            "Leendert:Leo",
            "Marinus:Rinus",
            "Rudolf:Ruud",
            "Albertus:Bert",
            "Gijsbert:Gijs",
            "René:René",
            "André:André",
            "Frank:Frank",
            "Robert:Rob",
            "Erik:Erik",
            "Mehmet:Mehmet",
            "Mohamed:Mohamed",
            "Philippus:Flip",
            "IJsbrand:IJsbrand");
    static final List<FirstName> MEN_YOUNGER = names(
            "Thomas:Tom",
            "Daan:Daan",
            "Sander:Sander",
            "Mark:Mark",
            "Ruben:Ruben",
            "Lucas:Luuk",
            "Maarten:Maarten",
            "Stefan:Stefan",
            "Joost:Joost",
            "Jeroen:Jeroen",
            "Michiel:Michiel",
            "Sjoerd:Sjoerd",
            "Bram:Bram",
            "Thijs:Thijs",
            "Jesse:Jesse",
            "Lars:Lars",
            "Niels:Niels",
            "Tim:Tim",
            "Bas:Bas",
            "Wouter:Wouter",
            "Joël:Joël",
            "Mohammed:Mo",
            "Ahmet:Ahmet",
            "Youssef:Youssef",
            "Kevin:Kevin",
            "Dennis:Dennis",
            "Rick:Rick",
            "Martijn:Martijn",
            "Jasper:Jasper",
            "Koen:Koen",
            "Stijn:Stijn",
            "Emre:Emre",
            "Luuk:Luuk",
            "Sem:Sem",
            "Mick:Mick");
    static final List<FirstName> WOMEN_OLDER = names(
            "Johanna:Anneke",
            "Maria:Marja",
            "Maria:Ria",
            "Cornelia:Corrie",
            "Wilhelmina:Willy",
            "Hendrika:Riek",
            "Geertruida:Truus",
            "Elisabeth:Lies",
            "Anna:Anna",
            "Petronella:Nel",
            "Catharina:Toos",
            "Margaretha:Greet",
            "Adriana:Jeanne",
            "Ingrid:Ingrid",
            "Monique:Monique",
            "Sandra:Sandra",
            "Linda:Linda",
            "Marianne:Marianne",
            "Gerda:Gerda",
            "Jacoba:Co",
            "Theodora:Dora",
            "Christina:Stien",
            "Hélène:Hélène",
            "Renée:Renée",
            "Fatma:Fatma",
            "Wilma:Wilma",
            "Yvonne:Yvonne",
            "Astrid:Astrid",
            "Thea:Thea",
            "Henriëtte:Jet");
    static final List<FirstName> WOMEN_YOUNGER = names(
            "Marieke:Marieke",
            "Anouk:Anouk",
            "Sanne:Sanne",
            "Lotte:Lotte",
            "Fleur:Fleur",
            "Emma:Emma",
            "Sophie:Sophie",
            "Julia:Julia",
            "Esther:Esther",
            "Femke:Femke",
            "Iris:Iris",
            "Fatima:Fatima",
            "Ayşe:Ayşe",
            "Noor:Noor",
            "Daphne:Daphne",
            "Inge:Inge",
            "Marloes:Marloes",
            "Chloë:Chloë",
            "Zoë:Zoë",
            "Anaïs:Anaïs",
            "Lisa:Lisa",
            "Eva:Eva",
            "Laura:Laura",
            "Kim:Kim",
            "Charlotte:Charlotte",
            "Naima:Naima",
            "Merel:Merel",
            "Roos:Roos",
            "Nadia:Nadia",
            "Mirjam:Mirjam",
            "Elif:Elif",
            "Maaike:Maaike");
    static final List<String> MIDDLE_NAMES_MEN = List.of(
            "Maria",
            "Petrus",
            "Johannes",
            "Hendrikus",
            "Cornelis",
            "Antonius",
            "Josephus",
            "Gerardus",
            "Jacobus",
            "Willem",
            "Jan",
            "Frederik",
            "Pieter");
    static final List<String> MIDDLE_NAMES_WOMEN = List.of(
            "Maria",
            "Johanna",
            "Cornelia",
            "Elisabeth",
            "Hendrika",
            "Wilhelmina",
            "Anna",
            "Catharina",
            "Louise",
            "Sophia",
            "Geertruida",
            "Margaretha");

    /** Surnames with accents, handed out in turn so each appears: accent-insensitive search has examples. */
    static final List<String> ACCENTED_SURNAMES = List.of(
            "|Brüggen",
            "|Çelik",
            "|Sánchez",
            "|Hoëvenaars",
            "|Müller",
            "|Öztürk",
            "|Lefèvre",
            "|Gonçalves",
            "|Şahin",
            "|Daniëls",
            "|Israëls",
            "|Núñez",
            "van|Brüggen",
            "|Aydoğan",
            "|Beliën");

    static final List<String> TITLES = List.of("mr.", "drs.", "ir.", "dr.", "ing.", "mr. drs.", "prof. dr.");
    static final List<String> FREE_MAIL = List.of(
            "gmail.com",
            "gmail.com",
            "gmail.com",
            "hotmail.com",
            "hotmail.nl",
            "live.nl",
            "outlook.com",
            "kpnmail.nl",
            "ziggo.nl",
            "xs4all.nl",
            "planet.nl",
            "icloud.com",
            "home.nl");

    static final List<String> BRANCHES_SOLO = List.of(
            "Schildersbedrijf",
            "Klussenbedrijf",
            "Hoveniersbedrijf",
            "Timmerbedrijf",
            "Loodgietersbedrijf",
            "Fotografie",
            "Administratie",
            "Advies",
            "Tekst & Redactie",
            "Fysiotherapie",
            "Pedicurepraktijk",
            "Taxi",
            "Webdesign",
            "Coaching",
            "Rijschool",
            "Kapsalon",
            "Schoonheidssalon",
            "Bouwbegeleiding",
            "Vertaalbureau",
            "ICT");
    static final List<String> BRANCHES = List.of(
            "Installatietechniek",
            "Bouw",
            "Transport",
            "Logistiek",
            "Software",
            "Metaal",
            "Elektrotechniek",
            "Vastgoed",
            "Accountancy",
            "Makelaardij",
            "Groothandel",
            "Interieurbouw",
            "Communicatie",
            "Engineering",
            "Catering",
            "Dakwerken",
            "Kunststoffen",
            "Automatisering",
            "Verhuur",
            "Consultancy",
            "Schoonmaak",
            "Zorg",
            "Grondverzet");
    static final List<String> SHOPS = List.of(
            "Bakkerij",
            "Slagerij",
            "Drukkerij",
            "Café",
            "Restaurant",
            "Brasserie",
            "Boekhandel",
            "Bloemenhuis",
            "Fietsenmaker",
            "Garage",
            "Kwekerij",
            "Kaashandel",
            "Brouwerij",
            "Hotel",
            "Tuincentrum",
            "Apotheek");
    static final List<String> FANCY = List.of(
            "De Korenschoof",
            "Het Anker",
            "De Molen",
            "De Eendracht",
            "De Vlijt",
            "Polderzicht",
            "Duinrand",
            "Waterland",
            "Het Kompas",
            "Horizon",
            "De Zwaan",
            "Het Gouden Hoofd",
            "De Linde",
            "De Eik",
            "Noorderlicht",
            "Zuiderzon",
            "De Morgenster",
            "Het Wapen van Holland",
            "De Drie Gebroeders",
            "De Hoop",
            "De Sleutel",
            "Het Hart",
            "De Zon",
            "Oranjeboom",
            "De Vriendschap",
            "De Kroon",
            "Het Veerhuis",
            "De Zeven Provinciën");
    static final List<String> BRAND_WORDS = List.of(
            "Nordwise",
            "Tulpa",
            "Veldkamp",
            "Brightlane",
            "Dijkzicht",
            "Waddenwind",
            "Kompaswerk",
            "Lindeboom",
            "Polderwerk",
            "Zilverberg",
            "Rijnmond",
            "Heuvelrug",
            "Kustlicht",
            "Maasdelta",
            "Ijsselstroom",
            "Bakenzee",
            "Delftblauw",
            "Groenrijk");
    static final List<String> CAUSES = List.of(
            "Voedselbank",
            "Vrienden van het Ziekenhuis",
            "Kinderopvang De Boomhut",
            "Dorpshuis De Schakel",
            "Muziekschool",
            "Het Open Atelier",
            "Buurtzorg",
            "Speeltuin De Klimop",
            "Hospice De Regenboog",
            "Sportfonds",
            "Natuurbehoud",
            "Vluchtelingenwerk",
            "Cultureel Centrum",
            "Monumentenzorg",
            "Jeugdtheater",
            "Zwembad De Waterlelie");
    static final List<String> CLUBS = List.of(
            "Voetbalvereniging",
            "Tennisvereniging",
            "Muziekvereniging",
            "Hockeyclub",
            "Zangvereniging",
            "Schaakvereniging",
            "IJsclub",
            "Oranjevereniging",
            "Roeivereniging",
            "Toneelvereniging");
    static final List<String> SAINTS = List.of(
            "H. Martinus", "H. Nicolaas", "H. Bavo", "H. Willibrordus", "H. Jozef", "H. Lambertus", "Maria Magdalena");

    private static List<FirstName> names(String... pairs) {
        return Arrays.stream(pairs)
                .map(pair -> pair.split(":"))
                .map(parts -> new FirstName(parts[0], parts[1]))
                .toList();
    }

    /** The most common Dutch surnames, most common first; "de Vries" as tussenvoegsel + achternaam. */
    static final String[][] COMMON = {
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
    static final String[] ELSEWHERE = {
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

    static final String[] ROOT_START = {
        "Groen", "Klein", "Groot", "Oost", "West", "Noord", "Zuid", "Hoog", "Laag", "Nieuw", "Oud", "Wester", "Ooster",
        "Ter", "Brink", "Kool", "Bloem", "Linde", "Zand", "Steen", "Water", "Molen", "Kerk", "Akker", "Heide", "Wit",
        "Zwart", "Rood", "Berk", "Eik", "Hazel", "Vos", "Haver", "Rogge", "Koren", "Dijk", "Kamp", "Brug", "Veld",
        "Hout", "Bos", "Wiel", "Ham", "Hol", "Ros", "Ver", "Vel", "Wal", "Zee", "Duin"
    };
    static final String[] ROOT_END = {
        "berg", "hof", "veld", "dijk", "hout", "kamp", "broek", "bosch", "water", "steen", "molen", "hoek", "horst",
        "land", "meer", "wijk", "brug", "beek", "zand", "man", "mans", "ink", "stra", "sma", "ma", "inga", "huis",
        "kes", "sen", "ers", "er", "ing", "ema", "enga"
    };
    static final String[] TUSSENVOEGSELS = {"van", "de", "van der", "van den", "van de", "ter", "ten"};

    static final String[] FUNCTIONS = {
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
    static final List<LegalForm> FORMS = List.of(
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

    private static final int PLACE_WEIGHTS =
            PLACES.stream().mapToInt(Place::weight).sum();

    private DutchNames() {}

    /** A person born on that date: aanhef, first names of that generation, roepnaam, voorletters, surname. */
    public static PersonName person(Random random, LocalDate birth) {
        boolean older = birth.getYear() < 1970;
        int gender = random.nextInt(100);
        boolean male = gender < 49 || (gender >= 98 && random.nextBoolean());
        Salutation aanhef = gender >= 98 ? Salutation.NEUTRAAL : male ? Salutation.DHR : Salutation.MEVR;
        FirstName firstName =
                pick(random, male ? (older ? MEN_OLDER : MEN_YOUNGER) : (older ? WOMEN_OLDER : WOMEN_YOUNGER));
        List<String> voornamen = new ArrayList<>(List.of(firstName.name()));
        int extra = older ? random.nextInt(3) : random.nextInt(4) == 0 ? 1 : 0;
        for (int i = 0; i < extra; i++) {
            String middle = pick(random, male ? MIDDLE_NAMES_MEN : MIDDLE_NAMES_WOMEN);
            if (!voornamen.contains(middle)) {
                voornamen.add(middle);
            }
        }
        return new PersonName(
                aanhef, String.join(" ", voornamen), firstName.roepnaam(), initials(voornamen), surname(random));
    }

    /**
     * A surname as often as in an office: a common one (about 1/(k+1) as often as the most common),
     * else a composed one from the long tail (some with a tussenvoegsel), else one from elsewhere; one
     * in 25 is a double surname.
     */
    public static Surname surname(Random random) {
        String tussenvoegsel;
        String achternaam;
        double kind = random.nextDouble();
        if (kind < 0.55) {
            String[] common = COMMON[zipf(random, COMMON.length)];
            tussenvoegsel = common[0];
            achternaam = common[1];
        } else if (kind < 0.93) {
            achternaam = composedSurname(random);
            tussenvoegsel = random.nextInt(5) == 0 ? TUSSENVOEGSELS[random.nextInt(TUSSENVOEGSELS.length)] : null;
        } else {
            achternaam = ELSEWHERE[random.nextInt(ELSEWHERE.length)];
            tussenvoegsel = null;
        }
        if (random.nextInt(25) == 0) {
            String[] other = COMMON[zipf(random, COMMON.length)];
            achternaam = achternaam + "-" + (other[0] == null ? "" : capitalize(other[0]) + " ") + other[1];
        }
        return new Surname(tussenvoegsel, achternaam);
    }

    /** The surnames with accents, each in turn ({@code turn} counts up), so every one appears. */
    public static Surname accentedSurname(int turn) {
        String[] parts = ACCENTED_SURNAMES.get(turn % ACCENTED_SURNAMES.size()).split("\\|", -1);
        return new Surname(parts[0].isEmpty() ? null : parts[0], parts[1]);
    }

    /** A first name as in voornamen, of either gender and any generation. */
    public static String firstName(Random random) {
        return pick(random, pick(random, List.of(MEN_OLDER, MEN_YOUNGER, WOMEN_OLDER, WOMEN_YOUNGER)))
                .name();
    }

    /** "Johannes Theodorus Maria" gives "J.Th.M.". */
    public static String initials(List<String> voornamen) {
        StringBuilder initials = new StringBuilder();
        for (String name : voornamen) {
            if (name.startsWith("IJ")) {
                initials.append("IJ.");
            } else if (name.startsWith("Th") || name.startsWith("Ph")) {
                initials.append(name, 0, 2).append('.');
            } else if (name.startsWith("Chr")) {
                initials.append("Chr.");
            } else {
                initials.append(name.charAt(0)).append('.');
            }
        }
        return initials.toString();
    }

    /** A place, the larger ones more often. */
    public static Place place(Random random) {
        int draw = random.nextInt(PLACE_WEIGHTS);
        for (Place place : PLACES) {
            draw -= place.weight();
            if (draw < 0) {
                return place;
            }
        }
        return PLACES.getFirst();
    }

    /** A street to live in: a common street name, or a surname with a suffix ("Aalberslaan"). */
    public static String street(Random random) {
        if (random.nextInt(100) < 60) {
            return pick(random, STREETS);
        }
        String name;
        do {
            name = composedSurname(random);
        } while (!name.matches("\\p{L}+"));
        return name + pick(random, STREET_SUFFIXES);
    }

    /** A street on a business park. */
    public static String businessStreet(Random random) {
        return pick(random, BUSINESS_STREETS);
    }

    /** "1234 AB" within the place's range, with the letters PostNL uses (no F, I, O, Q, U, Y), never SA, SD, SS. */
    public static String postcode(Random random, Place place) {
        int number = place.postcodeFrom() + random.nextInt(place.postcodeTo() - place.postcodeFrom() + 1);
        while (true) {
            String letters = "" + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                    + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
            if (!letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS")) {
                return number + " " + letters;
            }
        }
    }

    /** 8 random digits (the first 1-6) and the check digit that makes the 11-proef hold; never a 10. */
    public static String bsn(Random random) {
        while (true) {
            int[] digits = new int[9];
            digits[0] = 1 + random.nextInt(6);
            int sum = 9 * digits[0];
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int check = sum % 11;
            if (check < 10) {
                digits[8] = check;
                StringBuilder bsn = new StringBuilder(9);
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    /** A free mail provider's domain, as private addresses have them. */
    public static String freeMailDomain(Random random) {
        return pick(random, FREE_MAIL);
    }

    /** A functie at a company. */
    public static String function(Random random) {
        return FUNCTIONS[random.nextInt(FUNCTIONS.length)];
    }

    public static LegalForm legalForm(Random random) {
        return FORMS.get(random.nextInt(FORMS.size()));
    }

    /** A company name that fits the legal form ("Stichting …", "… B.V."); none given: a trade name. */
    public static String companyName(Random random, @Nullable LegalForm form) {
        String branch = pick(random, BRANCHES);
        Surname owner = surname(random);
        String surname =
                (owner.tussenvoegsel() == null ? "" : capitalize(owner.tussenvoegsel()) + " ") + owner.achternaam();
        String name = switch (random.nextInt(6)) {
            case 0, 1 -> branch + " " + surname;
            case 2 -> surname + " " + branch;
            case 3 -> branch + " " + pick(random, BRAND_WORDS);
            case 4 -> pick(random, FANCY);
            default -> surname + " & " + surname(random).achternaam() + " " + branch;
        };
        if (form == null) {
            return name;
        }
        return switch (form) {
            case STICHTING -> "Stichting " + pick(random, CAUSES);
            case VERENIGING -> pick(random, CLUBS) + " " + pick(random, BRAND_WORDS);
            case COOPERATIE -> "Coöperatie " + pick(random, BRAND_WORDS) + " U.A.";
            case BV -> name + " B.V.";
            case NV -> name + " N.V.";
            case VOF -> name + " V.O.F.";
            case CV -> name + " C.V.";
            default -> name;
        };
    }

    static String composedSurname(Random random) {
        return ROOT_START[random.nextInt(ROOT_START.length)] + ROOT_END[random.nextInt(ROOT_END.length)];
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
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

    static String capitalize(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
