using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Overview;

/// <summary>
/// The version history table (Versio | Muokkaajan nimi | Päiväys | Sisältökuvaus | Hyväksyjä). Template rows
/// that were never filled in ("1.00 … pp.kk.vvvv") are kept as rows with no date, so nothing is lost.
/// </summary>
internal static class VersionTableReader
{
    private sealed record Columns(int Number, int? Date, int? Editor, int? Approver, int? Description);

    public static void Read(ImportContext context, BlockScan scan)
    {
        foreach (var table in scan.Blocks.OfType<TableBlock>())
        {
            if (table.Rows.Count < 2 || context.IsClaimed(table, 0))
            {
                continue;
            }
            var columns = Header(table.Rows[0]);
            if (columns is null)
            {
                continue;
            }
            context.ClaimRow(table, 0);
            for (var r = 1; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                string? Cell(int? i) => i is int k && k < row.Cells.Count && CleanText.OneLine(row.Cells[k].Text) is { Length: > 0 } t ? t : null;
                var number = Cell(columns.Number);
                if (number is null)
                {
                    if (row.Cells.All(c => CleanText.OneLine(c.Text).Length == 0))
                    {
                        context.ClaimRow(table, r);
                    }
                    continue;
                }
                var dateText = Cell(columns.Date);
                var description = Cell(columns.Description);
                context.Plan.Versions.Add(new PlanVersion
                {
                    Number = number,
                    Date = Periods.TryParseDate(dateText, out var d) ? d : null,
                    DateText = dateText,
                    Editor = Cell(columns.Editor),
                    Approver = Cell(columns.Approver),
                    Description = description,
                    State = VersionWords.IsApproved(description) ? VersionState.Approved : VersionState.Draft,
                    Source = row.Source,
                });
                context.ClaimRow(table, r);
            }
        }
    }

    private static Columns? Header(TableRow row)
    {
        int? number = null, date = null, editor = null, approver = null, description = null;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var k = CleanText.Key(CleanText.OneLine(row.Cells[i].Text));
            if (k.StartsWith("versio") && number is null)
            {
                number = i;
            }
            else if ((k.StartsWith("päiväys") || k.StartsWith("pvm") || k == "päivämäärä") && date is null)
            {
                date = i;
            }
            else if ((k.Contains("muokkaaja") || k.Contains("laatija") || k.Contains("tekijä") || k.Contains("kirjoittaja")) && editor is null)
            {
                editor = i;
            }
            else if (k.StartsWith("hyväksyjä") && approver is null)
            {
                approver = i;
            }
            else if ((k.Contains("kuvaus") || k.Contains("muutokset") || k.Contains("muutos")) && description is null)
            {
                description = i;
            }
        }
        return number is int n && (date is not null || description is not null) ? new Columns(n, date, editor, approver, description) : null;
    }
}
