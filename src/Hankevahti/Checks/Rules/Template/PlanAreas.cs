namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// Names of the plan's top-level parts for messages ("versiohistoria"), and the section kinds they
/// belong to, so that a finding in a stored plan without source lines still lands in a section.
/// </summary>
public static class PlanAreas
{
    private static readonly Dictionary<string, (string Fi, string En, string[] Kinds)> Areas = new(StringComparer.Ordinal)
    {
        ["project"] = ("hankkeen perustiedot", "project details", []),
        ["versions"] = ("versiohistoria", "version history", []),
        ["needs"] = ("hankkeen tarve", "need", ["need", "background"]),
        ["targetGroups"] = ("kohderyhmät", "target groups", ["targetGroups"]),
        ["goals"] = ("tavoitteet", "goals", ["goals"]),
        ["work"] = ("työpaketit ja toimenpiteet", "work packages and actions", ["actions", "implementation"]),
        ["outcomes"] = ("tuotokset, tulokset ja vaikutukset", "outputs, results and impacts", ["outcomes", "outputs", "results", "impacts"]),
        ["indicators"] = ("mittarit", "indicators", ["monitoring", "goals"]),
        ["organisations"] = ("toimijat", "actors", ["organisation", "administration"]),
        ["governance"] = ("ohjausryhmä ja muut toimielimet", "steering group and other bodies", ["steeringGroup", "organisation", "administration"]),
        ["resources"] = ("resurssit", "resources", ["resources"]),
        ["budget"] = ("kustannusarvio", "budget", ["budget"]),
        ["communication"] = ("viestintä", "communication", ["communication"]),
        ["monitoring"] = ("seuranta ja arviointi", "monitoring and evaluation", ["monitoring"]),
        ["relatedProjects"] = ("yhteydet muihin hankkeisiin", "related projects", ["relatedProjects"]),
        ["risks"] = ("riskit", "risks", ["risks"]),
    };

    public static Localized Name(string area) =>
        Areas.TryGetValue(area, out var a) ? new(a.Fi, a.En) : new(area, area);

    public static string[] SectionKinds(string area) => Areas.TryGetValue(area, out var a) ? a.Kinds : [];
}
