using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Organisations;

/// <summary>
/// The table of the project's organisations (Toimija | Rooli hankkeessa | Keskeiset vastuut | valtionavustus).
/// A blank line can split it in two; a following table of the same width without a header goes on with it.
/// Cells are claimed one by one: a grant cell holding words rather than an amount stays as section text.
/// </summary>
internal static class OrganisationTableReader
{
    private sealed record Columns(int Name, int? Role, int? Responsibilities, int? Grant, int Width);

    public static void Read(ImportContext context, BlockScan scan)
    {
        Columns? columns = null;
        foreach (var block in scan.Blocks)
        {
            if (block is not TableBlock table || table.Rows.Count == 0)
            {
                if (block is not PageBreakBlock && !BlockScan.IsFooter(block))
                {
                    columns = null;
                }
                continue;
            }
            var start = 0;
            if (context.IsClaimed(table, 0))
            {
                columns = null;
                continue;
            }
            if (Header(table.Rows[0]) is { } header)
            {
                columns = header;
                context.ClaimRow(table, 0);
                start = 1;
            }
            else if (columns is null || table.Rows[0].Cells.Count != columns.Width)
            {
                columns = null;
                continue;
            }
            for (var r = start; r < table.Rows.Count; r++)
            {
                ReadRow(context, columns, table, r);
            }
        }
    }

    /// <summary>A table the user said lists the project's organisations, read with the columns the user gave.</summary>
    public static void ReadMapped(ImportContext context, TableBlock table, int headerRow, int name, int? role, int? responsibilities, int? grant)
    {
        var columns = new Columns(name, role, responsibilities, grant, table.Rows[headerRow].Cells.Count);
        context.ClaimRow(table, headerRow);
        for (var r = headerRow + 1; r < table.Rows.Count; r++)
        {
            ReadRow(context, columns, table, r);
        }
    }

    private static void ReadRow(ImportContext context, Columns columns, TableBlock table, int r)
    {
        var row = table.Rows[r];
        string? Cell(int? i) => i is int k && k < row.Cells.Count && CleanText.OneLine(row.Cells[k].Text) is { Length: > 0 } t ? t : null;
        var nameText = Cell(columns.Name);
        if (nameText is null)
        {
            return;
        }
        var (name, shortName) = OrganisationNames.Split(nameText);
        var roleText = Cell(columns.Role);
        var grantText = Cell(columns.Grant);
        decimal? grant = Amounts.TryParseEuros(grantText, out var euros) ? euros : null;
        var roles = RoleWords.OrganisationRoles(roleText);
        foreach (var extra in RoleWords.OrganisationRoles(grantText))
        {
            if (!roles.Contains(extra))
            {
                roles.Add(extra);
            }
        }
        if (grant is > 0 && !roles.Contains(OrganisationRole.CoImplementer) && !roles.Contains(OrganisationRole.LeadApplicant))
        {
            roles.Add(OrganisationRole.CoImplementer);
        }
        if (roles.Count == 0)
        {
            roles.Add(OrganisationRole.Other);
        }
        context.Plan.Organisations.Add(new Organisation
        {
            Name = name,
            ShortName = shortName,
            Roles = roles,
            RoleText = roleText,
            Responsibilities = Cell(columns.Responsibilities),
            GrantTransfer = grant,
            Source = row.Source,
        });
        foreach (var i in new[] { columns.Name, columns.Role, columns.Responsibilities })
        {
            if (i is int k && k < row.Cells.Count)
            {
                context.ClaimCell(table, r, k);
            }
        }
        if (grant is not null && columns.Grant is int g)
        {
            context.ClaimCell(table, r, g);
        }
        for (var k = 0; k < row.Cells.Count; k++)
        {
            if (CleanText.OneLine(row.Cells[k].Text).Length == 0)
            {
                context.ClaimCell(table, r, k);
            }
        }
    }

    // Resource and budget tables also start with the organisation; their allocation or money columns tell them apart.
    private static bool NotOrganisationTable(string headerCell) =>
        headerCell.Contains("allokaatio") || headerCell.Contains("resurssi") || headerCell.Contains("työaika") || headerCell.Contains("htv")
        || headerCell.Contains("htkk") || headerCell.Contains("kustannu") || headerCell.Contains("budjetti") || headerCell.Contains("palkka")
        // A steering group's member table names people; its organisation column is where each member comes from.
        || headerCell is "nimi" || headerCell.StartsWith("henkilö ") || headerCell.StartsWith("jäsen");

    private static Columns? Header(TableRow row)
    {
        int? name = null, role = null, resp = null, grant = null;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var k = CleanText.Key(CleanText.OneLine(row.Cells[i].Text));
            if (NotOrganisationTable(k))
            {
                return null;
            }
            if ((k.StartsWith("toimija") || k.StartsWith("organisaatio") || k.StartsWith("osapuoli") || k is "taho" or "hanketoimija") && name is null)
            {
                name = i;
            }
            else if (k.StartsWith("rooli") && role is null)
            {
                role = i;
            }
            else if ((k.Contains("vastuu") || k.Contains("tehtävä")) && resp is null)
            {
                resp = i;
            }
            else if ((k.Contains("valtionavustus") || k.Contains("siirr") || k.Contains("osuus") || k.Contains("€")) && grant is null)
            {
                grant = i;
            }
        }
        return name is int n && (role is not null || resp is not null) ? new Columns(n, role, resp, grant, row.Cells.Count) : null;
    }
}
