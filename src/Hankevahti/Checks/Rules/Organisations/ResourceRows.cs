using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// Resources grouped by the table they were read from (one finding per table, not per row), with how rows
/// are named in messages: the person and organisation, or the organisation alone for a row with no person.
/// </summary>
internal static class ResourceRows
{
    public static IEnumerable<IReadOnlyList<(Resource Resource, int Index)>> ByTable(Plan plan, Func<Resource, bool> which) =>
        (plan.Resources ?? []).Select((r, i) => (r, i))
            .Where(x => x.r is not null && which(x.r))
            .GroupBy(x => x.r.Source?.Table)
            .Select(g => (IReadOnlyList<(Resource, int)>)g.ToList());

    public static bool HasPerson(Resource r) => !Governance.IsBlank(r.PersonOrRole);

    public static bool HasAllocation(Resource r) =>
        r.Allocation is { } a && (a.Value is not null || !Governance.IsBlank(a.Text));

    /// <summary>A row that says nothing beyond its organisation.</summary>
    public static bool IsEmpty(Resource r) => !HasPerson(r) && !HasAllocation(r) && Governance.IsBlank(r.Description);

    /// <summary>"Koordinaattori (Alue A)", "Alue A" for a row with no person, "rivi 4" for a row with neither.</summary>
    public static Localized Label(Resource r)
    {
        var person = CheckContext.Shorten(r.PersonOrRole, 50);
        var organisation = r.Organisation?.Trim();
        return (HasPerson(r), Governance.IsBlank(organisation)) switch
        {
            (true, false) => Same($"{person} ({organisation})"),
            (true, true) => Same(person!),
            (false, false) => Same(organisation!),
            _ => r.Source?.Row is { } row ? new($"rivi {row}", $"row {row}") : new("nimetön rivi", "unnamed row"),
        };
    }

    public static Localized Labels(IEnumerable<Resource> rows)
    {
        var labels = rows.Select(Label).ToList();
        return new(string.Join(", ", labels.Select(l => l.Fi)), string.Join(", ", labels.Select(l => l.En)));
    }

    private static Localized Same(string text) => new(text, text);

    public static FindingPlace Place(CheckContext context, IReadOnlyList<(Resource Resource, int Index)> rows, string property)
    {
        var first = rows[0];
        var path = rows.Count == 1 ? $"resources[{first.Index}].{property}" : "resources";
        return context.Place(path, first.Resource.Source, null, "resources", "organisation", "administration");
    }
}
