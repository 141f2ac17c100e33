namespace Hankevahti.Demo.Portfolio;

/// <summary>A lead organisation or co-implementer of generated projects, and the region the portfolio groups it under.</summary>
public sealed record PortfolioOrganisation(string Name, string ShortName, PortfolioOrganisationKind Kind);

public enum PortfolioOrganisationKind { County, Hus, City }

/// <summary>
/// The organisations a national portfolio is made of: the 21 wellbeing services counties by the names the act on
/// wellbeing services counties (611/2021, 7 §) gives them, HUS, and cities (Helsinki organises its own services;
/// the others take part as co-implementers). Real names, because a portfolio by region is what is being shown.
/// </summary>
public static class PortfolioOrganisations
{
    public static IReadOnlyList<PortfolioOrganisation> Counties { get; } =
    [
        new("Itä-Uudenmaan hyvinvointialue", "Itä-Uusimaa", PortfolioOrganisationKind.County),
        new("Keski-Uudenmaan hyvinvointialue", "Keski-Uusimaa", PortfolioOrganisationKind.County),
        new("Länsi-Uudenmaan hyvinvointialue", "Länsi-Uusimaa", PortfolioOrganisationKind.County),
        new("Vantaan ja Keravan hyvinvointialue", "Vantaa–Kerava", PortfolioOrganisationKind.County),
        new("Varsinais-Suomen hyvinvointialue", "Varsinais-Suomi", PortfolioOrganisationKind.County),
        new("Satakunnan hyvinvointialue", "Satakunta", PortfolioOrganisationKind.County),
        new("Kanta-Hämeen hyvinvointialue", "Kanta-Häme", PortfolioOrganisationKind.County),
        new("Pirkanmaan hyvinvointialue", "Pirkanmaa", PortfolioOrganisationKind.County),
        new("Päijät-Hämeen hyvinvointialue", "Päijät-Häme", PortfolioOrganisationKind.County),
        new("Kymenlaakson hyvinvointialue", "Kymenlaakso", PortfolioOrganisationKind.County),
        new("Etelä-Karjalan hyvinvointialue", "Etelä-Karjala", PortfolioOrganisationKind.County),
        new("Etelä-Savon hyvinvointialue", "Etelä-Savo", PortfolioOrganisationKind.County),
        new("Pohjois-Savon hyvinvointialue", "Pohjois-Savo", PortfolioOrganisationKind.County),
        new("Pohjois-Karjalan hyvinvointialue", "Pohjois-Karjala", PortfolioOrganisationKind.County),
        new("Keski-Suomen hyvinvointialue", "Keski-Suomi", PortfolioOrganisationKind.County),
        new("Etelä-Pohjanmaan hyvinvointialue", "Etelä-Pohjanmaa", PortfolioOrganisationKind.County),
        new("Pohjanmaan hyvinvointialue", "Pohjanmaa", PortfolioOrganisationKind.County),
        new("Keski-Pohjanmaan hyvinvointialue", "Keski-Pohjanmaa", PortfolioOrganisationKind.County),
        new("Pohjois-Pohjanmaan hyvinvointialue", "Pohjois-Pohjanmaa", PortfolioOrganisationKind.County),
        new("Kainuun hyvinvointialue", "Kainuu", PortfolioOrganisationKind.County),
        new("Lapin hyvinvointialue", "Lappi", PortfolioOrganisationKind.County),
    ];

    public static PortfolioOrganisation Hus { get; } = new("HUS-yhtymä", "HUS", PortfolioOrganisationKind.Hus);

    public static IReadOnlyList<PortfolioOrganisation> Cities { get; } =
    [
        new("Helsingin kaupunki", "Helsinki", PortfolioOrganisationKind.City),
        new("Espoon kaupunki", "Espoo", PortfolioOrganisationKind.City),
        new("Tampereen kaupunki", "Tampere", PortfolioOrganisationKind.City),
        new("Turun kaupunki", "Turku", PortfolioOrganisationKind.City),
        new("Oulun kaupunki", "Oulu", PortfolioOrganisationKind.City),
        new("Jyväskylän kaupunki", "Jyväskylä", PortfolioOrganisationKind.City),
        new("Kuopion kaupunki", "Kuopio", PortfolioOrganisationKind.City),
    ];

    /// <summary>Who may lead a project: the counties, HUS and Helsinki, which organise social and health services.</summary>
    public static IReadOnlyList<PortfolioOrganisation> Leads { get; } = [.. Counties, Hus, Cities[0]];

    /// <summary>Who may take part as a co-implementer: everyone.</summary>
    public static IReadOnlyList<PortfolioOrganisation> All { get; } = [.. Counties, Hus, .. Cities];

    /// <summary>The funder named in every generated plan.</summary>
    public const string Funder = "Sosiaali- ja terveysministeriö";
}
