using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>
/// A table of people or roles: organisation, role, description and allocation columns found by their
/// headings. An organisation written on a row of its own (or only on the first of its rows) holds for the
/// rows below it until the next organisation. A row that names an organisation but no person (or an
/// organisation with nothing under it) is kept as a resource with an empty person, so that a table left
/// half-filled shows in the plan and its checks instead of vanishing into the section text.
/// </summary>
public static partial class ResourceTable
{
    private enum Column { Organisation, Role, Description, Allocation }

    public static int Read(ImportContext context, TableBlock table)
    {
        if (table.Rows.Count < 2)
        {
            return 0;
        }
        var columns = table.Rows[0].Cells.Select((c, i) => (Col: Classify(c.Text), i)).Where(x => x.Col is not null).ToDictionary(x => x.i, x => x.Col!.Value);
        // Without an allocation column a table of organisations and roles is the organisations' table, not resources.
        if (!columns.ContainsValue(Column.Role) || !columns.ContainsValue(Column.Allocation) || context.IsClaimed(table))
        {
            return 0;
        }
        if (columns.Count == table.Rows[0].Cells.Count(c => !CleanText.IsBlank(c.Text)))
        {
            context.ClaimRow(table, 0);
        }
        var added = 0;
        var group = new OrganisationGroup();
        for (var r = 1; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (context.IsClaimed(table, r))
            {
                continue;
            }
            string Cell(Column col) =>
                columns.Where(kv => kv.Value == col).Select(kv => kv.Key < row.Cells.Count ? CleanText.Cell(row.Cells[kv.Key].Text) : "").FirstOrDefault(t => t.Length > 0) ?? "";
            var org = Cell(Column.Organisation);
            var role = Cell(Column.Role);
            if (org.Length > 0 && TotalWord().IsMatch(org))
            {
                // A total row is not an organisation; it stays text for the budget and coverage.
                continue;
            }
            if (org.Length > 0)
            {
                added += CloseGroup(context, table, group);
                group = new OrganisationGroup { Name = org, Row = r, Source = row.Source with { Table = table.Source.Table } };
            }
            if (row.Cells.All(c => CleanText.IsBlank(c.Text)) || (role.Length == 0 && row.Cells.Where((c, i) => !columns.TryGetValue(i, out var k) || k != Column.Organisation).All(c => CleanText.IsBlank(c.Text))))
            {
                if (org.Length == 0)
                {
                    context.ClaimRow(table, r);
                }
                continue;
            }
            var allocationText = Cell(Column.Allocation);
            // A row with neither a person nor an organisation or allocation of its own continues the text above; it stays text.
            if (role.Length == 0 && org.Length == 0 && allocationText.Length == 0)
            {
                continue;
            }
            Allocation? allocation = null;
            if (allocationText.Length > 0)
            {
                allocation = Allocations.TryParse(allocationText, out var a) ? a : new Allocation { Value = null, Text = allocationText };
            }
            var description = Cell(Column.Description);
            context.Plan.Resources.Add(new Resource
            {
                PersonOrRole = role,
                Organisation = group.Name,
                Description = description.Length > 0 ? description : null,
                Allocation = allocation,
                Source = row.Source with { Table = table.Source.Table },
            });
            added++;
            group.Used = true;
            var unknownFilled = row.Cells.Where((c, i) => !columns.ContainsKey(i) && !CleanText.IsBlank(c.Text)).Any();
            if (!unknownFilled)
            {
                context.ClaimRow(table, r);
            }
            else
            {
                foreach (var i in columns.Keys.Where(i => i < row.Cells.Count))
                {
                    context.ClaimCell(table, r, i);
                }
            }
        }
        added += CloseGroup(context, table, group);
        return added;
    }

    /// <summary>The organisation rows below it fall under: where it was named, whether a resource took its name.</summary>
    private sealed class OrganisationGroup
    {
        public string? Name { get; init; }
        public int Row { get; init; } = -1;
        public SourceRef? Source { get; init; }
        public bool Used { get; set; }
    }

    /// <summary>
    /// An organisation row is placed once a resource below it took its name; an organisation with no
    /// resource under it becomes an entry with no person, at the organisation's row. Returns the entries added.
    /// </summary>
    private static int CloseGroup(ImportContext context, TableBlock table, OrganisationGroup group)
    {
        if (group.Row < 0)
        {
            return 0;
        }
        context.ClaimRow(table, group.Row);
        if (group.Used)
        {
            return 0;
        }
        context.Plan.Resources.Add(new Resource { PersonOrRole = "", Organisation = group.Name, Source = group.Source });
        return 1;
    }

    private static Column? Classify(string header)
    {
        var t = CleanText.Cell(header).ToLowerInvariant();
        if (t.Length == 0 || t.Length > 60)
        {
            return null;
        }
        if (AllocationWord().IsMatch(t))
        {
            return Column.Allocation;
        }
        if (OrganisationWord().IsMatch(t))
        {
            return Column.Organisation;
        }
        if (RoleWord().IsMatch(t))
        {
            return Column.Role;
        }
        if (DescriptionWord().IsMatch(t))
        {
            return Column.Description;
        }
        return null;
    }

    [GeneratedRegex(@"^(yhteensä|yht\.|kaikki yhteensä|summa|total)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"allokaatio|työaika|työpanos|htv|htkk|osuus|resursointi|%|henkilötyö")]
    private static partial Regex AllocationWord();

    [GeneratedRegex(@"^(toimija|organisaatio|taho|hyvinvointialue|osatoteuttaja)")]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"rooli|nimike|henkilö|^nimi|asema|resurssi")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"kuvaus|tehtävä|vastuu|sisältö")]
    private static partial Regex DescriptionWord();
}
