namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// People or posts in a resource table with no allocation (työpanos). Resources are read only from tables
/// with an allocation column and from list items that state one, so an empty allocation is a gap, not a
/// table that never asked for it. Rows with no person are left to HV-ORG-006.
/// </summary>
public sealed class ResourceWithoutAllocationRule : Rule
{
    public override string Code => "HV-ORG-007";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Resurssilta puuttuu työpanos", "Resource without an allocation");
    public override Localized Explanation => new(
        "Resurssien kohdalla kerrotaan kunkin henkilön tai tehtävän työpanos (prosenttia työajasta, henkilötyökuukausia tai -vuosia), jotta henkilöstökustannukset voi arvioida.",
        "Each person or post in the resources has an allocation (share of working time, person-months or -years), so that the personnel costs can be judged.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var rows in ResourceRows.ByTable(context.Plan, r => ResourceRows.HasPerson(r) && !ResourceRows.HasAllocation(r)))
        {
            var list = ResourceRows.Labels(rows.Select(x => x.Resource));
            yield return Found(ResourceRows.Place(context, rows, "allocation"),
                rows.Count == 1
                    ? new($"Työpanos puuttuu resurssilta: {list.Fi}.", $"Resource {list.En} has no allocation.")
                    : new($"Työpanos puuttuu {rows.Count} resurssilta: {list.Fi}.", $"{rows.Count} resources have no allocation: {list.En}."),
                new("Kerro kunkin henkilön tai tehtävän työpanos hankkeessa, esimerkiksi 50 % tai 6 htkk.",
                    "State each person's or post's allocation to the project, for example 50 % or 6 person-months."));
        }
    }
}
