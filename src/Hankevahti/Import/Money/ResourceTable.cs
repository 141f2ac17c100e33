using System.Text.RegularExpressions;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>
/// A table of people or roles: organisation, role, description and allocation columns found by their
/// headings. An organisation written on a row of its own (or only on the first of its rows) holds for the
/// rows below it until the next organisation.
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
        if (columns.Count == table.Rows[0].Cells.Count(c => !BudgetText.IsBlank(c.Text)))
        {
            context.ClaimRow(table, 0);
        }
        var added = 0;
        string? organisation = null;
        var organisationRow = -1;
        var organisationUsed = false;
        for (var r = 1; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (context.IsClaimed(table, r))
            {
                continue;
            }
            string Cell(Column col) =>
                columns.Where(kv => kv.Value == col).Select(kv => kv.Key < row.Cells.Count ? BudgetText.Clean(row.Cells[kv.Key].Text) : "").FirstOrDefault(t => t.Length > 0) ?? "";
            var org = Cell(Column.Organisation);
            var role = Cell(Column.Role);
            if (org.Length > 0)
            {
                ClaimOrganisationRow(context, table, organisationRow, organisationUsed);
                organisation = org;
                organisationRow = r;
                organisationUsed = false;
            }
            if (row.Cells.All(c => BudgetText.IsBlank(c.Text)) || (role.Length == 0 && row.Cells.Where((c, i) => !columns.TryGetValue(i, out var k) || k != Column.Organisation).All(c => BudgetText.IsBlank(c.Text))))
            {
                if (org.Length == 0)
                {
                    context.ClaimRow(table, r);
                }
                continue;
            }
            if (role.Length == 0)
            {
                continue;
            }
            var allocationText = Cell(Column.Allocation);
            Allocation? allocation = null;
            if (allocationText.Length > 0)
            {
                allocation = Allocations.TryParse(allocationText, out var a) ? a : new Allocation { Value = null, Text = allocationText };
            }
            var description = Cell(Column.Description);
            context.Plan.Resources.Add(new Resource
            {
                PersonOrRole = role,
                Organisation = organisation,
                Description = description.Length > 0 ? description : null,
                Allocation = allocation,
                Source = row.Source with { Table = table.Source.Table },
            });
            added++;
            organisationUsed |= organisation is not null;
            var unknownFilled = row.Cells.Where((c, i) => !columns.ContainsKey(i) && !BudgetText.IsBlank(c.Text)).Any();
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
        ClaimOrganisationRow(context, table, organisationRow, organisationUsed);
        return added;
    }

    /// <summary>An organisation-only row is placed once a resource below it took its name.</summary>
    private static void ClaimOrganisationRow(ImportContext context, TableBlock table, int row, bool used)
    {
        if (row >= 0 && used)
        {
            context.ClaimRow(table, row);
        }
    }

    private static Column? Classify(string header)
    {
        var t = BudgetText.Clean(header).ToLowerInvariant();
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

    [GeneratedRegex(@"allokaatio|työaika|työpanos|htv|htkk|osuus|resursointi|%|henkilötyö")]
    private static partial Regex AllocationWord();

    [GeneratedRegex(@"^(toimija|organisaatio|taho|hyvinvointialue|osatoteuttaja)")]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"rooli|nimike|henkilö|^nimi|asema|resurssi")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"kuvaus|tehtävä|vastuu|sisältö")]
    private static partial Regex DescriptionWord();
}
