namespace Hankevahti.Demo.Portfolio;

/// <summary>
/// Word lists the generated names and texts are put together from. Made up for the generator, so no plan's
/// text is copied into a synthetic one; Finnish, so that the pages look as they would with real plans.
/// </summary>
internal static class PortfolioWords
{
    // A project's name: a made-up brand word ("Kivapolku") and what the project does.
    public static readonly string[] BrandStarts = ["Kiva", "Luo", "Sopu", "Tuuli", "Ruska", "Kaje", "Vire", "Hele", "Lumo", "Aalto", "Sini", "Kuula", "Tähti", "Verso", "Ilo", "Saar", "Mesi", "Kaari", "Helmi", "Lähde"];
    public static readonly string[] BrandEnds = ["polku", "silta", "väylä", "verkko", "tupa", "kompassi", "virta", "lyhty", "sydän", "kumppani", "kartta", "kaista"];
    public static readonly string[] Themes =
    [
        "ikäihmisten kotihoidon", "lasten ja nuorten mielenterveyspalvelujen", "päihde- ja riippuvuuspalvelujen", "aikuissosiaalityön",
        "kuntoutuksen", "suun terveydenhuollon", "perhekeskustoiminnan", "vammaispalvelujen", "kiireettömän vastaanoton",
        "sosiaali- ja terveyskeskuksen", "omaishoidon", "työikäisten palvelujen", "ensihoidon ja päivystyksen", "lastensuojelun avohuollon",
        "digitaalisten palvelujen", "hyvinvoinnin ja terveyden edistämisen",
    ];
    public static readonly string[] ThemeActs = ["kehittäminen", "uudistaminen", "vahvistaminen", "yhtenäistäminen", "sujuvoittaminen", "vaikuttavuuden parantaminen"];

    // Work parts: what a part develops.
    public static readonly string[] PartObjects =
    [
        "Palvelutarpeen arvioinnin", "Asiakasohjauksen", "Hoitoketjujen", "Etäpalvelujen", "Moniammatillisen tiimityön", "Tiedolla johtamisen",
        "Henkilöstön osaamisen", "Ennaltaehkäisevien palvelujen", "Kotiin annettavien palvelujen", "Järjestöyhteistyön", "Asiakaspalautteen",
        "Palveluverkon", "Yhteisten toimintamallien", "Kirjaamiskäytäntöjen",
    ];
    public static readonly string[] PartActs = ["kehittäminen", "yhtenäistäminen", "vakiinnuttaminen", "pilotointi", "uudistaminen", "levittäminen"];

    // Actions: what is done in a part.
    public static readonly string[] ActionTitles =
    [
        "Nykytilan kartoitus", "Toimintamallin suunnittelu", "Pilotointi ensimmäisellä alueella", "Pilotin arviointi", "Laajentaminen koko alueelle",
        "Henkilöstön koulutus", "Asiakasraadin työpajat", "Mittariston käyttöönotto", "Viestintä ja juurrutus", "Tietojärjestelmän muutokset",
        "Yhteistyösopimusten laatiminen", "Kustannusvaikuttavuuden arviointi", "Loppuarviointi ja raportointi",
    ];
    public static readonly string[] Units = ["kotihoitoalue", "sote-keskus", "perhekeskus", "palvelualue", "tiimi", "vastaanotto"];
    public static readonly string[] Places = ["Kivilahti", "Harjula", "Koskenniemi", "Salmela", "Mäntyranta", "Vaarala", "Joenkylä", "Lehtovaara", "Ruohola", "Kalliola", "Niittykumpu", "Saarenpää"];

    public static readonly string[] Roles = ["Projektipäällikkö", "Kehittäjähoitaja", "Kehittäjäsosiaalityöntekijä", "Projektikoordinaattori", "Palvelupäällikkö", "Erityisasiantuntija"];
    public static readonly string[] FirstNames = ["Anni", "Matti", "Liisa", "Juha", "Sanna", "Pekka", "Heidi", "Ville", "Tiina", "Jari", "Noora", "Antti", "Elina", "Mikko", "Satu", "Teemu"];
    public static readonly string[] LastNames = ["Kivinen", "Lehtola", "Harjunpää", "Salminen", "Koskela", "Rautio", "Mäkelä", "Niemi", "Vaara", "Lindqvist", "Hakala", "Ojala", "Peltonen", "Saarinen"];

    // Indicators: a name, a kind, a unit, the baseline's range and whether a lower value is better.
    public sealed record IndicatorTemplate(string Name, Plans.IndicatorKind Kind, string? Unit, decimal BaselineMin, decimal BaselineMax, bool LowerIsBetter);

