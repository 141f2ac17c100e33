namespace Hankevahti.Checks.Rules.Organisation;

/// <summary>
/// Rows of a resource table that name no person or role: an organisation left with empty cells, or a
/// description or allocation nobody is named for. One finding per table lists the rows.
/// </summary>
public sealed class ResourceWithoutPerson : Rule
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
            var empty = rows.Where(x => ResourceRows.IsEmpty(x.Resource)).Select(x => ResourceRows.Label(x.Resource)).ToList();
            var partial = rows.Where(x => !ResourceRows.IsEmpty(x.Resource)).Select(x => ResourceRows.Label(x.Resource)).ToList();
            var fi = new List<string>();
            var en = new List<string>();
            if (empty.Count > 0)
            {
                fi.Add(empty.Count == 1 ? $"rivi on tyhjä: {empty[0]}" : $"rivit ovat tyhjiä: {string.Join(", ", empty)}");
                en.Add(empty.Count == 1 ? $"the row for {empty[0]} is empty" : $"the rows for {string.Join(", ", empty)} are empty");
            }
            if (partial.Count > 0)
            {
                fi.Add($"henkilö tai rooli puuttuu: {string.Join(", ", partial)}");
                en.Add($"no person or role on the rows for {string.Join(", ", partial)}");
            }
            yield return Found(ResourceRows.Place(context, rows, "personOrRole"),
                new($"Resurssitaulukon {string.Join("; ", fi)}.", $"In the resource table, {string.Join("; ", en)}."),
                new("Kirjaa kullekin organisaatiolle hankkeeseen osallistuvat henkilöt tai tehtävänimikkeet ja heidän työpanoksensa, tai poista tyhjät rivit.",
                    "Fill in the people or posts each organisation puts into the project with their allocation, or remove the empty rows."));
        }
    }
}
