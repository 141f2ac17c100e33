namespace Hankevahti.Vocabulary;

/// <summary>
/// The labels a plan writes before the parts of a risk ("Kuvaus:", "Todennäköisyys:", "Varautuminen:"),
/// whether as record labels in prose, as the first column of a two-column table, or in a table header,
/// and the role each one names. Labels are compared in lower case with a trailing scale such as
/// "(1–5)" removed.
/// </summary>
public static class RiskWords
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Likelihood = "likelihood";
    public const string Impact = "impact";
    public const string Consequence = "consequence";
    public const string Score = "score";
    public const string Mitigation = "mitigation";
    public const string Owner = "owner";

    /// <summary>Label → role. The title labels open a record ("Riski: Henkilöstö vaihtuu", "Riski 2: …").</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["riski"] = Title, ["riskin nimi"] = Title, ["tunnistettu riski"] = Title, ["riskitekijä"] = Title,
        ["kuvaus"] = Description, ["riskin kuvaus"] = Description, ["kuvaus riskistä"] = Description,
        ["todennäköisyys"] = Likelihood, ["riskin todennäköisyys"] = Likelihood, ["toteutumisen todennäköisyys"] = Likelihood,
        ["todennäköisyys, että riski toteutuu"] = Likelihood,
        ["vaikutus"] = Impact, ["vaikutukset"] = Impact, ["riskin vaikutus"] = Impact, ["vaikuttavuus"] = Impact,
        ["vaikutus hankkeeseen"] = Impact, ["vakavuus"] = Impact,
        ["seuraus"] = Consequence, ["seuraukset"] = Consequence, ["seuraus, mikäli riski toteutuu"] = Consequence,
        ["seuraus, jos riski toteutuu"] = Consequence,
        ["riskin suuruus"] = Score, ["riskiluku"] = Score, ["riskipisteet"] = Score, ["merkittävyys"] = Score,
        ["riskin merkittävyys"] = Score, ["riskitaso"] = Score,
        ["varautuminen"] = Mitigation, ["varautumiskeinot"] = Mitigation, ["hallintakeinot"] = Mitigation,
        ["hallinta"] = Mitigation, ["riskienhallinta"] = Mitigation, ["riskin hallinta"] = Mitigation,
        ["toimenpiteet"] = Mitigation, ["ennaltaehkäisy"] = Mitigation, ["varautumistoimenpiteet"] = Mitigation,
        ["hallintakeinot ja varautuminen"] = Mitigation, ["varautuminen ja hallinta"] = Mitigation,
        ["toimenpiteet riskin pienentämiseksi"] = Mitigation,
        ["vastuu"] = Owner, ["vastuuhenkilö"] = Owner, ["vastuutaho"] = Owner, ["omistaja"] = Owner,
        ["riskin omistaja"] = Owner, ["vastuussa"] = Owner,
    };

    /// <summary>The roles whose presence makes a labelled record a risk and not just any described item.</summary>
    public static bool IsRiskDetail(string role) => role is Likelihood or Impact or Consequence or Score or Mitigation;
}