    public static readonly IndicatorTemplate[] Indicators =
    [
        new("Kiireettömän hoidon odotusaika", Plans.IndicatorKind.Days, "pv", 14, 45, true),
        new("Asiakkaiden määrä uudessa toimintamallissa", Plans.IndicatorKind.Count, "hlö", 0, 200, false),
        new("Asiakastyytyväisyys (suosittelee palvelua)", Plans.IndicatorKind.Percentage, "%", 55, 80, false),
        new("Digitaalisesti asioivien osuus", Plans.IndicatorKind.Percentage, "%", 5, 35, false),
        new("Toimintamalli käytössä kaikilla alueilla", Plans.IndicatorKind.YesNo, null, 0, 0, false),
        new("Henkilöstön arvio yhteistyön sujuvuudesta", Plans.IndicatorKind.SelfAssessment, "1–5", 2, 3, false),
        new("Koulutukseen osallistuneet työntekijät", Plans.IndicatorKind.Count, "hlö", 0, 50, false),
        new("Päivystyskäynnit tuhatta asukasta kohden", Plans.IndicatorKind.Count, "kpl", 150, 320, true),
        new("Kotona asuvien yli 75-vuotiaiden osuus", Plans.IndicatorKind.Percentage, "%", 88, 92, false),
        new("Palveluun ohjauksen kesto", Plans.IndicatorKind.Days, "pv", 5, 21, true),
        new("Kustannukset asiakasta kohden", Plans.IndicatorKind.Money, "€", 800, 2400, true),
        new("Uudet yhteistyösopimukset järjestöjen kanssa", Plans.IndicatorKind.Count, "kpl", 0, 6, false),
    ];

    public static readonly string[] RiskTitles =
    [
        "Henkilöstön rekrytointi viivästyy", "Tietojärjestelmämuutokset viivästyvät", "Henkilöstön sitoutuminen jää vähäiseksi",
        "Kustannukset ylittävät arvion", "Asiakkaat eivät löydä uutta palvelua", "Yhteistyö osatoteuttajien kanssa ei suju",
        "Hankinnat viivästyvät", "Muutosvastarinta työyhteisöissä", "Tietosuojavaatimukset hidastavat kehittämistä", "Hankkeen tulokset eivät juurru",
    ];
    public static readonly string[] Mitigations =
    [
        "Rekrytointi aloitetaan heti rahoituspäätöksen jälkeen.", "Aikataulua seurataan ohjausryhmässä kuukausittain.",
        "Henkilöstö osallistetaan kehittämiseen alusta asti.", "Hankinnat valmistellaan yhdessä hankintapalvelujen kanssa.",
        "Viestintää tehostetaan ja kohdennetaan.", "Tietosuojavastaava osallistuu suunnitteluun.",
    ];
    public static readonly string[] ImpactWords = ["Vähäinen", "Pieni", "Kohtalainen", "Merkittävä", "Vakava"];

    public static readonly string[] DoneTexts =
    [
        "Pilotointi käynnistyi suunnitellusti ja asiakasmäärät kasvoivat.", "Henkilöstön koulutukset pidettiin kaikilla alueilla.",
        "Toimintamallin kuvaus valmistui ja hyväksyttiin johtoryhmässä.", "Asiakasraadin palautteen perusteella palvelupolkua selkeytettiin.",
        "Mittariston tiedonkeruu automatisoitiin.",
    ];
    public static readonly string[] Deviations =
    [
        "Ei merkittäviä poikkeamia.", "Rekrytoinnit viivästyivät kahdella kuukaudella.", "Tietojärjestelmämuutos siirtyi seuraavalle kaudelle.",
        "Henkilöstökustannukset jäivät arviota pienemmiksi.",
    ];
    public static readonly string[] NextTexts =
    [
        "Toimintamalli laajennetaan seuraaville alueille.", "Pilotin arviointi valmistuu.", "Painopisteenä juurruttaminen ja viestintä.",
    ];
    public static readonly string[] ReturnReasons =
    [
        "Arvo poikkeaa selvästi edellisestä kaudesta; tarkistakaa luku.", "Lähde puuttuu; lisätkää kommenttiin, mistä luku on.",
        "Kustannuserittely ei vastaa kirjanpitoa; korjatkaa ja lähettäkää uudelleen.",
    ];
    public static readonly string[] ValueComments = ["Potilastietojärjestelmän raportti", "Asiakaskysely", "Oma seuranta", "Tilastopoiminta"];
}
