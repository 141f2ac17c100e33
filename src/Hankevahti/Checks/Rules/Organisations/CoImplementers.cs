using Hankevahti.Plans;
using PlanOrganisation = Hankevahti.Plans.Organisation;

namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>The plan's co-implementers (osatoteuttajat) with their paths, and how they are named in messages and budgets.</summary>
internal static class CoImplementers
{
    public static IReadOnlyList<(PlanOrganisation Organisation, int Index)> Of(Plan plan) =>
        (plan.Organisations ?? []).Select((o, i) => (o, i))
            .Where(x => x.o?.Roles is not null && x.o.Roles.Contains(OrganisationRole.CoImplementer) && !Governance.IsBlank(x.o.Name))
            .ToList();

    /// <summary>"Järvilaakson hyvinvointialue (Jäha)".</summary>
    public static string Label(PlanOrganisation o) =>
        Governance.IsBlank(o.ShortName) || o.Name.Contains(o.ShortName!, StringComparison.OrdinalIgnoreCase) ? o.Name.Trim() : $"{o.Name.Trim()} ({o.ShortName!.Trim()})";

    public static string Labels(IEnumerable<(PlanOrganisation Organisation, int Index)> list) => string.Join(", ", list.Select(x => Label(x.Organisation)));

    /// <summary>
    /// Whether a name written elsewhere (a budget line's organisation) means this organisation: its name or
    /// short name, or one within the other ("Jäha" and "Järvilaakson hyvinvointialue (Jäha)").
    /// </summary>
    public static bool Means(PlanOrganisation o, string? written)
    {
        if (Governance.IsBlank(written))
        {
            return false;
        }
        var w = written!.Trim();
        return Same(o.Name, w) || Same(o.ShortName, w);
    }

    private static bool Same(string? name, string written)
    {
        if (Governance.IsBlank(name))
        {
            return false;
        }
        var n = name!.Trim();
        return n.Equals(written, StringComparison.OrdinalIgnoreCase)
            || (written.Length >= 3 && n.Contains(written, StringComparison.OrdinalIgnoreCase))
            || (n.Length >= 3 && written.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    public static FindingPlace Place(CheckContext context, IReadOnlyList<(PlanOrganisation Organisation, int Index)> list, string property)
    {
        var first = list[0];
        var path = list.Count == 1 ? $"organisations[{first.Index}].{property}" : "organisations";
        return context.Place(path, first.Organisation.Source, null, "organisation", "administration");
    }
}
