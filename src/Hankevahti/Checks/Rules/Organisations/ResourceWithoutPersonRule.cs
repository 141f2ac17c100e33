namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// Rows of a resource table that name no person or role: an organisation left with empty cells, or a
/// description or allocation nobody is named for. One finding per table lists the rows.
/// </summary>
public sealed class ResourceWithoutPersonRule : Rule
{
    public override string Code => "HV-ORG-006";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Resurssiriviltä puuttuu henkilö", "Resource row without a person");
    public override Localized Explanation => new(
        "Resurssitaulukon jokaisella rivillä kerrotaan, kuka tai mikä tehtävä hankkeeseen osallistuu ja millä työpanoksella. Tyhjä rivi jättää organisaation osuuden auki.",
        "Each row of the resource table says who (or which post) works for the project and how much; an empty row leaves the organisation's part open.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var rows in ResourceRows.ByTable(context.Plan, r => !ResourceRows.HasPerson(r)))
        {
            var empty = rows.Where(x => ResourceRows.IsEmpty(x.Resource)).Select(x => x.Resource).ToList();
            var partial = rows.Where(x => !ResourceRows.IsEmpty(x.Resource)).Select(x => x.Resource).ToList();
            var fi = new List<string>();
            var en = new List<string>();
            if (empty.Count > 0)
            {
                var list = ResourceRows.Labels(empty);
                fi.Add(empty.Count == 1 ? $"tyhjä rivi: {list.Fi}" : $"tyhjiä rivejä: {list.Fi}");
                en.Add(empty.Count == 1 ? $"an empty row: {list.En}" : $"empty rows: {list.En}");
            }
            if (partial.Count > 0)
            {
                var list = ResourceRows.Labels(partial);
                fi.Add($"{(fi.Count > 0 ? "" : "rivejä, joilta ")}henkilö tai rooli puuttuu{(fi.Count > 0 ? " riveiltä" : "")}: {list.Fi}");
                en.Add($"rows without a person or role: {list.En}");
            }
            yield return Found(ResourceRows.Place(context, rows, "personOrRole"),
                new($"Resurssitaulukossa on {string.Join("; ", fi)}.", $"The resource table has {string.Join("; ", en)}."),
                new("Kirjaa kullekin organisaatiolle hankkeeseen osallistuvat henkilöt tai tehtävänimikkeet ja heidän työpanoksensa, tai poista tyhjät rivit.",
                    "Fill in the people or posts each organisation puts into the project with their allocation, or remove the empty rows."));
        }
    }
}
